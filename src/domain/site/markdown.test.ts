import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown'

describe('Markdown of the public website', () => {
  it('renders the usual Markdown', () => {
    expect(renderMarkdown('# Otsikko\n\n**Palkkatuki** ja [TE-palvelut](https://te.example)')).toBe(
      '<h2>Otsikko</h2>\n<p><strong>Palkkatuki</strong> ja <a href="https://te.example" rel="noopener noreferrer">TE-palvelut</a></p>\n',
    )
  })

  it('keeps raw HTML as text and drops dangerous links', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [y](data:text/html,hi)',
    )
    expect(html).not.toMatch(/<script|<img|href="javascript|href="data/i)
    expect(html).toContain('&lt;script&gt;')
  })
})

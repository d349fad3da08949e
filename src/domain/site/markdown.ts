import MarkdownIt from 'markdown-it'
import sanitizeHtml from 'sanitize-html'

/**
 * Editors' Markdown as HTML, safely: markdown-it with raw HTML off (a `<script>` in the text
 * stays text), then sanitize-html with an allowlist, which also drops `javascript:` and other
 * schemes from links. Links that leave the site get `rel="noopener noreferrer"`.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false })

const allowed: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'a',
    'blockquote',
    'code',
    'pre',
    'br',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'rel'], th: ['scope'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowProtocolRelative: false,
  transformTags: {
    // The page's own h1 is its title: headings in the text start from h2.
    h1: 'h2',
    a: (tagName, attribs) => ({
      tagName,
      attribs: /^https?:/i.test(attribs.href ?? '')
        ? { ...attribs, rel: 'noopener noreferrer' }
        : attribs,
    }),
  },
}

export function renderMarkdown(text: string): string {
  return sanitizeHtml(markdown.render(text), allowed)
}

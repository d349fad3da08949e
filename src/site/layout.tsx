import { renderToStaticMarkup } from 'react-dom/server'
import { locales } from '../shared/enums'
import type { Crumb, Lang, NavItem, PageContent, SiteContext } from './registry'
import { siteTexts } from './i18n'
import { stylesheetPath } from './stylesheet'

/** A page's address in each language: the language switch and the hreflang alternates. */
export type Alternates = Record<Lang, string>

const ogLocale: Record<Lang, string> = { fi: 'fi_FI', sv: 'sv_FI', en: 'en_GB' }

/** JSON inside `<script>`: `<` written as \u003c so that no `</script>` can close it early. */
export const jsonLdText = (value: object): string => JSON.stringify(value).replace(/</g, '\\u003c')

function LanguageSwitch({ lang, alternates }: { lang: Lang; alternates: Alternates }) {
  const t = siteTexts[lang]
  return (
    <nav aria-label={t.languageSwitch}>
      <ul className="langs">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={alternates[l]}
              lang={l}
              hrefLang={l}
              aria-current={l === lang ? 'true' : undefined}
            >
              {siteTexts[l].languageNames[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function Breadcrumbs({ ctx, crumbs, title }: { ctx: SiteContext; crumbs: Crumb[]; title: string }) {
  return (
    <nav className="crumbs" aria-label={ctx.t.breadcrumbs}>
      <ol>
        <li>
          <a href={ctx.href('front')}>{ctx.t.home}</a>
        </li>
        {crumbs.map((c) => (
          <li key={c.href}>
            <a href={c.href}>{c.label}</a>
          </li>
        ))}
        <li>
          <span aria-current="page">{title}</span>
        </li>
      </ol>
    </nav>
  )
}

interface DocumentProps {
  ctx: SiteContext
  content: PageContent
  pageId: string
  alternates: Alternates
  canonical: string
  navigation: readonly NavItem[]
}

function Document({ ctx, content, pageId, alternates, canonical, navigation }: DocumentProps) {
  const { t, lang } = ctx
  const isFront = pageId === 'front'
  const title = isFront ? t.siteName : `${content.title} – ${t.siteShortName}`
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={content.description} />
        <link rel="stylesheet" href={stylesheetPath} />
        <link rel="icon" href="/app/favicon.svg" type="image/svg+xml" />
        <link rel="canonical" href={canonical} />
        {locales.map((l) => (
          <link key={l} rel="alternate" hrefLang={l} href={`${ctx.origin}${alternates[l]}`} />
        ))}
        <link rel="alternate" hrefLang="x-default" href={`${ctx.origin}${alternates.fi}`} />
        {content.links?.map((l) => (
          <link key={l.href} rel={l.rel} type={l.type} href={l.href} title={l.title} />
        ))}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content={t.siteName} />
        <meta property="og:title" content={content.title} />
        <meta property="og:description" content={content.description} />
        <meta property="og:url" content={canonical} />
        {content.image ? (
          <>
            <meta property="og:image" content={`${ctx.origin}${content.image.url}`} />
            <meta property="og:image:type" content="image/webp" />
            <meta property="og:image:width" content={String(content.image.width)} />
            <meta property="og:image:height" content={String(content.image.height)} />
            <meta property="og:image:alt" content={content.image.alt} />
          </>
        ) : null}
        <meta property="og:locale" content={ogLocale[lang]} />
        {locales
          .filter((l) => l !== lang)
          .map((l) => (
            <meta key={l} property="og:locale:alternate" content={ogLocale[l]} />
          ))}
        {content.jsonLd?.map((j, i) => (
          <script
            key={i}
            type="application/ld+json"
            dangerouslySetInnerHTML={{ __html: jsonLdText(j) }}
          />
        ))}
      </head>
      <body>
        <a className="skip" href="#main">
          {t.skipToContent}
        </a>
        <header className="header">
          <div className="header-inner">
            <a className="brand" href={ctx.href('front')}>
              {t.siteShortName}
            </a>
            <div className="tools">
              <LanguageSwitch lang={lang} alternates={alternates} />
              <a className="sign-in" href="/app/">
                {t.signIn}
              </a>
            </div>
          </div>
          <nav className="nav" aria-label={t.mainNavigation}>
            <ul>
              {navigation.map((n) => (
                <li key={n.pageId}>
                  <a
                    href={ctx.href(n.pageId)}
                    aria-current={n.pageId === pageId ? 'page' : undefined}
                  >
                    {n.label(t)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {isFront ? null : (
          <Breadcrumbs ctx={ctx} crumbs={content.breadcrumbs} title={content.title} />
        )}
        <main id="main" tabIndex={-1}>
          {content.body}
        </main>
        <footer className="footer">
          <div className="footer-inner">
            <h2 className="footer-title">{t.footer}</h2>
            <ul>
              <li>
                <a href={ctx.href('accessibility')}>{t.accessibilityStatement}</a>
              </li>
              <li>
                <a href={ctx.href('privacy')}>{t.privacyNotice}</a>
              </li>
              <li>
                <a href={ctx.href('feedback')}>{t.feedback}</a>
              </li>
              <li>
                <a href={`/api/hsds/?lang=${lang}`}>{t.hsdsListLink}</a>
              </li>
            </ul>
            <p className="meta">{t.noCookies}</p>
          </div>
        </footer>
      </body>
    </html>
  )
}

/** The whole page as HTML; React escapes every text and attribute. */
export function renderDocument(props: DocumentProps): string {
  return `<!doctype html>${renderToStaticMarkup(<Document {...props} />)}`
}

import { createHash } from 'node:crypto'
import { suomifiDesignTokens as tokens } from 'suomifi-design-tokens'

/**
 * The website's one stylesheet, built from the suomi.fi design tokens (colours, type, spacing,
 * focus, breakpoints) — a few KB instead of the app's component runtime. Mobile first: the
 * layout is one column, widened from the `m` breakpoint. Served under a name carrying its hash,
 * so it can be cached for a year.
 */
const c = tokens.colors
const s = tokens.spacing
const type = tokens.typography
const bp = tokens.breakpoints

const css = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;${type.bodyText}color:${c.blackBase};background:${c.depthLight3}}
a{color:${c.highlightDark1}}
a:hover{color:${c.brandBase}}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible,[tabindex]:focus-visible{${tokens.focuses.boxShadowFocus}outline:3px solid transparent}
h1{${type.heading1SmallScreen}margin:0 0 ${s.m}}
h2{${type.heading2SmallScreen}margin:${s.xl} 0 ${s.s}}
h3{${type.heading3SmallScreen}margin:${s.m} 0 ${s.xs}}
p,ul,ol,dl{margin:0 0 ${s.s}}
img{max-width:100%;height:auto}
.skip{position:absolute;left:${s.xs};top:-100px;background:${c.whiteBase};padding:${s.xs} ${s.s};z-index:10}
.skip:focus{top:${s.xs}}
.header{background:${c.whiteBase};border-top:4px solid ${c.brandBase};border-bottom:1px solid ${c.depthLight1}}
.header-inner,.crumbs,main,.footer-inner{max-width:${bp.l};margin:0 auto;padding:0 ${s.s}}
.header-inner{display:flex;flex-wrap:wrap;gap:${s.xs} ${s.m};align-items:center;justify-content:space-between;padding-top:${s.xs};padding-bottom:${s.xs}}
.brand{${type.heading3SmallScreen}color:${c.brandBase};text-decoration:none}
.tools{display:flex;flex-wrap:wrap;gap:${s.s};align-items:center}
.langs{display:flex;gap:${s.xs};list-style:none;margin:0;padding:0}
.langs a{display:inline-block;padding:${s.insetS} ${s.insetM};min-height:44px;line-height:32px}
.langs a[aria-current]{font-weight:600;color:${c.blackBase};text-decoration:none;border-bottom:3px solid ${c.highlightBase}}
.sign-in{${type.actionElementInnerTextBold}display:inline-block;padding:${s.insetM} ${s.insetXl};min-height:44px;background:${c.highlightBase};color:${c.whiteBase};border-radius:${tokens.radiuses.basic};text-decoration:none}
.sign-in:hover{background:${c.highlightDark1};color:${c.whiteBase}}
.nav{background:${c.brandBase}}
.nav ul{max-width:${bp.l};margin:0 auto;padding:0 ${s.s};display:flex;flex-wrap:wrap;list-style:none}
.nav a{display:block;padding:${s.xs} ${s.s} ${s.xs} 0;margin-right:${s.s};color:${c.whiteBase};${type.bodySemiBoldSmall}}
.nav a[aria-current]{text-decoration-thickness:3px}
.crumbs ol{display:flex;flex-wrap:wrap;list-style:none;margin:0;padding:${s.s} 0 0;${type.bodyTextSmall}}
.crumbs li+li::before{content:'›';padding:0 ${s.xxs};color:${c.depthDark1}}
main{padding-top:${s.m};padding-bottom:${s.xxl}}
main:focus{outline:0}
.lead{${type.leadTextSmallScreen}}
.cards{display:grid;gap:${s.s};grid-template-columns:1fr;list-style:none;margin:0 0 ${s.m};padding:0}
.card{background:${c.whiteBase};border:1px solid ${c.depthLight1};border-radius:${tokens.radiuses.basic};padding:${s.s}}
.card h3{margin-top:0}
.card p:last-child{margin-bottom:0}
.meta{${type.bodyTextSmall}color:${c.blackLight1}}
.panel{background:${c.whiteBase};border:1px solid ${c.depthLight1};padding:${s.s};margin:0 0 ${s.m}}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0 0 ${s.xs}}
.pager{display:flex;gap:${s.m};margin:${s.m} 0}
label{display:block;font-weight:600;margin:${s.s} 0 ${s.xxs}}
input,textarea,select{${type.bodyText}width:100%;max-width:40em;padding:${s.insetM};border:1px solid ${c.depthDark3};border-radius:${tokens.radiuses.basic};background:${c.whiteBase}}
button{${type.actionElementInnerTextBold}margin-top:${s.s};padding:${s.insetM} ${s.insetXl};min-height:44px;border:0;border-radius:${tokens.radiuses.basic};background:${c.highlightBase};color:${c.whiteBase};cursor:pointer}
.notice{background:${c.successSecondary};padding:${s.s};margin:0 0 ${s.m}}
.story-image{display:block;max-width:100%;height:auto}.error{color:${c.alertBase};font-weight:600}
.footer{background:${c.whiteBase};border-top:1px solid ${c.depthLight1};padding:${s.m} 0}
.footer-title{${type.heading4SmallScreen}margin:0 0 ${s.xs}}
.footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:${s.xs} ${s.m}}
@media (min-width:${bp.m}){
h1{${type.heading1}}
h2{${type.heading2}}
h3{${type.heading3}}
.lead{${type.leadText}}
.cards{grid-template-columns:repeat(2,1fr)}
}
`
  .replace(/\n/g, '')
  .replace(/;\s*}/g, '}')

export const stylesheet = css
export const stylesheetHash = createHash('sha256').update(css).digest('hex').slice(0, 12)
export const stylesheetPath = `/static/site.${stylesheetHash}.css`

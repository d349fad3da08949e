import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { postingInputSchema, type PostingInput } from '../domain/jobs/posting-input'
import {
  closePostingByToken,
  editPostingByToken,
  postingByToken,
  submitPosting,
} from '../domain/jobs/submissions'
import { publicUrl } from '../platform/config'
import { newContext } from '../platform/context'
import { DomainError } from '../platform/errors'
import { fieldProblemsOf } from '../shared/field-issues'
import { employmentTypes, locales, postingWorkingTimes, type Locale } from '../shared/enums'
import { renderDocument, type Alternates } from './layout'
import { siteMunicipalities, type SiteMunicipality } from './municipalities'
import { langPrefix, pagePath } from './paths'
import type { Lang, PageContent, SiteContext, SiteDefinition, SitePage } from './registry'
import type { SiteDeps } from './site'

/**
 * The employer's job posting form on the website (docs/public-website.md, "Posting a job without
 * JavaScript"): a plain HTML form that POSTs to its own path, validated by the jobs module's own
 * schema (`postingInputSchema`) and submitted by its `submitPosting`. A form with errors comes
 * back with each message beside its field and every value kept. The employer's link opens
 * `ownPostingPath`, where the posting is edited or closed — also without JavaScript.
 *
 * Cross-site requests: the site has no cookies and no sessions, so a forged POST carries no
 * authority; on top of that, a POST whose `Origin` (or `Sec-Fetch-Site`) says it came from
 * another site is refused before anything is read.
 */

type Values = Record<string, string | string[]>
type Errors = Record<string, string>

export const jobFormPage: SitePage = {
  id: 'post-job',
  segments: {
    fi: ['tyonantajille', 'ilmoita-tyopaikka'],
    sv: ['for-arbetsgivare', 'anmal-jobb'],
    en: ['for-employers', 'post-a-job'],
  },
  render: async (ctx) => {
    const { t } = ctx
    if (ctx.query.sent === '1') {
      return {
        title: t.jobForm.sentTitle,
        description: t.jobForm.sentBody,
        breadcrumbs: [],
        lastModified: null,
        body: (
          <>
            <h1>{t.jobForm.sentTitle}</h1>
            <p className="notice" role="status" data-qa="job-form-sent">
              {t.jobForm.sentBody}
            </p>
            <p>
              <a href={ctx.href('jobs')}>{t.toOpenJobs}</a>
            </p>
          </>
        ),
      }
    }
    const municipalities = await siteMunicipalities(ctx.db)
    const chosen = municipalities.find((m) => m.slug === ctx.query.municipality)
    return formContent(ctx, municipalities, chosen ? { municipality: chosen.code } : {}, {})
  },
}

/** The path of the employer's own posting page; the token is the link's secret. */
export const ownPostingPrefix: Record<Lang, string> = {
  fi: '/tyonantajille/oma-ilmoitus',
  sv: '/sv/for-arbetsgivare/egen-annons',
  en: '/en/for-employers/your-posting',
}
export const ownPostingPath = (lang: Lang, token: string) => `${ownPostingPrefix[lang]}/${token}`

const str = (v: string | string[] | undefined): string =>
  (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim()
const list = (v: string | string[] | undefined): string[] =>
  Array.isArray(v) ? v : v === undefined || v === '' ? [] : [v]

/** The last moment of a day in Helsinki, as ISO 8601 with its offset. */
function endOfHelsinkiDay(day: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T12:00:00Z`))) return null
  const offset =
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
      .formatToParts(new Date(`${day}T12:00:00Z`))
      .find((p) => p.type === 'timeZoneName')
      ?.value.replace('GMT', '') || '+00:00'
  return `${day}T23:59:59${offset}`
}

/** The form's fields as the jobs module's input; field names are the form's. */
function inputOf(v: Values) {
  const langs = list(v.languages).filter((l): l is Locale =>
    (locales as readonly string[]).includes(l),
  )
  return {
    title: str(v.title),
    description: str(v.description),
    employer: { name: str(v.employerName), businessId: str(v.businessId) },
    municipalityCode: str(v.municipality),
    employmentType: str(v.employmentType),
    workingTime: str(v.workingTime),
    startsOn: str(v.startsOn) || null,
    validThrough: endOfHelsinkiDay(str(v.validThrough)) ?? str(v.validThrough),
    apply: {
      url: str(v.applyUrl) || null,
      email: str(v.applyEmail) || null,
      text: str(v.applyText) || null,
    },
    postingLanguages: langs.length > 0 ? langs : [],
  }
}

/** Which form field a problem of the jobs module's schema belongs to. */
const fieldOf: Record<string, string> = {
  'employer.name': 'employerName',
  'employer.businessId': 'businessId',
  municipalityCode: 'municipality',
  'apply.url': 'applyUrl',
  'apply.email': 'applyEmail',
  'apply.text': 'applyText',
  apply: 'apply',
  postingLanguages: 'languages',
}

type Parsed =
  { ok: true; posting: PostingInput; contactEmail: string } | { ok: false; errors: Errors }

function parseForm(v: Values, now: Date, t: SiteContext['t'], withContact: boolean): Parsed {
  const data = inputOf(v)
  const errors: Errors = {}
  const message = (code: string) =>
    t.jobForm.fieldErrors[code] ?? t.jobForm.fieldErrors.invalid_value!
  const parsed = postingInputSchema.safeParse(data)
  if (!parsed.success) {
    for (const p of fieldProblemsOf(parsed.error.issues, data)) {
      const top = p.field.split('.').slice(0, 2).join('.')
      const field = fieldOf[p.field] ?? fieldOf[top] ?? p.field.split('.')[0]!
      // A missing value is named as missing, whatever the schema's own wording.
      const raw = field === 'languages' ? list(v.languages).join('') : str(v[field])
      errors[field] ??= message(raw === '' && field !== 'apply' ? 'required' : p.code)
    }
  }
  const validThrough = endOfHelsinkiDay(str(v.validThrough))
  if (!errors.validThrough && validThrough && new Date(validThrough) <= now)
    errors.validThrough = message('date_in_past')
  const contact = z.email().max(320).safeParse(str(v.contactEmail))
  if (withContact && !contact.success)
    errors.contactEmail = message(str(v.contactEmail) === '' ? 'required' : 'invalid_email')
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors }
  return { ok: true, posting: parsed.data, contactEmail: contact.data ?? '' }
}

const ORDER = [
  'title',
  'description',
  'employerName',
  'businessId',
  'municipality',
  'employmentType',
  'workingTime',
  'startsOn',
  'validThrough',
  'apply',
  'applyUrl',
  'applyEmail',
  'applyText',
  'languages',
  'contactEmail',
]

interface FieldProps {
  name: string
  label: string
  values: Values
  errors: Errors
  required?: boolean
  hint?: string
  t: SiteContext['t']
}

function Described({ name, errors, hint }: Pick<FieldProps, 'name' | 'errors' | 'hint'>) {
  return (
    <>
      {hint ? (
        <span className="hint" id={`${name}-hint`}>
          {hint}
        </span>
      ) : null}
      {errors[name] ? (
        <span className="error" id={`${name}-error`} data-qa={`error-${name}`}>
          {errors[name]}
        </span>
      ) : null}
    </>
  )
}

const describedBy = (name: string, errors: Errors, hint?: string) =>
  [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') ||
  undefined

function LabelText({ label, required, t }: Pick<FieldProps, 'label' | 'required' | 't'>) {
  return (
    <>
      {label}
      {required ? <span className="required"> * {t.jobForm.required}</span> : null}
    </>
  )
}

function Input(
  props: FieldProps & { type?: string; maxLength?: number; multiline?: boolean },
): React.ReactElement {
  const { name, values, errors, required, hint, type = 'text', maxLength, multiline } = props
  const common = {
    id: `job-${name}`,
    name,
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': describedBy(name, errors, hint),
    required,
    maxLength,
  }
  return (
    <div className="field">
      <label htmlFor={`job-${name}`}>
        <LabelText {...props} />
      </label>
      <Described name={name} errors={errors} hint={hint} />
      {multiline ? (
        <textarea {...common} rows={8} defaultValue={str(values[name])} />
      ) : (
        <input {...common} type={type} defaultValue={str(values[name])} />
      )}
    </div>
  )
}

function Select(
  props: FieldProps & { options: { value: string; label: string }[]; placeholder?: string },
) {
  const { name, values, errors, required, options, placeholder } = props
  const value = str(values[name])
  return (
    <div className="field">
      <label htmlFor={`job-${name}`}>
        <LabelText {...props} />
      </label>
      <Described name={name} errors={errors} />
      <select
        id={`job-${name}`}
        name={name}
        required={required}
        defaultValue={value}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy(name, errors)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function PostingFields({
  ctx,
  municipalities,
  values,
  errors,
  withContact,
}: {
  ctx: SiteContext
  municipalities: SiteMunicipality[]
  values: Values
  errors: Errors
  withContact: boolean
}) {
  const { t, lang } = ctx
  const f = t.jobForm
  const p = { values, errors, t }
  const chosenLangs = values.languages === undefined ? ['fi'] : list(values.languages)
  return (
    <>
      <Input {...p} name="title" label={f.jobTitle} required maxLength={200} />
      <Input {...p} name="description" label={f.description} required multiline maxLength={10000} />
      <Input {...p} name="employerName" label={f.employerName} required maxLength={200} />
      <Input {...p} name="businessId" label={f.businessId} required hint={f.businessIdHint} />
      <Select
        {...p}
        name="municipality"
        label={f.municipality}
        required
        placeholder={f.chooseMunicipality}
        options={municipalities.map((m) => ({ value: m.code, label: m.name[lang] }))}
      />
      <Select
        {...p}
        name="employmentType"
        label={f.employmentType}
        required
        placeholder=""
        options={employmentTypes.map((e) => ({ value: e, label: t.employmentTypes[e] ?? e }))}
      />
      <Select
        {...p}
        name="workingTime"
        label={f.workingTime}
        required
        placeholder=""
        options={postingWorkingTimes.map((w) => ({ value: w, label: t.workingTimes[w] ?? w }))}
      />
      <Input {...p} name="startsOn" label={f.startsOn} type="date" />
      <Input {...p} name="validThrough" label={f.validThrough} type="date" required />
      <fieldset aria-describedby={describedBy('apply', errors, f.howToApplyHint)}>
        <legend>{f.howToApply}</legend>
        <Described name="apply" errors={errors} hint={f.howToApplyHint} />
        <Input {...p} name="applyUrl" label={f.applyUrl} type="url" maxLength={1000} />
        <Input {...p} name="applyEmail" label={f.applyEmail} type="email" maxLength={320} />
        <Input {...p} name="applyText" label={f.applyText} multiline maxLength={2000} />
      </fieldset>
      <fieldset aria-describedby={describedBy('languages', errors)}>
        <legend>{f.languages}</legend>
        <Described name="languages" errors={errors} />
        {locales.map((l) => (
          <div className="check" key={l}>
            <input
              type="checkbox"
              id={`job-languages-${l}`}
              name="languages"
              value={l}
              defaultChecked={chosenLangs.includes(l)}
            />
            <label htmlFor={`job-languages-${l}`}>{t.languageNames[l]}</label>
          </div>
        ))}
      </fieldset>
      {withContact ? (
        <Input
          {...p}
          name="contactEmail"
          label={f.contactEmail}
          type="email"
          required
          maxLength={320}
        />
      ) : null}
    </>
  )
}

function ErrorSummary({ t, errors }: { t: SiteContext['t']; errors: Errors }) {
  const names = ORDER.filter((n) => errors[n])
  if (names.length === 0) return null
  return (
    <div className="error-summary" role="alert" data-qa="job-form-errors">
      <h2>{t.jobForm.errorSummary}</h2>
      <ul>
        {names.map((n) => (
          <li key={n}>
            <a href={`#job-${n === 'apply' ? 'applyUrl' : n === 'languages' ? 'languages-fi' : n}`}>
              {errors[n]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

function formContent(
  ctx: SiteContext,
  municipalities: SiteMunicipality[],
  values: Values,
  errors: Errors,
  formError?: string,
): PageContent {
  const { t } = ctx
  return {
    title: t.jobForm.title,
    description: t.postJobLead,
    breadcrumbs: [],
    lastModified: null,
    body: (
      <>
        <h1>{t.jobForm.title}</h1>
        {formError ? (
          <p className="error" role="alert" data-qa="job-form-error">
            {formError}
          </p>
        ) : null}
        <ErrorSummary t={t} errors={errors} />
        <p>{t.jobForm.lead}</p>
        <form method="post" action={ctx.href('post-job')} data-qa="job-form" noValidate>
          <PostingFields
            ctx={ctx}
            municipalities={municipalities}
            values={values}
            errors={errors}
            withContact
          />
          <button type="submit" data-qa="job-form-send">
            {t.jobForm.send}
          </button>
        </form>
      </>
    ),
  }
}

/** A submitted posting's values back as the form's (to fill the edit form). */
function valuesOf(p: Awaited<ReturnType<typeof postingByToken>>): Values {
  const helsinkiDay = (iso: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(iso))
  return {
    title: p.title,
    description: p.description,
    employerName: p.employer.name,
    businessId: p.employer.businessId,
    municipality: p.municipalityCode,
    employmentType: p.employmentType,
    workingTime: p.workingTime,
    startsOn: p.startsOn ?? '',
    validThrough: helsinkiDay(p.validThrough),
    applyUrl: p.apply.url ?? '',
    applyEmail: p.apply.email ?? '',
    applyText: p.apply.text ?? '',
    languages: p.postingLanguages,
  }
}

/** Was this POST sent from a page of another site? (No cookies here, but refuse it anyway.) */
function crossSite(req: FastifyRequest, origin: string): boolean {
  // A browser that sends Sec-Fetch-Site says where the form came from. Under the private pages'
  // `no-referrer` it sends `Origin: null` even for our own form, so Origin is only the fallback.
  const fetchSite = req.headers['sec-fetch-site']
  if (fetchSite) return fetchSite === 'cross-site'
  const from = req.headers.origin
  if (!from) return false
  const own = [origin, `${req.protocol}://${req.headers.host ?? ''}`]
  return !own.includes(from)
}

const PRIVATE_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
}

export interface JobFormDeps {
  deps: SiteDeps
  definition: SiteDefinition
  context: (lang: Lang, query: Record<string, string | undefined>) => SiteContext
}

/** The form's POST and the employer's own page (GET and POST), in every language. */
export function registerJobForm(
  scope: FastifyInstance,
  { deps, definition, context }: JobFormDeps,
) {
  const origin = publicUrl(deps.config)
  const formPage = definition.pages.find((p) => p.id === 'post-job')!
  const front = definition.pages.find((p) => p.id === 'front')!

  const send = (
    reply: FastifyReply,
    ctx: SiteContext,
    content: PageContent,
    status: number,
    alternates: Alternates,
    canonical: string,
    extraHeaders: Record<string, string> = {},
  ) =>
    reply
      .code(status)
      .headers(extraHeaders)
      .header('content-language', ctx.lang)
      .type('text/html; charset=utf-8')
      .send(
        renderDocument({
          ctx,
          content,
          pageId: 'post-job',
          alternates,
          canonical,
          navigation: definition.navigation,
        }),
      )

  for (const lang of locales) {
    const formPath = pagePath(formPage, lang)
    const formAlternates = Object.fromEntries(
      locales.map((l) => [l, pagePath(formPage, l)]),
    ) as Alternates

    scope.post(formPath, { schema: { hide: true } }, async (req, reply) => {
      const ctx = context(lang, {})
      const municipalities = await siteMunicipalities(deps.db)
      const values = (req.body ?? {}) as Values
      const canonical = `${origin}${formPath}`
      if (crossSite(req, origin)) {
        const content = formContent(ctx, municipalities, {}, {}, ctx.t.jobForm.crossSite)
        return send(reply, ctx, content, 403, formAlternates, canonical, PRIVATE_HEADERS)
      }
      const parsed = parseForm(values, ctx.now, ctx.t, true)
      if (!parsed.ok) {
        const content = formContent(ctx, municipalities, values, parsed.errors)
        return send(reply, ctx, content, 422, formAlternates, canonical, PRIVATE_HEADERS)
      }
      try {
        const actx = newContext(deps.db, { kind: 'anonymous' }, String(req.id), ctx.now)
        await deps.db.transaction((tx) =>
          submitPosting(
            { ...actx, db: tx },
            { posting: parsed.posting, contactEmail: parsed.contactEmail, locale: lang },
            origin,
            (base, token) => `${base}${ownPostingPath(lang, token)}`,
          ),
        )
      } catch (e) {
        if (e instanceof DomainError && e.status === 429) {
          const content = formContent(ctx, municipalities, values, {}, ctx.t.jobForm.tooMany)
          return send(reply, ctx, content, 429, formAlternates, canonical, PRIVATE_HEADERS)
        }
        throw e
      }
      return reply.redirect(`${formPath}?sent=1`, 303)
    })

    // The employer's own posting, by the link's token (the route's pattern is what is logged).
    const ownUrl = `${ownPostingPrefix[lang]}/:token`
    const ownAlternates = (token: string) =>
      Object.fromEntries(locales.map((l) => [l, ownPostingPath(l, token)])) as Alternates
    const ownPage = async (
      req: FastifyRequest,
      reply: FastifyReply,
      token: string,
      shown: { values?: Values; errors?: Errors; notice?: string; confirmClose?: boolean },
      status = 200,
    ) => {
      const ctx = context(lang, {})
      const actx = newContext(deps.db, { kind: 'anonymous' }, String(req.id), ctx.now)
      const canonical = `${origin}${langPrefix(lang)}/`
      const posting = /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await postingByToken(actx, token).catch(() => null)
        : null
      if (!posting) {
        const content: PageContent = {
          title: ctx.t.jobForm.ownTitle,
          description: ctx.t.jobForm.linkInvalid,
          breadcrumbs: [],
          lastModified: null,
          body: (
            <>
              <h1>{ctx.t.jobForm.ownTitle}</h1>
              <p data-qa="own-posting-invalid">{shown.notice ?? ctx.t.jobForm.linkInvalid}</p>
              <p>
                <a href={ctx.href('post-job')}>{ctx.t.jobForm.title}</a>
              </p>
            </>
          ),
        }
        const frontAlternates = Object.fromEntries(
          locales.map((l) => [l, pagePath(front, l)]),
        ) as Alternates
        return send(
          reply,
          ctx,
          content,
          shown.notice ? 200 : 404,
          frontAlternates,
          canonical,
          PRIVATE_HEADERS,
        )
      }
      const municipalities = await siteMunicipalities(deps.db)
      const f = ctx.t.jobForm
      const errors = shown.errors ?? {}
      const action = ownPostingPath(lang, token)
      const content: PageContent = {
        title: f.ownTitle,
        description: f.ownLead,
        breadcrumbs: [],
        lastModified: null,
        body: (
          <>
            <h1>{f.ownTitle}</h1>
            {shown.notice ? (
              <p className="notice" role="status" data-qa="own-posting-notice">
                {shown.notice}
              </p>
            ) : null}
            <dl>
              <dt>{f.state}</dt>
              <dd data-qa="own-posting-state">{f.states[posting.state] ?? posting.state}</dd>
              {posting.rejectionReason ? (
                <>
                  <dt>{f.rejectionReason}</dt>
                  <dd>{posting.rejectionReason}</dd>
                </>
              ) : null}
            </dl>
            <ErrorSummary t={ctx.t} errors={errors} />
            <p>{f.ownLead}</p>
            <form method="post" action={action} data-qa="own-posting-form" noValidate>
              <input type="hidden" name="do" value="save" />
              <PostingFields
                ctx={ctx}
                municipalities={municipalities}
                values={shown.values ?? valuesOf(posting)}
                errors={errors}
                withContact={false}
              />
              <button type="submit" data-qa="own-posting-save">
                {f.save}
              </button>
            </form>
            <section aria-labelledby="close-heading" className="panel">
              <h2 id="close-heading">{f.closeTitle}</h2>
              <p>{f.closeLead}</p>
              {shown.confirmClose ? (
                <form method="post" action={action} data-qa="own-posting-close-confirm">
                  <p role="alert">{f.closeConfirm}</p>
                  <input type="hidden" name="do" value="close" />
                  <button type="submit" data-qa="own-posting-close-yes">
                    {f.closeYes}
                  </button>{' '}
                  <a href={action}>{f.closeNo}</a>
                </form>
              ) : (
                <form method="post" action={action}>
                  <input type="hidden" name="do" value="ask-close" />
                  <button type="submit" data-qa="own-posting-close">
                    {f.closeAsk}
                  </button>
                </form>
              )}
            </section>
          </>
        ),
      }
      return send(reply, ctx, content, status, ownAlternates(token), canonical, PRIVATE_HEADERS)
    }

    scope.get(ownUrl, { schema: { hide: true } }, (req, reply) =>
      ownPage(req, reply, (req.params as { token: string }).token, {}),
    )
    scope.post(ownUrl, { schema: { hide: true } }, async (req, reply) => {
      const { token } = req.params as { token: string }
      const ctx = context(lang, {})
      const values = (req.body ?? {}) as Values
      if (crossSite(req, origin) || !/^[A-Za-z0-9_-]{43}$/.test(token))
        return ownPage(req, reply, '', {}, 403)
      const actx = newContext(deps.db, { kind: 'anonymous' }, String(req.id), ctx.now)
      const what = str(values.do)
      try {
        if (what === 'ask-close') return await ownPage(req, reply, token, { confirmClose: true })
        if (what === 'close') {
          await deps.db.transaction((tx) => closePostingByToken({ ...actx, db: tx }, token))
          return await ownPage(req, reply, token, { notice: ctx.t.jobForm.closed })
        }
        const parsed = parseForm(values, ctx.now, ctx.t, false)
        if (!parsed.ok)
          return await ownPage(req, reply, token, { values, errors: parsed.errors }, 422)
        await deps.db.transaction((tx) =>
          editPostingByToken({ ...actx, db: tx }, token, parsed.posting),
        )
        return await ownPage(req, reply, token, { notice: ctx.t.jobForm.saved })
      } catch (e) {
        if (e instanceof DomainError && e.status === 404) return ownPage(req, reply, '', {})
        throw e
      }
    })
  }
}

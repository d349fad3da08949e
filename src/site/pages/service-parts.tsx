import type { ServiceSummary } from '../../domain/services/services'
import type { Weekday } from '../../shared/enums'
import type { SiteContext } from '../registry'

/** A service in a list: its name (a link to its page), organisation and summary. */
export function ServiceCard({ ctx, service }: { ctx: SiteContext; service: ServiceSummary }) {
  const { lang, t } = ctx
  return (
    <li className="card">
      <h3>
        <a href={ctx.href('service', { service: service.id })}>{service.name[lang]}</a>
      </h3>
      <p className="meta">
        {t.provider}: {service.organisation.name[lang]}
      </p>
      <p>{service.description[lang]}</p>
    </li>
  )
}

export function ServiceList({ ctx, services }: { ctx: SiteContext; services: ServiceSummary[] }) {
  if (services.length === 0) return <p>{ctx.t.noServices}</p>
  return (
    <ul className="cards">
      {services.map((s) => (
        <ServiceCard key={s.id} ctx={ctx} service={s} />
      ))}
    </ul>
  )
}

const days: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']

/** "ma–pe 9.00–16.00": consecutive weekdays as a range. */
export function weekdayText(ctx: SiteContext, weekdays: readonly Weekday[]): string {
  const sorted = days.filter((d) => weekdays.includes(d))
  const runs: Weekday[][] = []
  for (const d of sorted) {
    const run = runs.at(-1)
    if (run && days.indexOf(run.at(-1)!) === days.indexOf(d) - 1) run.push(d)
    else runs.push([d])
  }
  return runs
    .map((r) =>
      r.length > 2
        ? `${ctx.t.weekdays[r[0]!]}–${ctx.t.weekdays[r.at(-1)!]}`
        : r.map((d) => ctx.t.weekdays[d]).join(', '),
    )
    .join(', ')
}

export const timeText = (ctx: SiteContext, hhmm: string): string =>
  ctx.lang === 'en' ? hhmm : hhmm.replace(':', '.')

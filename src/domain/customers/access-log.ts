import { accountContacts } from '../../platform/auth/auth'
import { accessesToPerson } from '../../platform/audit/access-log'
import type { Ctx } from '../../platform/context'
import { decodePosition, encodePosition, type CursorQuery } from '../../platform/http/paging'
import type { CustomerId } from '../../platform/ids'
import { organisationNames, memberTitles } from '../organisations/organisations'
import { listActions, loggedActions, openActions, purposesOf } from './access-log-actions'

/** Requests of one worker this close to each other read as one page view. */
export const PAGE_VIEW_GAP_SECONDS = 60

/** "Who has seen my data": one entry per page view, list appearances per organisation and day. */
export async function accessLog(ctx: Ctx, customerId: CustomerId, query: CursorQuery) {
  ctx.audit.touch([customerId])
  const { groups, hasMore } = await accessesToPerson(ctx.db, customerId, {
    listActions,
    openActions,
    gapSeconds: PAGE_VIEW_GAP_SECONDS,
    after: query.after ? decodePosition(query.after) : null,
    limit: query.limit,
  })
  const workers = groups.flatMap((g) =>
    g.userId && g.organisationId ? [{ organisationId: g.organisationId, userId: g.userId }] : [],
  )
  const names = await organisationNames(ctx.db, [
    ...new Set(groups.flatMap((g) => (g.organisationId ? [g.organisationId] : []))),
  ])
  const titles = await memberTitles(ctx.db, workers)
  const accounts = await accountContacts(ctx.db, [...new Set(workers.map((w) => w.userId))])
  const items = groups.map((g) => {
    // An action renamed since is left out; the web app then says "handled your data".
    const actions = loggedActions.filter((a) => g.actions.includes(a))
    const account = g.userId ? accounts.get(g.userId) : undefined
    return {
      id: g.lastId,
      kind: g.kind,
      from: g.firstAt.toISOString(),
      to: g.lastAt.toISOString(),
      // Null: opened through the person's own share link, by whoever holds it.
      organisation: g.organisationId
        ? { id: g.organisationId, name: names.get(g.organisationId) ?? { fi: '', sv: '', en: '' } }
        : null,
      worker: account
        ? {
            displayName: account.displayName,
            title: titles.get(`${g.organisationId} ${g.userId}`) ?? null,
          }
        : null,
      actions,
      purposes: purposesOf(actions, g.purposes),
      requests: g.requests,
    }
  })
  const last = groups.at(-1)
  return {
    items,
    hasMore,
    next: hasMore && last ? encodePosition({ at: last.lastAt, id: last.lastId }) : null,
  }
}

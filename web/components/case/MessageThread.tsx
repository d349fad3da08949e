import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi, type Thread } from '../../api/cases'
import { useMe } from '../../app/session'
import { formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/I18nProvider'
import { useAnnounce } from '../Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../AsyncState'
import { BusyButton } from '../BusyButton'
import { TextAreaField } from '../FormFields'
import { useOrganisations } from './shared'

interface Props {
  customerId: string
  thread: Thread
  title: string
  intro: string
  canSend: boolean
  /** The section's heading level: h3 inside the case, h2 on the young person's page. */
  level: 'h2' | 'h3'
  qa: string
}

/** A message thread, oldest first as in a conversation, with a form to write to it. */
export function MessageThread({ customerId, thread, title, intro, canSend, level, qa }: Props) {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const me = useMe().data
  const { nameOf } = useOrganisations()
  const key = ['messages', customerId, thread]
  // Pages run back from the newest; each page is oldest first, so earlier pages go before.
  const messages = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => caseApi.messages(customerId, thread, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.hasMore ? last.next : null),
  })
  const items = [...(messages.data?.pages ?? [])].reverse().flatMap((p) => p.items)
  const send = useMutation({
    mutationFn: (body: string) => caseApi.sendMessage(customerId, thread, body),
  })
  const [body, setBody] = useState('')
  const [error, setError] = useState<string | undefined>()
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const headingId = `${qa}-heading`

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!body.trim()) {
      setError(t.cases.messages.bodyRequired)
      fieldRef.current?.focus()
      return
    }
    setError(undefined)
    try {
      await send.mutateAsync(body.trim())
      setBody('')
      announce(t.cases.messages.sent)
    } catch {
      fieldRef.current?.focus()
    } finally {
      await queryClient.invalidateQueries({ queryKey: key })
    }
  }

  const author = (m: {
    author: { id: string; displayName: string }
    fromCustomer: boolean
    organisationId: string | null
  }) => {
    if (m.author.id === me?.user.id) return t.cases.messages.you
    if (m.fromCustomer) return `${m.author.displayName} (${t.cases.messages.fromYoungPerson})`
    const org = nameOf(m.organisationId)
    return org ? `${m.author.displayName}, ${org}` : m.author.displayName
  }

  return (
    <section aria-labelledby={headingId} className="case-part" data-qa={qa}>
      <Heading variant={level} id={headingId} mb="xs">
        {title}
      </Heading>
      <Paragraph mb="s">{intro}</Paragraph>
      {messages.isPending ? (
        <Loading />
      ) : messages.isError ? (
        <ErrorState error={messages.error} />
      ) : items.length === 0 ? (
        <EmptyState>{t.cases.messages.none}</EmptyState>
      ) : (
        <>
          {messages.hasNextPage && (
            <Button
              variant="secondary"
              disabled={messages.isFetchingNextPage}
              onClick={() => void messages.fetchNextPage()}
              data-qa="messages-earlier"
            >
              {messages.isFetchingNextPage ? t.common.loading : t.day.counts.showEarlier}
            </Button>
          )}
          <ol className="messages" aria-label={t.cases.messages.listLabel(title)}>
            {items.map((m) => (
              <li
                key={m.id}
                className={m.author.id === me?.user.id ? 'message message--own' : 'message'}
                data-qa="message"
              >
                <span className="message__meta">
                  <span data-qa="message-author">{author(m)}</span>
                  {' · '}
                  <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, lang)}</time>
                </span>
                <span className="message__body" data-qa="message-body">
                  {m.body}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {canSend && (
        <form className="form form--inline no-print" noValidate onSubmit={(e) => void submit(e)}>
          {send.isError && (
            <InlineAlert status="error" role="alert" data-qa={`${qa}-error`}>
              {problemText(send.error, t)}
            </InlineAlert>
          )}
          <TextAreaField
            label={t.cases.messages.message}
            value={body}
            onChange={setBody}
            error={error}
            qa={`${qa}-body`}
            textareaRef={fieldRef}
          />
          <BusyButton
            type="submit"
            busy={send.isPending}
            busyText={t.cases.messages.sending}
            qa={`${qa}-send`}
          >
            {t.cases.messages.send}
          </BusyButton>
        </form>
      )}
    </section>
  )
}

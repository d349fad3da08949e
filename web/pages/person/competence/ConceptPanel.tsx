import { Heading, InlineAlert } from 'suomifi-ui-components'
import type { Concept } from '../../../api/competence'
import { ErrorState } from '../../../components/AsyncState'
import { ConceptSearch } from './ConceptSearch'

/**
 * A titled concept search whose pick does one thing (the young person adds, a worker suggests),
 * with the outcome told below it.
 */
export function ConceptPanel(props: {
  qa: string
  title: string
  pickLabel: (c: Concept) => string
  onPick: (c: Concept) => void
  done: string | null
  doneQa: string
  error: unknown
  heading?: 'h2' | 'h3'
}) {
  return (
    <section aria-labelledby={`${props.qa}-title`} className="section no-print" data-qa={props.qa}>
      <Heading variant={props.heading ?? 'h2'} id={`${props.qa}-title`} mb="xs">
        {props.title}
      </Heading>
      <ConceptSearch qa={props.qa} pickLabel={props.pickLabel} onPick={props.onPick} />
      {props.done && (
        <InlineAlert status="neutral" role="status" data-qa={props.doneQa}>
          {props.done}
        </InlineAlert>
      )}
      {props.error != null && <ErrorState error={props.error} />}
    </section>
  )
}

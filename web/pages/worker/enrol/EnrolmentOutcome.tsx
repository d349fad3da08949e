import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { useI18n } from '../../../i18n/I18nProvider'

/** What an enrolment of a person known already led to; `enrolled` opens the customer instead. */
export type PendingOutcome = 'awaiting_confirmation' | 'join_requested'

interface Props {
  outcome: PendingOutcome
  /** The name the worker typed: all the page knows of the person. */
  name: string
  onAgain: () => void
}

/**
 * The young person was a customer already: the organisation sees nothing stored about them
 * until they answer in their own view. They have been told at once.
 */
export function EnrolmentOutcome({ outcome, name, onAgain }: Props) {
  const { t } = useI18n()
  return (
    <section aria-labelledby="enrol-outcome" className="section" data-qa="enrol-outcome">
      <Heading variant="h2" id="enrol-outcome" tabIndex={-1} mb="s" data-qa-outcome={outcome}>
        {t.cases.enrol.outcomeTitle[outcome]}
      </Heading>
      <InlineAlert status="neutral" className="block-gap" data-qa="enrol-outcome-text">
        {t.cases.enrol.outcomeText[outcome](name)}
      </InlineAlert>
      <Paragraph mb="m">{t.cases.enrol.outcomeNothingShown}</Paragraph>
      <Button variant="secondary" onClick={onAgain} data-qa="enrol-again">
        {t.cases.enrol.again}
      </Button>
    </section>
  )
}

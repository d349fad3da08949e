import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Button, InlineAlert, Paragraph } from 'suomifi-ui-components'
import { caseApi } from '../../../api/cases'
import type { CooperationIndicator, IndicatorInput } from '../../../api/caseTypes'
import { useAnnounce } from '../../../components/Announcer'
import { EmptyState, ErrorState, Loading, problemText } from '../../../components/AsyncState'
import { DataTable, type Column } from '../../../components/DataTable'
import { PageHeading } from '../../../components/PageHeading'
import { localName } from '../../../i18n/format'
import { useI18n } from '../../../i18n/I18nProvider'
import { IndicatorForm } from './IndicatorForm'

const allKey = ['indicators', 'all'] as const

/** The coordinator's indicator catalogue: list, add, edit, activate and deactivate. */
export function IndicatorsPage() {
  const { t, lang } = useI18n()
  const announce = useAnnounce()
  const queryClient = useQueryClient()
  const indicators = useQuery({ queryKey: allKey, queryFn: () => caseApi.indicators(true) })
  const [editing, setEditing] = useState<CooperationIndicator | null>(null)
  const toggle = useMutation({
    mutationFn: (i: CooperationIndicator) =>
      caseApi.updateIndicator(i.id, {
        code: i.code,
        name: i.name,
        dataCategory: i.dataCategory,
        active: !i.active,
      }),
    onSuccess: (_r, i) => announce(t.catalogue.indicators.updated(localName(i.name, lang))),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['indicators'] }),
  })

  const startEdit = (i: CooperationIndicator) => {
    setEditing(i)
    window.requestAnimationFrame(() => document.getElementById('indicator-form-title')?.focus())
  }
  const saved = async (input: IndicatorInput) => {
    const name = localName(input.name, lang)
    announce(editing ? t.catalogue.indicators.updated(name) : t.catalogue.indicators.added(name))
    setEditing(null)
    await queryClient.invalidateQueries({ queryKey: ['indicators'] })
  }

  const columns: Column<CooperationIndicator>[] = [
    { key: 'name', header: t.catalogue.indicators.name, cell: (i) => localName(i.name, lang) },
    { key: 'code', header: t.catalogue.indicators.code, cell: (i) => <code>{i.code}</code> },
    {
      key: 'category',
      header: t.catalogue.indicators.category,
      cell: (i) => t.dataCategories[i.dataCategory],
    },
    {
      key: 'state',
      header: t.catalogue.indicators.state,
      cell: (i) => (
        <span
          className={`status-badge ${i.active ? 'status-badge--given' : 'status-badge--expired'}`}
        >
          {i.active ? t.catalogue.indicators.active : t.catalogue.indicators.inactive}
        </span>
      ),
    },
    {
      key: 'actions',
      header: t.catalogue.indicators.actions,
      cell: (i) => {
        const name = localName(i.name, lang)
        return (
          <span className="button-row button-row--compact">
            <Button
              variant="secondary"
              aria-label={t.catalogue.indicators.editFor(name)}
              onClick={() => startEdit(i)}
              data-qa="edit-indicator"
            >
              {t.catalogue.indicators.edit}
            </Button>
            <Button
              variant="secondary"
              disabled={toggle.isPending}
              aria-label={
                i.active
                  ? t.catalogue.indicators.deactivateFor(name)
                  : t.catalogue.indicators.activateFor(name)
              }
              onClick={() => toggle.mutate(i)}
              data-qa="toggle-indicator"
            >
              {i.active ? t.catalogue.indicators.deactivate : t.catalogue.indicators.activate}
            </Button>
          </span>
        )
      },
    },
  ]

  return (
    <>
      <PageHeading title={t.catalogue.indicators.title} />
      <Paragraph mb="l">{t.catalogue.indicators.intro}</Paragraph>
      {toggle.isError && (
        <InlineAlert status="error" role="alert" className="block-gap">
          {problemText(toggle.error, t)}
        </InlineAlert>
      )}
      {indicators.isPending ? (
        <Loading />
      ) : indicators.isError ? (
        <ErrorState error={indicators.error} />
      ) : indicators.data.items.length === 0 ? (
        <EmptyState>{t.catalogue.indicators.empty}</EmptyState>
      ) : (
        <DataTable
          caption={t.catalogue.indicators.caption}
          columns={columns}
          rows={indicators.data.items}
          rowKey={(i) => i.id}
          rowQa="indicator-row"
          rowAttributes={(i) => ({ 'data-qa-code': i.code, 'data-qa-active': String(i.active) })}
        />
      )}
      <IndicatorForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onSaved={saved}
        onCancel={() => setEditing(null)}
      />
    </>
  )
}

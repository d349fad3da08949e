import type { DataCategory } from '../api/types'
import { specialCategories } from '../api/types'
import { lookup } from '../i18n/format'
import { useI18n } from '../i18n/I18nProvider'

/** Data categories in plain words; a special category says so. */
export function CategoryList({ categories }: { categories: DataCategory[] }) {
  const { t } = useI18n()
  return (
    <ul className="category-list" data-qa="categories">
      {categories.map((c) => (
        <li key={c} data-qa-category={c}>
          {lookup(t.dataCategories, c, c)}
          {specialCategories.includes(c) && (
            <span className="category-list__special"> ({t.consent.specialCategory})</span>
          )}
        </li>
      ))}
    </ul>
  )
}

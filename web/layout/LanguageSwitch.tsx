import { useSwitchLanguage } from '../app/session'
import { useI18n } from '../i18n/I18nProvider'
import { languageNames, languages } from '../i18n/languages'

/** Three plain buttons: visible at once on a phone, and each says its language in itself. */
export function LanguageSwitch() {
  const { lang, t } = useI18n()
  const switchLanguage = useSwitchLanguage()
  return (
    <div className="language-switch" role="group" aria-label={t.layout.chooseLanguage}>
      {languages.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="language-switch__button"
          aria-pressed={l === lang}
          onClick={() => switchLanguage(l)}
          data-qa={`language-${l}`}
        >
          {languageNames[l]}
        </button>
      ))}
    </div>
  )
}

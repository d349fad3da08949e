import type { Lang, SitePage } from '../registry'

/**
 * The statutory statements: accessibility (Act 306/2019, section 15) and privacy (GDPR art. 13).
 * They change with the service, not with the content, so they live with the code.
 */
interface Statement {
  title: string
  description: string
  sections: { heading: string; paragraphs: string[] }[]
}

const UPDATED = new Date('2026-12-01T00:00:00Z')

const accessibility: Record<Lang, Statement> = {
  fi: {
    title: 'Saavutettavuusseloste',
    description: 'Sivuston saavutettavuus, puutteet ja palautteen antaminen.',
    sections: [
      {
        heading: 'Saavutettavuuden tila',
        paragraphs: [
          'Tämä seloste koskee Saumaton-sivustoa. Sivusto täyttää WCAG 2.1 -ohjeiston AA-tason vaatimukset.',
          'Sivut toimivat ilman JavaScriptiä ja puhelimen näytöllä. Saavutettavuus on tarkastettu automaattisella axe-työkalulla ja näppäimistöllä.',
        ],
      },
      {
        heading: 'Palaute ja yhteystiedot',
        paragraphs: [
          'Jos huomaat puutteen, kerro siitä palautelomakkeella. Vastaamme 14 päivän kuluessa.',
          'Jos et ole tyytyväinen vastaukseen, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon (saavutettavuusvaatimukset.fi).',
        ],
      },
    ],
  },
  sv: {
    title: 'Tillgänglighetsutlåtande',
    description: 'Webbplatsens tillgänglighet, brister och hur du ger respons.',
    sections: [
      {
        heading: 'Tillgänglighetsstatus',
        paragraphs: [
          'Detta utlåtande gäller webbplatsen Saumaton. Webbplatsen uppfyller kraven på nivå AA i WCAG 2.1.',
          'Sidorna fungerar utan JavaScript och på en telefonskärm. Tillgängligheten har granskats med verktyget axe och med tangentbord.',
        ],
      },
      {
        heading: 'Respons och kontaktuppgifter',
        paragraphs: [
          'Om du upptäcker en brist, berätta det i responsformuläret. Vi svarar inom 14 dagar.',
          'Om du inte är nöjd med svaret kan du anmäla det till Regionförvaltningsverket i Södra Finland (tillganglighetskrav.fi).',
        ],
      },
    ],
  },
  en: {
    title: 'Accessibility statement',
    description: "The site's accessibility, its shortcomings and how to give feedback.",
    sections: [
      {
        heading: 'Status of accessibility',
        paragraphs: [
          'This statement applies to the Saumaton website. The site meets the level AA requirements of WCAG 2.1.',
          'The pages work without JavaScript and on a phone screen. Accessibility has been checked with the axe tool and with a keyboard.',
        ],
      },
      {
        heading: 'Feedback and contact information',
        paragraphs: [
          'If you notice a shortcoming, tell us with the feedback form. We answer within 14 days.',
          'If you are not satisfied with the answer, you can notify the Regional State Administrative Agency for Southern Finland (webaccessibility.fi).',
        ],
      },
    ],
  },
}

const privacy: Record<Lang, Statement> = {
  fi: {
    title: 'Tietosuojaseloste',
    description: 'Mitä tietoja sivusto käsittelee.',
    sections: [
      {
        heading: 'Sivuston käyttö',
        paragraphs: [
          'Sivusto ei käytä evästeitä, ei seuraa kävijöitä eikä lataa kolmansien osapuolten sisältöä.',
          'Julkisilla sivuilla ei ole henkilötietoja. Uratarinat julkaistaan vain tarinan henkilön kirjatulla suostumuksella, ja suostumuksen peruminen poistaa tarinan heti.',
        ],
      },
      {
        heading: 'Palaute',
        paragraphs: [
          'Palautelomakkeella annetut tiedot (palaute ja vapaaehtoinen yhteystieto) käsitellään palautteeseen vastaamiseksi, ja ne näkee vain alueen koordinaattori.',
        ],
      },
    ],
  },
  sv: {
    title: 'Dataskyddsbeskrivning',
    description: 'Vilka uppgifter webbplatsen behandlar.',
    sections: [
      {
        heading: 'Användning av webbplatsen',
        paragraphs: [
          'Webbplatsen använder inga kakor, spårar inte besökare och laddar inget innehåll från tredje parter.',
          'De offentliga sidorna innehåller inga personuppgifter. Karriärberättelser publiceras endast med personens registrerade samtycke, och återkallat samtycke tar bort berättelsen genast.',
        ],
      },
      {
        heading: 'Respons',
        paragraphs: [
          'Uppgifter i responsformuläret (responsen och en frivillig kontaktuppgift) behandlas för att besvara responsen och ses endast av regionens koordinator.',
        ],
      },
    ],
  },
  en: {
    title: 'Privacy notice',
    description: 'What data the site processes.',
    sections: [
      {
        heading: 'Using the site',
        paragraphs: [
          'The site uses no cookies, does not track visitors and loads no third-party content.',
          "The public pages hold no personal data. Career stories are published only with the person's recorded consent, and withdrawing it removes the story at once.",
        ],
      },
      {
        heading: 'Feedback',
        paragraphs: [
          'What you give in the feedback form (the feedback and an optional contact) is processed to answer it, and only the regional coordinator sees it.',
        ],
      },
    ],
  },
}

function statementPage(
  id: string,
  texts: Record<Lang, Statement>,
  segments: SitePage['segments'],
): SitePage {
  return {
    id,
    segments,
    render: (ctx) => {
      const s = texts[ctx.lang]
      return Promise.resolve({
        title: s.title,
        description: s.description,
        breadcrumbs: [],
        lastModified: UPDATED,
        body: (
          <article>
            <h1>{s.title}</h1>
            {s.sections.map((section) => (
              <section key={section.heading}>
                <h2>{section.heading}</h2>
                {section.paragraphs.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </section>
            ))}
            {id === 'accessibility' ? (
              <p>
                <a href={ctx.href('feedback')}>{ctx.t.feedback}</a>
              </p>
            ) : null}
          </article>
        ),
      })
    },
  }
}

export const accessibilityPage = statementPage('accessibility', accessibility, {
  fi: ['saavutettavuusseloste'],
  sv: ['tillganglighetsutlatande'],
  en: ['accessibility-statement'],
})

export const privacyPage = statementPage('privacy', privacy, {
  fi: ['tietosuoja'],
  sv: ['dataskydd'],
  en: ['privacy'],
})

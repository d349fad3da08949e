import { eq } from 'drizzle-orm'
import { hashPassword } from '../platform/auth/auth'
import { userAccount } from '../platform/auth/schema'
import type { Db } from '../platform/db/database'
import { municipality, organisation, organisationMember } from '../domain/organisations/schema'
import { careerStory, contentEvent, contentPage } from '../domain/site/schema'

/**
 * The public website's demo content: an editor, the region's "For employers" page and Oulu's
 * own, and events in each programme municipality (published, one scheduled, one draft).
 */
const employersRegion = {
  title: {
    fi: 'Näin palkkaat nuoren',
    sv: 'Så anställer du en ung person',
    en: 'How to hire a young person',
  },
  body: {
    fi: '## Palkkaa nuori\n\nKumppaniverkosto auttaa löytämään sopivan nuoren työntekijän ja tukee rekrytoinnissa.\n\n1. Kerro avoimesta työpaikasta työllisyyspalveluille.\n2. Sovi perehdytyksestä ja tuesta.\n3. Hae palkkatukea ennen työsuhteen alkua.\n\n## Palkkatuki\n\nPalkkatuella voi kattaa osan alle 30-vuotiaan palkkauskuluista. Tuesta päättää työllisyysalue. Lisätietoja: [Työmarkkinatori](https://tyomarkkinatori.fi).',
    sv: '## Anställ en ung person\n\nPartnerskapsnätverket hjälper dig att hitta en lämplig ung arbetstagare och stöder rekryteringen.\n\n1. Berätta om den lediga platsen för sysselsättningstjänsterna.\n2. Kom överens om introduktion och stöd.\n3. Ansök om lönesubvention innan anställningen börjar.\n\n## Lönesubvention\n\nMed lönesubvention kan en del av lönekostnaderna för en person under 30 år täckas. Sysselsättningsområdet beslutar om stödet. Mer information: [Jobbmarknaden](https://tyomarkkinatori.fi/sv).',
    en: '## Hire a young person\n\nThe partnership network helps you find a suitable young employee and supports the recruitment.\n\n1. Tell the employment services about the vacancy.\n2. Agree on the induction and support.\n3. Apply for the pay subsidy before the employment starts.\n\n## Pay subsidy\n\nA pay subsidy can cover part of the wage costs of a person under 30. The employment area decides on it. More: [Job Market Finland](https://tyomarkkinatori.fi/en).',
  },
}

const day = 86_400_000

export async function loadDemoSite(db: Db, now: Date): Promise<void> {
  const [ely] = await db.select().from(organisation).where(eq(organisation.kind, 'coordinator'))
  const towns = await db.select().from(municipality)
  const code = (c: string) => towns.find((m) => m.code === c)!.id
  await db.transaction(async (tx) => {
    if (ely) {
      const [editor] = await tx
        .insert(userAccount)
        .values({
          username: 'editor1',
          passwordHash: await hashPassword('demo-salasana'),
          displayName: 'Eeva Toimittaja',
          email: 'editor1@example.invalid',
          locale: 'fi',
        })
        .returning()
      await tx.insert(organisationMember).values({
        organisationId: ely.id,
        userAccountId: editor!.id,
        role: 'content_editor',
        title: 'Verkkotoimittaja',
      })
    }
    await tx.insert(contentPage).values([
      {
        kind: 'employers',
        municipalityId: null,
        ...employersRegion,
        status: 'published',
        publishAt: now,
      },
      {
        kind: 'employers',
        municipalityId: code('564'),
        title: {
          fi: 'Oulussa nuoren palkkaaminen',
          sv: 'Anställa unga i Uleåborg',
          en: 'Hiring a young person in Oulu',
        },
        body: {
          fi: `${employersRegion.body.fi}\n\n## Oulun kaupungin tuki\n\nOulu maksaa Oulu-lisää nuoren palkkaavalle yritykselle.`,
          sv: `${employersRegion.body.sv}\n\n## Uleåborgs stöd\n\nUleåborg betalar Uleåborgstillägget till företag som anställer unga.`,
          en: `${employersRegion.body.en}\n\n## The City of Oulu's support\n\nOulu pays the Oulu supplement to a company hiring a young person.`,
        },
        status: 'published',
        publishAt: now,
      },
    ])
    // A story whose person consented to its publication (recorded by the editor).
    await tx.insert(careerStory).values({
      municipalityId: code('564'),
      title: {
        fi: 'Kokiksi oppisopimuksella',
        sv: 'Kock genom läroavtal',
        en: 'A cook through apprenticeship',
      },
      body: {
        fi: 'Työnhakupajan jälkeen Mikko aloitti oppisopimuksen ravintolassa ja sai vakituisen työn.',
        sv: 'Efter jobbsökarverkstaden började Mikko ett läroavtal på en restaurang och fick fast jobb.',
        en: 'After the job search workshop Mikko started an apprenticeship in a restaurant and got a permanent job.',
      },
      status: 'published',
      publishAt: now,
      consentGivenAt: now,
    })
    const at = (days: number, hour: number) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hour - 2))
    await tx.insert(contentEvent).values([
      {
        municipalityId: code('564'),
        audience: 'young_people',
        title: { fi: 'Työnhakupaja', sv: 'Jobbsökarverkstad', en: 'Job search workshop' },
        description: {
          fi: 'Tee CV ja harjoittele työhaastattelua. Kahvitarjoilu.',
          sv: 'Skriv ett CV och öva på en arbetsintervju. Kaffe bjuds.',
          en: 'Write your CV and practise a job interview. Coffee served.',
        },
        startsAt: at(7, 13),
        endsAt: at(7, 15),
        place: 'Oulun kaupunginkirjasto, Kaarlenväylä 3, Oulu',
        priceCents: null,
        signUpUrl: 'https://example.invalid/ilmoittaudu/tyonhakupaja',
        status: 'published',
        publishAt: now,
      },
      {
        municipalityId: code('678'),
        audience: 'employers',
        title: {
          fi: 'Rekrytointiaamu työnantajille',
          sv: 'Rekryteringsmorgon för arbetsgivare',
          en: 'Recruitment morning for employers',
        },
        description: {
          fi: 'Tapaa nuoria työnhakijoita ja kuule palkkatuesta.',
          sv: 'Träffa unga arbetssökande och hör om lönesubvention.',
          en: 'Meet young jobseekers and hear about the pay subsidy.',
        },
        startsAt: at(14, 8),
        endsAt: at(14, 10),
        place: 'Raahen kaupungintalo, Raahe',
        priceCents: 1500,
        signUpUrl: null,
        status: 'published',
        publishAt: now,
      },
      {
        municipalityId: code('615'),
        audience: 'everyone',
        title: { fi: 'Kesätyömessut', sv: 'Sommarjobbsmässa', en: 'Summer job fair' },
        description: {
          fi: 'Kesätöitä Pudasjärvellä.',
          sv: 'Sommarjobb i Pudasjärvi.',
          en: 'Summer jobs in Pudasjärvi.',
        },
        startsAt: at(30, 10),
        endsAt: at(30, 14),
        place: 'Pudasjärven lukio',
        priceCents: 0,
        signUpUrl: null,
        status: 'published',
        // Scheduled: on the website from next week.
        publishAt: new Date(now.getTime() + 7 * day),
      },
      {
        municipalityId: code('564'),
        audience: 'young_people',
        title: { fi: 'Luonnos: Pelialan ilta', sv: '', en: '' },
        description: { fi: 'Kesken.', sv: '', en: '' },
        startsAt: at(40, 17),
        endsAt: at(40, 19),
        place: 'Oulu',
        priceCents: null,
        signUpUrl: null,
        status: 'draft',
        publishAt: null,
      },
    ])
  })
}

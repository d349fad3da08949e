import type { Locale } from '../auth/schema'

/**
 * Notification texts. They never carry personal data or message content: the reader signs in
 * to see what is new.
 */
const fi = {
  surveyInvitation: {
    subject: 'Miten onnistuimme? Asiakastyytyväisyyskysely',
    body:
      'Palvelujaksosi päättyi. Kerro meille, miten onnistuimme: kyselyyn vastaaminen vie pari minuuttia, ' +
      'eikä vastauksiasi voi yhdistää sinuun. Linkki toimii kerran, eikä sitä varten tarvitse kirjautua.',
  },
  surveyReminder: {
    subject: 'Muistutus: asiakastyytyväisyyskysely',
    body:
      'Et ole vielä vastannut asiakastyytyväisyyskyselyyn. Vastaukset ovat nimettömiä. ' +
      'Alla oleva linkki toimii kerran, eikä sitä varten tarvitse kirjautua.',
  },
  newMessage: {
    subject: 'Uusi viesti Saumattomassa',
    body: 'Sinulle on uusi viesti. Kirjaudu palveluun lukeaksesi sen.',
  },
  newStep: {
    subject: 'Uusi vaihe suunnitelmassa',
    body: 'Suunnitelmaasi on lisätty uusi vaihe. Kirjaudu palveluun nähdäksesi sen.',
  },
  newAction: {
    subject: 'Uusi palvelutoimenpide',
    body: 'Organisaatiollesi on uusi palvelutoimenpide. Kirjaudu palveluun nähdäksesi työjonosi.',
  },
  consentRecorded: {
    subject: 'Suostumuksesi kirjattiin',
    body: 'Työntekijä kirjasi suostumuksen, jonka annoit tapaamisessa. Kirjaudu palveluun tarkistaaksesi sen; voit vahvistaa tai perua sen.',
  },
  enrolmentConfirmation: {
    subject: 'Vahvista uusi yhteisasiakkuus',
    body: 'Organisaatio haluaa aloittaa kanssasi yhteisasiakkuuden. Kirjaudu palveluun vahvistaaksesi tai hylätäksesi sen.',
  },
  consentRequest: {
    subject: 'Suostumuspyyntö',
    body: 'Sinulta pyydetään suostumusta tietojen jakamiseen. Kirjaudu palveluun vastataksesi.',
  },
  invitation: {
    subject: 'Kutsu Saumaton-palveluun',
    body:
      'Sinut on ohjattu Saumaton-palveluun. Avaa alla oleva linkki ja aseta itsellesi salasana. ' +
      'Linkki on voimassa 7 päivää ja toimii kerran. Jos et odottanut tätä viestiä, voit jättää sen huomiotta.',
  },
  teamStepsChanged: {
    subject: 'Muutos yhteisasiakkaan tiimissä',
    body: 'Yhteisasiakkaasi tiimin organisaatiolla ei ole enää suostumusta, ja sen vaiheet odottavat tai ovat siirtyneet. Kirjaudu palveluun nähdäksesi muutoksen.',
  },
  jobSubmitted: {
    subject: 'Työpaikkailmoituksesi on vastaanotettu',
    body:
      'Kiitos työpaikkailmoituksesta. Koordinaattori tarkistaa sen ennen julkaisua. ' +
      'Alla olevasta linkistä voit muokata tai sulkea ilmoituksen. Älä jaa linkkiä.',
  },
}
type Templates = typeof fi
const sv: Templates = {
  surveyInvitation: {
    subject: 'Hur lyckades vi? Kundnöjdhetsenkät',
    body:
      'Din serviceperiod har avslutats. Berätta hur vi lyckades: enkäten tar ett par minuter, ' +
      'och dina svar kan inte kopplas till dig. Länken fungerar en gång och kräver ingen inloggning.',
  },
  surveyReminder: {
    subject: 'Påminnelse: kundnöjdhetsenkät',
    body:
      'Du har inte ännu svarat på kundnöjdhetsenkäten. Svaren är anonyma. ' +
      'Länken nedan fungerar en gång och kräver ingen inloggning.',
  },
  newMessage: {
    subject: 'Nytt meddelande i Saumaton',
    body: 'Du har ett nytt meddelande. Logga in i tjänsten för att läsa det.',
  },
  newStep: {
    subject: 'Nytt steg i planen',
    body: 'Ett nytt steg har lagts till i din plan. Logga in i tjänsten för att se det.',
  },
  newAction: {
    subject: 'Ny serviceåtgärd',
    body: 'Din organisation har en ny serviceåtgärd. Logga in i tjänsten för att se din arbetskö.',
  },
  consentRecorded: {
    subject: 'Ditt samtycke har registrerats',
    body: 'En arbetstagare registrerade ett samtycke som du gav vid ett möte. Logga in i tjänsten för att kontrollera det; du kan bekräfta eller återkalla det.',
  },
  enrolmentConfirmation: {
    subject: 'Bekräfta ett nytt gemensamt kundskap',
    body: 'En organisation vill inleda ett gemensamt kundskap med dig. Logga in i tjänsten för att bekräfta eller avböja det.',
  },
  consentRequest: {
    subject: 'Begäran om samtycke',
    body: 'Du ombeds ge samtycke till att dela uppgifter. Logga in i tjänsten för att svara.',
  },
  invitation: {
    subject: 'Inbjudan till tjänsten Saumaton',
    body:
      'Du har hänvisats till tjänsten Saumaton. Öppna länken nedan och välj ett lösenord. ' +
      'Länken gäller i 7 dagar och fungerar en gång. Om du inte väntade dig detta meddelande kan du bortse från det.',
  },
  teamStepsChanged: {
    subject: 'Ändring i en gemensam kunds team',
    body: 'En organisation i teamet kring din gemensamma kund har inte längre samtycke, och dess steg väntar eller har flyttats. Logga in i tjänsten för att se ändringen.',
  },
  jobSubmitted: {
    subject: 'Din platsannons har tagits emot',
    body:
      'Tack för din platsannons. En koordinator granskar den innan den publiceras. ' +
      'Med länken nedan kan du redigera eller stänga annonsen. Dela inte länken.',
  },
}
const en: Templates = {
  surveyInvitation: {
    subject: 'How did we do? Customer-satisfaction survey',
    body:
      'Your service period has ended. Tell us how we did: the survey takes a couple of minutes, ' +
      'and your answers cannot be linked to you. The link works once and needs no sign-in.',
  },
  surveyReminder: {
    subject: 'Reminder: customer-satisfaction survey',
    body:
      'You have not answered the customer-satisfaction survey yet. The answers are anonymous. ' +
      'The link below works once and needs no sign-in.',
  },
  newMessage: {
    subject: 'New message in Saumaton',
    body: 'You have a new message. Sign in to read it.',
  },
  newStep: {
    subject: 'A new step in your plan',
    body: 'A new step was added to your plan. Sign in to see it.',
  },
  newAction: {
    subject: 'New service action',
    body: 'Your organisation has a new service action. Sign in to see your work queue.',
  },
  consentRecorded: {
    subject: 'Your consent was recorded',
    body: 'A worker recorded a consent you gave in a meeting. Sign in to check it; you can confirm or withdraw it.',
  },
  enrolmentConfirmation: {
    subject: 'Confirm a new joint customership',
    body: 'An organisation would like to start a joint customership with you. Sign in to confirm or decline it.',
  },
  consentRequest: {
    subject: 'Consent request',
    body: 'You are asked for a consent to share information. Sign in to answer.',
  },
  invitation: {
    subject: 'Invitation to Saumaton',
    body:
      'You have been referred to the Saumaton service. Open the link below and set a password. ' +
      'The link is valid for 7 days and works once. If you did not expect this message, you can ignore it.',
  },
  teamStepsChanged: {
    subject: "A change in a joint customer's team",
    body: "An organisation in a joint customer's team no longer has consent; its steps wait or have moved. Sign in to see the change.",
  },
  jobSubmitted: {
    subject: 'Your job posting was received',
    body:
      'Thank you for your job posting. A coordinator checks it before it is published. ' +
      'With the link below you can edit or close the posting. Do not share the link.',
  },
}

export type MailTemplate = keyof Templates
export const mailTemplates: Record<Locale, Templates> = { fi, sv, en }

import { specialties, type Establishment, type Patient, type Referral } from '@tansiq/domain';
import type { LetterBlock, LetterDocument, LetterLanguage } from '../documents';
import { referralLetterLabels } from './referral-letter-labels';

export const referralLetterKinds = ['referral', 'appointment', 'counter_referral'] as const;
export type ReferralLetterKind = (typeof referralLetterKinds)[number];

/** What a letter is composed from: the referral as the reader may see it and the records it names. */
export interface ReferralLetterData {
  referral: Referral;
  patient: Patient;
  gst: { nameFr: string; nameAr: string };
  origin: Establishment;
  destination: Establishment;
  senderName: string;
  counterReferredByName: string | null;
}

const locales: Record<LetterLanguage, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function formatter(language: LetterLanguage) {
  const options = { timeZone: 'Africa/Casablanca', numberingSystem: 'latn' } as const;
  const day = new Intl.DateTimeFormat(locales[language], { ...options, dateStyle: 'long' });
  const dayTime = new Intl.DateTimeFormat(locales[language], { ...options, dateStyle: 'full', timeStyle: 'short' });
  return { day: (iso: string) => day.format(new Date(iso)), dayTime: (iso: string) => dayTime.format(new Date(iso)) };
}

const nameOf = (language: LetterLanguage, place: { nameFr: string; nameAr: string | null; code: string }) =>
  `${language === 'ar' ? (place.nameAr ?? place.nameFr) : place.nameFr} (${place.code})`;

function patientName(patient: Patient, language: LetterLanguage): string {
  const latin = [patient.givenNameLatin, patient.familyNameLatin].filter(Boolean).join(' ');
  const arabic = [patient.givenNameArabic, patient.familyNameArabic].filter(Boolean).join(' ');
  const [first, second] = language === 'ar' ? [arabic, latin] : [latin, arabic];
  return first && second ? `${first} (${second})` : first || second;
}

/** `+212612345678` → `+212 6 12 34 56 78`, as Moroccan numbers are read (and kept left-to-right in Arabic). */
const formatPhone = (phone: string) => phone.replace(/^\+212(\d)(\d{2})(\d{2})(\d{2})(\d{2})$/, '+212 $1 $2 $3 $4 $5');

/** `1234567890` → `1234 5678 90`, as the regional id is printed everywhere. */
const formatRegionalId = (id: string) => id.replace(/^(\d{4})(\d{4})(\d{2})$/, '$1 $2 $3');

function birthDate(patient: Patient): string {
  if (!patient.birthDate) {
    return '';
  }
  const [year, month, day] = patient.birthDate.split('-');
  return [day, month, year].filter(Boolean).join('/');
}

/**
 * Composes a referral, appointment or counter-referral letter in French, Arabic or English. Clinical content appears
 * only when the referral was presented with it (the caller checks that the reader may print it).
 */
export function composeReferralLetter(
  kind: ReferralLetterKind,
  language: LetterLanguage,
  data: ReferralLetterData,
): LetterDocument {
  const labels = referralLetterLabels[language];
  const format = formatter(language);
  const { referral, patient } = data;
  const specialty = specialties.find((entry) => entry.code === referral.specialtyCode);
  const specialtyName = specialty
    ? language === 'ar'
      ? specialty.nameAr
      : language === 'en'
        ? specialty.nameEn
        : specialty.nameFr
    : referral.specialtyCode;
  const issuer = kind === 'referral' ? data.origin : data.destination;
  const patientBlock: LetterBlock[] = [
    { kind: 'heading', text: labels.patient },
    {
      kind: 'fields',
      rows: [
        { label: labels.name, value: patientName(patient, language) },
        { label: labels.regionalId, value: formatRegionalId(patient.regionalId) },
        { label: labels.birthDate, value: birthDate(patient) },
        { label: labels.phone, value: patient.phones.map(formatPhone).join('\n') },
      ],
    },
  ];
  const route = {
    kind: 'fields' as const,
    rows: [
      { label: labels.from, value: nameOf(language, referral.origin) },
      { label: labels.to, value: nameOf(language, referral.destination) },
      { label: labels.specialty, value: specialtyName },
      { label: labels.urgency, value: labels.urgencies[referral.urgency] },
    ],
  };
  const blocks: LetterBlock[] = [...patientBlock, { kind: 'heading', text: labels.referral }, route];
  let title = labels.referralTitle;
  if (kind === 'referral') {
    route.rows.push(
      { label: labels.reason, value: referral.reason ?? '' },
      {
        label: labels.pathway,
        value: referral.pathway
          ? fill(labels.inPathway, { rank: referral.pathway.rank })
          : fill(labels.offPathway, { justification: referral.offPathwayJustification ?? '' }),
      },
    );
    blocks.push(
      { kind: 'heading', text: labels.summary },
      { kind: 'paragraph', text: referral.clinicalSummary ?? '' },
      { kind: 'notice', text: labels.pleaseReturn },
      { kind: 'signature', label: labels.sender, name: data.senderName },
    );
  } else if (kind === 'appointment') {
    title = labels.appointmentTitle;
    const appointment = referral.appointment;
    blocks.push({ kind: 'heading', text: labels.appointment });
    if (appointment && appointment.status !== 'cancelled') {
      blocks.push({
        kind: 'fields',
        rows: [
          { label: labels.when, value: format.dayTime(appointment.startsAt) },
          {
            label: labels.where,
            value: [nameOf(language, referral.destination), data.destination.address ?? ''].filter(Boolean).join('\n'),
          },
          {
            label: labels.mode,
            value: appointment.mode === 'teleconsultation' ? labels.teleconsultation : labels.inPerson,
          },
        ],
      });
      blocks.push({ kind: 'notice', text: labels.bring });
    } else {
      blocks.push({ kind: 'notice', text: labels.noAppointment });
    }
  } else {
    title = labels.counterReferralTitle;
    const report = referral.counterReferral;
    blocks.push(
      {
        kind: 'fields',
        rows: [
          { label: labels.findings, value: report?.findings ?? '' },
          {
            label: labels.diagnosis,
            value: [report?.diagnosis, report?.icd10Code].filter(Boolean).join(' — '),
          },
          { label: labels.treatment, value: report?.treatment ?? '' },
          { label: labels.recommendations, value: report?.recommendations ?? '' },
          { label: labels.followUp, value: report?.followUp ?? '' },
          { label: labels.returnTo, value: nameOf(language, referral.returnEstablishment) },
        ],
      },
      { kind: 'signature', label: labels.consultant, name: data.counterReferredByName ?? '' },
    );
  }
  return {
    language,
    letterhead: {
      organisation: language === 'ar' ? data.gst.nameAr : data.gst.nameFr,
      establishment: language === 'ar' ? (issuer.nameAr ?? issuer.nameFr) : issuer.nameFr,
      lines: [issuer.address, issuer.phone].filter((line): line is string => Boolean(line)),
    },
    title,
    reference: referral.number,
    issuedAt: format.day(new Date().toISOString()),
    blocks,
    footer: labels.footer,
  };
}

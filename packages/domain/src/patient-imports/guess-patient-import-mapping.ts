import {
  maxPhoneColumns,
  patientImportDateFormats,
  type PatientImportMappingEntry,
  type PatientImportRole,
} from './patient-import-mapping';
import { foldCell } from './patient-import-values';

/**
 * Header names seen in Moroccan establishments' exports (French, Arabic, English), folded with `foldCell`: exact names
 * first, then words a header contains. The first rule that fits gives the role.
 */
const exactHeaders: readonly [PatientImportRole, readonly string[]][] = [
  ['local_id', ['ipp', 'nip', 'numipp', 'numeroipp', 'noipp', 'localid', 'patientid', 'iddossier', 'id', 'رقمالملف']],
  ['given_name', ['prenom', 'prenoms', 'firstname', 'givenname', 'given', 'الاسم', 'الاسمالشخصي', 'الإسم']],
  ['family_name', ['nom', 'nomdefamille', 'nomfamille', 'lastname', 'surname', 'familyname', 'النسب', 'الاسمالعائلي']],
  ['full_name', ['nomcomplet', 'nomprenom', 'nometprenom', 'fullname', 'name', 'patient', 'الاسمالكامل']],
  ['sex', ['sexe', 'sex', 'genre', 'gender', 'الجنس']],
  ['birth_date', ['ddn', 'dob', 'datenaissance', 'datedenaissance', 'naissance', 'birthdate', 'nele']],
  ['cin', ['cin', 'cnie', 'cni', 'carteidentite', 'numcin', 'ncin', 'البطاقةالوطنية', 'رقمالبطاقةالوطنية']],
  ['amo_scheme', ['amo', 'regime', 'regimeamo', 'couverture', 'assurance', 'organisme', 'mutuelle', 'التغطية']],
  ['amo_number', ['numeroamo', 'numamo', 'namo', 'immatriculation', 'numimmatriculation', 'amonumber', 'رقمالتسجيل']],
  ['phone', ['tel', 'telephone', 'phone', 'gsm', 'mobile', 'portable', 'الهاتف']],
  ['commune_code', ['codecommune', 'communecode', 'codehcp', 'codegeo']],
  ['commune_name', ['commune', 'ville', 'localite', 'municipalite', 'الجماعة', 'المدينة']],
  ['address', ['adresse', 'address', 'douar', 'quartier', 'العنوان']],
  ['father_given_name', ['pere', 'prenompere', 'prenomdupere', 'father', 'fathername', 'filsde', 'اسمالاب', 'الاب']],
];

/** Words a header contains, checked in this order (a "code commune" is a code before it is a commune). */
const containedWords: readonly [PatientImportRole, readonly string[]][] = [
  ['local_id', ['ipp', 'dossier', 'رقمالملف']],
  ['father_given_name', ['pere', 'father', 'الاب']],
  ['given_name_arabic', ['prenomar', 'prenomarabe', 'givennamear', 'firstnamear']],
  ['family_name_arabic', ['nomar', 'nomarabe', 'familynamear', 'lastnamear']],
  ['given_name_latin', ['prenomlat', 'prenomfr', 'givennamelat', 'firstnamelat']],
  ['family_name_latin', ['nomlat', 'nomfr', 'familynamelat', 'lastnamelat']],
  ['given_name', ['prenom', 'firstname', 'givenname', 'الاسمالشخصي']],
  ['birth_date', ['naiss', 'birth', 'ddn', 'الازدياد', 'الميلاد']],
  ['amo_number', ['immatriculation', 'numeroamo', 'numamo']],
  ['amo_scheme', ['regime', 'couverture', 'mutuelle', 'amo']],
  ['cin', ['cin', 'cnie', 'البطاقة']],
  ['phone', ['tel', 'phone', 'gsm', 'mobile', 'الهاتف']],
  ['commune_code', ['codecommune', 'codehcp']],
  ['commune_name', ['commune', 'ville', 'localite', 'الجماعة']],
  ['address', ['adresse', 'address', 'العنوان']],
  ['sex', ['sexe', 'gender', 'الجنس']],
  ['full_name', ['nomcomplet', 'fullname', 'nomprenom', 'الاسمالكامل']],
  ['family_name', ['nom', 'surname', 'lastname', 'النسب', 'العائلي']],
];

const exactRole = new Map(
  exactHeaders.flatMap(([role, names]) => names.map((name) => [foldCell(name), role] as const)),
);

/** The role a header name suggests; `ignore` when nothing fits. */
export function guessPatientImportRole(header: string): PatientImportRole {
  const folded = foldCell(header);
  if (folded === '') {
    return 'ignore';
  }
  const exact = exactRole.get(folded);
  if (exact !== undefined) {
    return exact;
  }
  const contained = containedWords.find(([, words]) => words.some((word) => folded.includes(foldCell(word))));
  return contained?.[0] ?? 'ignore';
}

const formatPatterns: readonly [string, RegExp][] = [
  ['YYYY-MM-DD', /^\d{4}-\d{1,2}-\d{1,2}$/],
  ['YYYY/MM/DD', /^\d{4}\/\d{1,2}\/\d{1,2}$/],
  ['DD/MM/YYYY', /^\d{1,2}\/\d{1,2}\/\d{4}$/],
  ['DD-MM-YYYY', /^\d{1,2}-\d{1,2}-\d{4}$/],
  ['DD.MM.YYYY', /^\d{1,2}\.\d{1,2}\.\d{4}$/],
  ['YYYYMMDD', /^(18|19|20)\d{6}$/],
  ['DDMMYYYY', /^\d{4}(18|19|20)\d{2}$/],
];

/**
 * The date format most sample values fit; DD/MM before MM/DD, as Moroccan files write dates. Year-only values fit
 * every format, so they do not vote. `DD/MM/YYYY` when nothing fits.
 */
export function guessBirthDateFormat(samples: readonly string[]): (typeof patientImportDateFormats)[number] {
  const votes = new Map<string, number>();
  for (const sample of samples.map((value) => value.trim()).filter((value) => !/^\d{0,4}$/.test(value))) {
    const format = formatPatterns.find(([, pattern]) => pattern.test(sample))?.[0];
    if (format !== undefined) {
      votes.set(format, (votes.get(format) ?? 0) + 1);
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  return patientImportDateFormats.find((format) => format === best) ?? 'DD/MM/YYYY';
}

/**
 * Proposes a mapping for a file from its header and a few rows: each column's role by its name, a birth date format
 * by its values. A role that only one column may hold goes to the first column that suggests it.
 */
export function guessPatientImportMapping(
  header: readonly string[],
  sampleRows: readonly (readonly string[])[] = [],
): Record<string, PatientImportMappingEntry> {
  const mapping: Record<string, PatientImportMappingEntry> = {};
  const used = new Map<PatientImportRole, number>();
  for (const [index, rawColumn] of header.entries()) {
    const column = rawColumn.trim();
    if (column === '' || column in mapping) {
      continue;
    }
    let role = guessPatientImportRole(column);
    const allowed = role === 'phone' ? maxPhoneColumns : role === 'ignore' ? Infinity : 1;
    if ((used.get(role) ?? 0) >= allowed) {
      role = 'ignore';
    }
    used.set(role, (used.get(role) ?? 0) + 1);
    mapping[column] =
      role === 'birth_date'
        ? { role, format: guessBirthDateFormat(sampleRows.map((row) => row[index] ?? '')) }
        : { role };
  }
  return mapping;
}

/**
 * The specialty referential: services an establishment can offer. Labels in French, Arabic and English.
 * Arabic labels are common usage (to confirm against the ministry's nomenclature, ../shared/DOMAIN.md §1).
 */
export interface Specialty {
  code: string;
  nameFr: string;
  nameAr: string;
  nameEn: string;
}

export const specialties: readonly Specialty[] = [
  { code: 'general_medicine', nameFr: 'Médecine générale', nameAr: 'الطب العام', nameEn: 'General medicine' },
  { code: 'emergency', nameFr: 'Urgences', nameAr: 'المستعجلات', nameEn: 'Emergency' },
  {
    code: 'maternal_health',
    nameFr: 'Santé maternelle (accouchement)',
    nameAr: 'صحة الأم (الولادة)',
    nameEn: 'Maternal health (delivery)',
  },
  { code: 'internal_medicine', nameFr: 'Médecine interne', nameAr: 'الطب الباطني', nameEn: 'Internal medicine' },
  { code: 'paediatrics', nameFr: 'Pédiatrie', nameAr: 'طب الأطفال', nameEn: 'Paediatrics' },
  { code: 'neonatology', nameFr: 'Néonatologie', nameAr: 'طب حديثي الولادة', nameEn: 'Neonatology' },
  {
    code: 'gynaecology_obstetrics',
    nameFr: 'Gynécologie-obstétrique',
    nameAr: 'أمراض النساء والتوليد',
    nameEn: 'Gynaecology and obstetrics',
  },
  { code: 'general_surgery', nameFr: 'Chirurgie générale', nameAr: 'الجراحة العامة', nameEn: 'General surgery' },
  {
    code: 'orthopaedics',
    nameFr: 'Traumatologie-orthopédie',
    nameAr: 'جراحة العظام والمفاصل',
    nameEn: 'Orthopaedics and traumatology',
  },
  {
    code: 'anaesthesia_icu',
    nameFr: 'Anesthésie-réanimation',
    nameAr: 'التخدير والإنعاش',
    nameEn: 'Anaesthesia and intensive care',
  },
  { code: 'cardiology', nameFr: 'Cardiologie', nameAr: 'أمراض القلب', nameEn: 'Cardiology' },
  {
    code: 'nephrology',
    nameFr: 'Néphrologie-hémodialyse',
    nameAr: 'أمراض الكلي وتصفية الدم',
    nameEn: 'Nephrology and haemodialysis',
  },
  { code: 'pneumology', nameFr: 'Pneumo-phtisiologie', nameAr: 'أمراض الرئة والسل', nameEn: 'Respiratory medicine' },
  { code: 'neurology', nameFr: 'Neurologie', nameAr: 'طب الأعصاب', nameEn: 'Neurology' },
  { code: 'neurosurgery', nameFr: 'Neurochirurgie', nameAr: 'جراحة الأعصاب', nameEn: 'Neurosurgery' },
  { code: 'psychiatry', nameFr: 'Psychiatrie', nameAr: 'الطب النفسي', nameEn: 'Psychiatry' },
  { code: 'addiction', nameFr: 'Addictologie', nameAr: 'علاج الإدمان', nameEn: 'Addiction medicine' },
  { code: 'oncology', nameFr: 'Oncologie', nameAr: 'علاج الأورام', nameEn: 'Oncology' },
  { code: 'ophthalmology', nameFr: 'Ophtalmologie', nameAr: 'طب العيون', nameEn: 'Ophthalmology' },
  {
    code: 'ent',
    nameFr: 'Oto-rhino-laryngologie',
    nameAr: 'أمراض الأنف والأذن والحنجرة',
    nameEn: 'Ear, nose and throat',
  },
  { code: 'dermatology', nameFr: 'Dermatologie', nameAr: 'الأمراض الجلدية', nameEn: 'Dermatology' },
  { code: 'urology', nameFr: 'Urologie', nameAr: 'جراحة المسالك البولية', nameEn: 'Urology' },
  { code: 'gastroenterology', nameFr: 'Gastro-entérologie', nameAr: 'أمراض الجهاز الهضمي', nameEn: 'Gastroenterology' },
  {
    code: 'endocrinology',
    nameFr: 'Endocrinologie-diabétologie',
    nameAr: 'الغدد والسكري',
    nameEn: 'Endocrinology and diabetes',
  },
  {
    code: 'infectious_diseases',
    nameFr: 'Maladies infectieuses',
    nameAr: 'الأمراض المعدية',
    nameEn: 'Infectious diseases',
  },
  {
    code: 'rehabilitation',
    nameFr: 'Médecine physique et réadaptation',
    nameAr: 'الطب الفيزيائي وإعادة التأهيل',
    nameEn: 'Rehabilitation',
  },
  {
    code: 'radiology',
    nameFr: 'Radiologie-imagerie',
    nameAr: 'الأشعة والتصوير الطبي',
    nameEn: 'Radiology and imaging',
  },
  { code: 'laboratory', nameFr: 'Laboratoire de biologie', nameAr: 'مختبر التحاليل', nameEn: 'Laboratory' },
  { code: 'dental', nameFr: 'Médecine dentaire', nameAr: 'طب الأسنان', nameEn: 'Dentistry' },
];

export const specialtyCodes = specialties.map((specialty) => specialty.code);

/** Key equipment the carte sanitaire counts per establishment. */
export interface EquipmentType {
  code: string;
  nameFr: string;
  nameAr: string;
  nameEn: string;
}

export const equipmentTypes: readonly EquipmentType[] = [
  { code: 'ct_scanner', nameFr: 'Scanner', nameAr: 'جهاز السكانير', nameEn: 'CT scanner' },
  { code: 'mri', nameFr: 'IRM', nameAr: 'جهاز الرنين المغناطيسي', nameEn: 'MRI' },
  {
    code: 'hemodialysis_station',
    nameFr: "Postes d'hémodialyse",
    nameAr: 'أجهزة تصفية الدم',
    nameEn: 'Haemodialysis stations',
  },
  {
    code: 'delivery_room',
    nameFr: "Salles d'accouchement (maternité)",
    nameAr: 'قاعات الولادة',
    nameEn: 'Delivery rooms (maternity)',
  },
  { code: 'emergency_unit', nameFr: "Service d'urgences", nameAr: 'مصلحة المستعجلات', nameEn: 'Emergency unit' },
  { code: 'operating_room', nameFr: 'Salles opératoires', nameAr: 'قاعات العمليات', nameEn: 'Operating rooms' },
  { code: 'icu_bed', nameFr: 'Lits de réanimation', nameAr: 'أسرة الإنعاش', nameEn: 'Intensive care beds' },
  { code: 'x_ray', nameFr: 'Radiologie conventionnelle', nameAr: 'الأشعة السينية', nameEn: 'X-ray' },
  { code: 'ultrasound', nameFr: 'Échographe', nameAr: 'جهاز الفحص بالصدى', nameEn: 'Ultrasound' },
  { code: 'mammography', nameFr: 'Mammographe', nameAr: 'جهاز تصوير الثدي', nameEn: 'Mammography' },
];

export const equipmentCodes = equipmentTypes.map((equipment) => equipment.code);

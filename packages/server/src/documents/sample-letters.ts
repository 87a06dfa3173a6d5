import type { LetterDocument } from './letter-document';

// Synthetic people and numbers only (STYLE.md §8): for the tests and `cli/render-sample-letters.ts`.

const clinicalSummaryFr =
  'Patiente de 58 ans, diabétique de type 2 depuis 2014 sous metformine 1 000 mg deux fois par jour, hypertendue ' +
  'traitée par amlodipine 5 mg. Consulte pour une douleur thoracique atypique évoluant depuis trois semaines, ' +
  'à l’effort modéré, sans irradiation, cédant au repos en moins de dix minutes. Examen : TA 150/90 mmHg, ' +
  'FC 88/min, auscultation cardiaque normale, pas de signe d’insuffisance cardiaque. ECG de repos : rythme ' +
  'sinusal, pas de trouble de la repolarisation franc. Glycémie capillaire 1,86 g/L. ';

export const sampleLetterFr: LetterDocument = {
  language: 'fr',
  letterhead: {
    organisation: 'Groupement Sanitaire Territorial Tanger-Tétouan-Al Hoceïma',
    establishment: 'Centre de santé urbain Beni Makada',
    lines: ['Avenue Moulay Rachid, Tanger 90060', 'Tél. +212 5 39 00 00 00', 'cs.benimakada@example.ma'],
  },
  title: 'Lettre de référence',
  reference: 'REF-TTA-2026-000154',
  issuedAt: '7 décembre 2026',
  blocks: [
    { kind: 'heading', text: 'Patient' },
    {
      kind: 'fields',
      rows: [
        { label: 'Nom et prénom', value: 'Fatima Zahra EL ALAMI (فاطمة الزهراء العلمي)' },
        { label: 'Identifiant régional', value: '1234 5678 90' },
        { label: 'Date de naissance', value: '12/03/1968' },
        { label: 'Téléphone', value: '+212 6 12 34 56 78' },
        { label: 'Allergies', value: '' },
      ],
    },
    { kind: 'heading', text: 'Référence' },
    {
      kind: 'fields',
      rows: [
        { label: 'Établissement destinataire', value: 'Centre hospitalier régional Mohammed V (TTA-H-001)' },
        { label: 'Service', value: 'Cardiologie' },
        { label: 'Motif', value: 'Douleur thoracique d’effort\nBilan coronarien demandé' },
        { label: 'Urgence', value: 'Rendez-vous sous 7 jours' },
      ],
    },
    { kind: 'heading', text: 'Résumé clinique' },
    { kind: 'paragraph', text: clinicalSummaryFr },
    {
      kind: 'notice',
      text: 'Merci de renvoyer une lettre de contre-référence au médecin traitant après la prise en charge.',
    },
    {
      kind: 'signature',
      label: 'Le médecin référent',
      name: 'Dr Youssef BENNANI',
      detail: 'Médecine générale — INPE 123456',
    },
  ],
  footer: 'Document généré par Tansiq — confidentiel (secret médical)',
};

export const sampleLetterAr: LetterDocument = {
  language: 'ar',
  letterhead: {
    organisation: 'المجموعة الصحية الترابية طنجة تطوان الحسيمة',
    establishment: 'المركز الصحي الحضري بني مكادة',
    lines: ['شارع مولاي رشيد، طنجة 90060', 'الهاتف: +212 5 39 00 00 00', 'cs.benimakada@example.ma'],
  },
  title: 'رسالة الإحالة',
  reference: 'REF-TTA-2026-000154',
  issuedAt: '7 دجنبر 2026',
  blocks: [
    { kind: 'heading', text: 'المريض' },
    {
      kind: 'fields',
      rows: [
        { label: 'الاسم الكامل', value: 'فاطمة الزهراء العلمي (Fatima Zahra EL ALAMI)' },
        { label: 'المعرف الجهوي', value: '1234 5678 90' },
        { label: 'تاريخ الازدياد', value: '12/03/1968' },
        { label: 'الهاتف', value: '+212 6 12 34 56 78' },
        { label: 'الحساسية', value: '' },
      ],
    },
    { kind: 'heading', text: 'الإحالة' },
    {
      kind: 'fields',
      rows: [
        { label: 'المؤسسة المستقبلة', value: 'المركز الاستشفائي الجهوي محمد الخامس (TTA-H-001)' },
        { label: 'المصلحة', value: 'أمراض القلب' },
        { label: 'سبب الإحالة', value: 'ألم في الصدر عند المجهود\nمطلوب فحص الشرايين التاجية' },
      ],
    },
    { kind: 'heading', text: 'الملخص السريري' },
    {
      kind: 'paragraph',
      text:
        'مريضة تبلغ من العمر 58 سنة، مصابة بداء السكري من النوع الثاني منذ سنة 2014، تتناول الميتفورمين 1000 ملغ ' +
        'مرتين في اليوم. تشتكي من ألم في الصدر منذ ثلاثة أسابيع. الضغط الدموي 150/90 ملم زئبق. ' +
        'للتواصل مع الطبيب المعالج: +212 6 12 34 56 78، المرجع TTA-H-001.',
    },
    { kind: 'notice', text: 'المرجو إرسال رسالة الإحالة المضادة إلى الطبيب المعالج بعد التكفل بالمريضة.' },
    { kind: 'signature', label: 'الطبيب المحيل', name: 'د. يوسف بناني', detail: 'Dr Youssef BENNANI — INPE 123456' },
  ],
  footer: 'وثيقة صادرة عن نظام تنسيق — سرية (السر الطبي)',
};

/** A clinical summary of about 3,000 characters, to make a letter flow over pages. */
export const longClinicalSummaryFr = clinicalSummaryFr.repeat(8);

/** Plausible reasons for generated referrals, per specialty (demonstration data, French as clinicians write it). */
export const demoReferralReasons: Record<string, readonly string[]> = {
  cardiology: [
    'Douleur thoracique d’effort, bilan coronarien',
    'HTA résistante à une trithérapie',
    'Souffle cardiaque découvert à l’examen',
    'Palpitations avec ECG anormal',
  ],
  paediatrics: [
    'Retard staturo-pondéral',
    'Bronchiolites à répétition',
    'Fièvre prolongée inexpliquée',
    'Anémie chez un nourrisson',
  ],
  gynaecology_obstetrics: [
    'Grossesse à risque : HTA gravidique',
    'Métrorragies post-ménopausiques',
    'Suivi de grossesse gémellaire',
    'Masse pelvienne à l’échographie',
  ],
  general_surgery: [
    'Hernie inguinale symptomatique',
    'Lithiase vésiculaire symptomatique',
    'Nodule mammaire à explorer',
    'Lipome volumineux du dos',
  ],
  ophthalmology: ['Baisse de l’acuité visuelle, cataracte', 'Rétinopathie diabétique à dépister', 'Glaucome suspecté'],
  psychiatry: ['Épisode dépressif sévère', 'Trouble anxieux invalidant', 'Premier épisode psychotique suspecté'],
  internal_medicine: [
    'Altération de l’état général, bilan',
    'Diabète déséquilibré malgré le traitement',
    'Insuffisance rénale découverte au bilan',
  ],
  endocrinology: ['Goitre multinodulaire', 'Diabète de type 1 de découverte récente', 'Hyperthyroïdie clinique'],
};

export const demoClinicalSummary =
  'Patient vu au centre de santé. Antécédents et traitement en cours notés au dossier. Examen clinique et premiers ' +
  'examens disponibles joints. Avis spécialisé demandé (donnée de démonstration).';

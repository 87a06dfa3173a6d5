/**
 * Rates that turn the demo's drivers (RGPH 2024 population, beds) into annual workload figures
 * (docs/wisn-worked-example.md, "Demonstration workload"). They are orders of magnitude chosen for a credible
 * demonstration, not statistics of the Tanger-Tétouan-Al Hoceima establishments: every one is to be replaced by the
 * establishments' real annual statistics.
 */
export const demoWorkloadRates = {
  /** Population growth after the 2024 census: about 0.85 % a year (HCP, RGPH 2024, 2014–2024 average). */
  populationGrowth: 0.0085,
  /** Crude birth rate, births per inhabitant per year (Morocco ≈ 17–18 ‰). */
  birthRate: 0.0175,

  // ── Primary care, per inhabitant of the population a centre serves ──
  /** Curative consultations in public primary care (≈ 0.6–0.8 per inhabitant and year). */
  primaryConsultations: 0.75,
  /** First-level emergencies seen at a health centre or dispensary. */
  primaryEmergencies: 0.03,
  /** Antenatal (4) and postnatal (1) visits per birth, 80 % of them in primary care; plus family planning
   * visits (≈ 11 % of inhabitants are women using contraception, half of them supplied by public centres, ≈ 2 visits a year). */
  maternalVisitsPerBirth: 5,
  maternalVisitsInPrimaryCare: 0.8,
  familyPlanningVisits: 0.1,
  /** Centres with a midwife team (CSR-2, CSU-2) weigh this much more than the others of their commune. */
  maternalReferenceWeight: 4,
  /** PNI doses per birth cohort (birth to 5 years, HPV at 11) at ≈ 95 % coverage. */
  vaccinationDosesPerBirth: 19,
  /** Pupils seen at a school health visit (entry classes of primary, lower and upper secondary school). */
  schoolHealthVisits: 0.03,

  // ── Birthing units of health centres (maternal health beds) ──
  birthingUnitOccupancy: 0.25,
  /** Days a mother stays in a birthing unit after delivery. */
  birthingUnitStay: 1,

  // ── Hospitals: population shares and rates ──
  /** Share of the province's births delivered in its public hospitals (the rest: birthing units, private, home). */
  hospitalBirthShare: 0.65,
  /** Emergency department visits per inhabitant and year. */
  hospitalEmergencies: 0.15,
  /** Specialist outpatient consultations per inhabitant and year in public hospitals. */
  specialistConsultations: 0.3,
  /** Share of the rest of the region's specialist demand referred to the regional hospitals (CHU, CHR). */
  regionalReferralShare: 0.1,
  /** General medicine outpatient consultations per inhabitant and year in public hospitals. */
  hospitalGeneralConsultations: 0.03,
  /** Referred patients received, as a share of specialist consultations. */
  referredShare: 0.2,
  /** Obstetric consultations at the maternity (high-risk antenatal follow-up and obstetric triage) per delivery. */
  maternityConsultationsPerDelivery: 3,
  /** Tele-expertise answers and teleconsultations per 1,000 inhabitants served (programme start). */
  teleexpertisePerThousand: 2,
  teleconsultationsPerThousand: 1,
  /** Share of surgical admissions operated on, and caesarean sections per hospital delivery. */
  operatedShare: 0.8,
  caesareanShare: 0.25,
} as const;

/** Occupancy and average length of stay of a hospital service; emergency beds are observation, not inpatient. */
export interface ServiceStay {
  occupancy: number;
  lengthOfStay: number;
  surgical: boolean;
}

const medical: ServiceStay = { occupancy: 0.65, lengthOfStay: 5, surgical: false };
const surgical: ServiceStay = { occupancy: 0.65, lengthOfStay: 4, surgical: true };

/** Per service: maternity fills most and turns over fastest, psychiatry and rehabilitation keep patients longest. */
export const serviceStays: Readonly<Record<string, ServiceStay>> = {
  gynaecology_obstetrics: { occupancy: 0.8, lengthOfStay: 2, surgical: false },
  paediatrics: { occupancy: 0.6, lengthOfStay: 4, surgical: false },
  neonatology: { occupancy: 0.8, lengthOfStay: 7, surgical: false },
  anaesthesia_icu: { occupancy: 0.75, lengthOfStay: 5, surgical: false },
  psychiatry: { occupancy: 0.85, lengthOfStay: 25, surgical: false },
  addiction: { occupancy: 0.85, lengthOfStay: 25, surgical: false },
  rehabilitation: { occupancy: 0.75, lengthOfStay: 15, surgical: false },
  oncology: { occupancy: 0.75, lengthOfStay: 5, surgical: false },
  general_surgery: surgical,
  orthopaedics: surgical,
  urology: surgical,
  neurosurgery: { ...surgical, lengthOfStay: 7 },
  ent: { ...surgical, lengthOfStay: 3 },
  ophthalmology: { ...surgical, lengthOfStay: 2 },
  general_medicine: { ...medical, occupancy: 0.55, lengthOfStay: 3 },
};

/** Any other service with beds. */
export const defaultServiceStay: ServiceStay = medical;

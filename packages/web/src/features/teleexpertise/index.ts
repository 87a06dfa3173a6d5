export { useTeleexpertiseList, useTeleexpertise, teleexpertisePageSize } from './api/use-teleexpertise';
export { useTeleexpertiseWrites } from './api/use-teleexpertise-writes';
export { TeleexpertiseTable } from './components/teleexpertise-table';
export { TeleexpertiseRequestForm } from './components/teleexpertise-request-form';
export { TeleexpertiseAnswerForm } from './components/teleexpertise-answer-form';
export { TeleexpertiseDetails } from './components/teleexpertise-details';
export { TeleconsultationBooking } from './components/teleconsultation-booking';
export { TeleconsultationReportForm } from './components/teleconsultation-report-form';
export { ReferralPrefillCard } from './components/referral-prefill-card';

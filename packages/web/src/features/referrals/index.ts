export { ReferralForm } from './components/referral-form';
export { ReferralDetail } from './components/referral-detail';
export { ReferralWorklists } from './components/referral-worklists';
export { PatientReferralsPanel } from './components/patient-referrals-panel';
export { referralOrigins } from './components/referral-establishments';
export { useReferral } from './api/use-referral';
export type { ReferralWorklistFilters } from './api/referral-worklist-filters';
export { ReferralStatusBadge, UrgencyBadge } from './components/referral-status-badge';

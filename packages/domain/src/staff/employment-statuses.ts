import { z } from 'zod';

/**
 * How a staff member is employed (loi 09-22, "fonction sanitaire"): a civil servant whose post moved to the GST, a
 * contract signed by the GST, a hospital-university position (faculty staff working in the CHU), or a private
 * practitioner working under a convention with the GST.
 */
export const employmentStatuses = [
  'civil_servant_transferred',
  'gst_contract',
  'hospital_university',
  'private_under_convention',
] as const;
export type EmploymentStatus = (typeof employmentStatuses)[number];
export const employmentStatusSchema = z.enum(employmentStatuses);

import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../client';
import { asTextOrNull, queryRows } from '../lib/rows';

/** What a destination's service says about referrals: whether it takes them, direct booking, its head. */
export interface ReferralServiceOptions {
  offersSpecialty: boolean;
  acceptsReferrals: boolean;
  directBooking: boolean;
  headUserId: string | null;
}

/** The select reading a service's referral options; the arguments are SQL (parameters or outer columns). */
export const serviceOptionsSelect = (gstId: SQL, establishmentId: SQL, specialtyCode: SQL): SQL =>
  sql`select exists (select 1 from establishment_services s where s.gst_id = ${gstId}
        and s.establishment_id = ${establishmentId} and s.specialty_code = ${specialtyCode}) as offers,
      d.accepts_referrals, d.direct_booking, d.head_user_id
    from (select 1) one
    left join service_directory_entries d on d.gst_id = ${gstId} and d.establishment_id = ${establishmentId}
      and d.specialty_code = ${specialtyCode}`;

/** Maps the columns of `serviceOptionsSelect`: a service without a directory entry takes referrals, no direct booking. */
export const toReferralServiceOptions = (row: Record<string, unknown> | undefined): ReferralServiceOptions => ({
  offersSpecialty: row?.offers === true,
  acceptsReferrals: row?.accepts_referrals == null ? true : row.accepts_referrals === true,
  directBooking: row?.direct_booking === true,
  headUserId: asTextOrNull(row?.head_user_id),
});

/** The registry's and the directory's word on a service: offered at all, open to referrals, booking, head. */
export async function findReferralServiceOptions(
  executor: Executor,
  gstId: string,
  establishmentId: string,
  specialtyCode: string,
): Promise<ReferralServiceOptions> {
  const [row] = await queryRows(
    executor,
    serviceOptionsSelect(sql`${gstId}`, sql`${establishmentId}`, sql`${specialtyCode}`),
  );
  return toReferralServiceOptions(row);
}

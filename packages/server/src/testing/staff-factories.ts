import { randomInt, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { normaliseSearchText, toRegionalStaffId, type Cadre } from '@tansiq/domain';
import type { Db } from '@tansiq/db';

/** What a test staff member may override; the rest is a nurse born in 1988, employed since 2015. */
export interface StaffOverrides {
  cadre?: Cadre;
  specialtyCode?: string | null;
  givenNameLatin?: string;
  familyNameLatin?: string;
  sex?: 'female' | 'male';
  userId?: string | null;
  employedFrom?: string;
}

/**
 * Inserts a staff member with a primary assignment at `establishmentId` (100 % from `employedFrom`, open-ended), for
 * tests that need a workforce. Returns its ids. Writes rows directly: the registry's own use case is tested apart.
 */
export async function buildStaffMember(
  db: Db,
  gstId: string,
  establishmentId: string,
  overrides: StaffOverrides = {},
): Promise<{ id: string; staffNumber: string; assignmentId: string }> {
  const id = randomUUID();
  const assignmentId = randomUUID();
  const staffNumber = toRegionalStaffId('TST', randomInt(1, 999_999));
  const cadre = overrides.cadre ?? 'polyvalent_nurse';
  const employedFrom = overrides.employedFrom ?? '2015-09-01';
  const givenName = overrides.givenNameLatin ?? 'Salma';
  // Letters only, as a name must be: the staff number's digits spelled as letters (0 → a, 1 → b, …).
  const familyName =
    overrides.familyNameLatin ??
    `Test${staffNumber.slice(-5).replace(/\d/g, (digit) => String.fromCharCode(97 + Number(digit)))}`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into staff_members (gst_id, id, staff_number, given_name_latin, family_name_latin,
        search_text, sex, birth_date, cadre, specialty_code, employment_status, employed_from, user_id)
      values (${gstId}, ${id}, ${staffNumber}, ${givenName}, ${familyName},
        ${normaliseSearchText(`${staffNumber} ${givenName} ${familyName}`)}, ${overrides.sex ?? 'female'}, '1988-05-02',
        ${cadre}, ${overrides.specialtyCode ?? null}, 'gst_contract', ${employedFrom}, ${overrides.userId ?? null})`);
    await tx.execute(sql`insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share,
        valid_from)
      values (${gstId}, ${assignmentId}, ${id}, ${establishmentId}, 'primary', 100, ${employedFrom})`);
  });
  return { id, staffNumber, assignmentId };
}

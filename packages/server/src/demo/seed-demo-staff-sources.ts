import { sql } from 'drizzle-orm';
import type { Cadre } from '@tansiq/domain';
import { queryRows, type Db } from '@tansiq/db';
import { planStaffMember, type DemoStaffEstablishment, type PlannedStaffMember } from './seed-demo-staff-plan';

/** The GST's open demo establishments (private clinics under convention excepted), with beds and services. */
export async function demoStaffEstablishments(db: Db, gstId: string): Promise<DemoStaffEstablishment[]> {
  const rows = await queryRows(
    db,
    sql`select e.id, e.code, e.type, e.province_code, e.total_beds,
        coalesce(array_agg(s.specialty_code order by s.specialty_code) filter (where s.specialty_code is not null), '{}')
          as specialties
      from establishments e left join establishment_services s on s.gst_id = e.gst_id and s.establishment_id = e.id
      where e.gst_id = ${gstId} and e.is_demo and e.status = 'active' and e.type <> 'CPC'
      group by e.id, e.code, e.type, e.province_code, e.total_beds order by e.code`,
  );
  return rows.map((row) => ({
    id: String(row.id),
    code: String(row.code),
    type: String(row.type),
    provinceCode: String(row.province_code),
    beds: Number(row.total_beds),
    specialties: (row.specialties as unknown[]).map(String),
  }));
}

/** Demo accounts of clinicians that get their own staff record (they then see "my record"). */
const linkedAccounts: readonly {
  username: string;
  cadre: Cadre;
  specialtyCode: string | null;
  given: [string, string];
  family: [string, string];
  sex: 'female' | 'male';
}[] = [
  {
    username: 'infirmier.babtaza',
    cadre: 'polyvalent_nurse',
    specialtyCode: null,
    given: ['Khadija', 'خديجة'],
    family: ['Ait Ouahmane', 'آيت واحمان'],
    sex: 'female',
  },
  {
    username: 'infirmier.chefchaouen',
    cadre: 'polyvalent_nurse',
    specialtyCode: null,
    given: ['Hicham', 'هشام'],
    family: ['Tahiri', 'الطاهري'],
    sex: 'male',
  },
  {
    username: 'medecin.chp.chefchaouen',
    cadre: 'specialist',
    specialtyCode: 'cardiology',
    given: ['Hicham', 'هشام'],
    family: ['Benjelloun', 'بنجلون'],
    sex: 'male',
  },
  {
    username: 'medecin.chu',
    cadre: 'specialist',
    specialtyCode: 'internal_medicine',
    given: ['Fatima Zahra', 'فاطمة الزهراء'],
    family: ['Alaoui', 'العلوي'],
    sex: 'female',
  },
];

/** Staff records for the demo clinicians' accounts, at the establishment where they hold their role. */
export async function linkedDemoStaff(
  db: Db,
  gstId: string,
  establishments: readonly DemoStaffEstablishment[],
  firstSerial: number,
): Promise<PlannedStaffMember[]> {
  const rows = await queryRows(
    db,
    sql`select u.id, u.username, r.establishment_id from users u join role_assignments r on r.user_id = u.id
      where r.gst_id = ${gstId} and u.username = any(${sql.param(linkedAccounts.map((item) => item.username))}::text[])`,
  );
  const random = () => 0.5;
  return linkedAccounts.flatMap((account, index) => {
    const row = rows.find((item) => item.username === account.username);
    const establishment = establishments.find((item) => item.id === String(row?.establishment_id));
    if (!row || !establishment) {
      return [];
    }
    const planned = planStaffMember(account.cadre, establishment, firstSerial + index, random);
    const fields = {
      ...planned.fields,
      ...{ givenNameLatin: account.given[0], givenNameArabic: account.given[1], sex: account.sex },
      ...{ familyNameLatin: account.family[0], familyNameArabic: account.family[1], userId: String(row.id) },
      specialtyCode: account.specialtyCode,
      grade: account.cadre === 'specialist' ? 'doctor_principal' : 'nurse_grade_2',
    };
    return [{ fields, establishmentId: establishment.id, specialtyCode: account.specialtyCode }];
  });
}

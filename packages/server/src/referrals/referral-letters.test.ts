import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit } from '../testing/test-app';
import { readPdf, withoutSpaces } from '../testing/read-pdf';
import { buildReferralWorld, sendReferral, step, type ReferralWorld } from '../testing/referral-fixtures';

let world: ReferralWorld;
let referral: { id: string; number: string };

beforeAll(async () => {
  world = await buildReferralWorld();
  const sent = await sendReferral(world, world.nurse, { urgency: 'emergency' });
  await step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 });
  await step(world, world.destinationPhysician, sent.id, 'attend', { version: 2 });
  await step(world, world.destinationPhysician, sent.id, 'counter-referral', {
    version: 3,
    findings: 'Syndrome coronarien aigu sans sus-décalage, coronarographie faite.',
    diagnosis: 'Angor instable',
    icd10Code: 'I20.0',
    treatment: 'Double antiagrégation plaquettaire pendant douze mois.',
    recommendations: 'Arrêt du tabac, marche quotidienne.',
    followUp: 'Revoir au centre de santé dans quinze jours.',
  });
  referral = sent;
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

const letter = (session: ReferralWorld['nurse'] | null, kind: string, language = 'fr') =>
  request(world.context.app, session, 'GET', `/api/referrals/${referral.id}/letters/${kind}?language=${language}`);

describe('GET /api/referrals/:id/letters/:kind', () => {
  it('prints the referral letter in French with the patient, the route and the clinical summary (audited)', async () => {
    const response = await letter(world.nurse, 'referral');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = await readPdf(new Uint8Array(response.rawPayload));
    const text = pdf.pages.join(' ');
    expect(text).toContain('Lettre de référence');
    expect(text).toContain(referral.number);
    expect(text).toContain('CHP Mohammed V de Chefchaouen');
    expect(text).toContain('Transfert en urgence');
    expect(withoutSpaces(text)).toContain(withoutSpaces('Patiente de 58 ans, diabétique'));
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=referral.letter&entityId=${referral.id}`,
    );
    expect(audit.items[0]).toMatchObject({ details: { kind: 'referral', language: 'fr' } });
  });

  it('prints the counter-referral letter in Arabic', async () => {
    const response = await letter(world.nurse, 'counter_referral', 'ar');
    expect(response.statusCode).toBe(200);
    const text = withoutSpaces((await readPdf(new Uint8Array(response.rawPayload))).pages.join(' '));
    expect(text).toContain(withoutSpaces('الإحالة المضادة'));
    expect(text).toContain('I20.0');
    expect(text).toContain(referral.number);
  });

  it('lets the desk print the appointment letter but not the clinical letters (403)', async () => {
    expect((await letter(world.destinationSecretary, 'appointment', 'ar')).statusCode).toBe(200);
    expect((await letter(world.destinationSecretary, 'referral')).statusCode).toBe(403);
  });

  it('answers 400 for an unknown kind or language, 401 without a session, 404 outside both ends', async () => {
    expect((await letter(world.nurse, 'prescription')).statusCode).toBe(400);
    expect((await letter(world.nurse, 'referral', 'es')).statusCode).toBe(400);
    expect((await letter(null, 'referral')).statusCode).toBe(401);
    expect((await letter(world.outsider, 'referral')).statusCode).toBe(404);
  });
});

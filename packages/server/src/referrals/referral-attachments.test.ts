import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit } from '../testing/test-app';
import { buildReferralWorld, sendReferral, type ReferralWorld } from '../testing/referral-fixtures';
import { MAX_ATTACHMENT_BYTES, sniffMediaType } from '../attachments/stored-attachments';

let world: ReferralWorld;

beforeAll(async () => {
  world = await buildReferralWorld();
});

afterAll(async () => {
  await world.context.close();
});

const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);

const upload = (
  session: ReferralWorld['nurse'] | null,
  referralId: string,
  body: Buffer,
  contentType: string,
  fileName = 'ecg.pdf',
) =>
  request(
    world.context.app,
    session,
    'POST',
    `/api/referrals/${referralId}/attachments?fileName=${encodeURIComponent(fileName)}`,
    body,
    { 'content-type': contentType },
  );

describe('sniffMediaType', () => {
  it.each([
    [pdf, 'application/pdf'],
    [png, 'image/png'],
    [jpeg, 'image/jpeg'],
    [Buffer.from('MZ\x90\x00 an executable'), undefined],
    [Buffer.from('<html>'), undefined],
  ])('reads the type from the first bytes', (content, type) => {
    expect(sniffMediaType(new Uint8Array(content))).toBe(type);
  });
});

describe('POST /api/referrals/:id/attachments', () => {
  it('attaches a PDF, lists it on the referral and lets a clinician of the destination read it back (audited)', async () => {
    const sent = await sendReferral(world, world.nurse);
    const response = await upload(world.nurse, sent.id, pdf, 'application/pdf', 'ECG de repos.pdf');
    expect(response.statusCode).toBe(201);
    const attachment = response.json();
    expect(attachment).toMatchObject({
      fileName: 'ECG de repos.pdf',
      mediaType: 'application/pdf',
      sizeBytes: pdf.length,
    });
    const opened = await request(world.context.app, world.destinationPhysician, 'GET', `/api/referrals/${sent.id}`);
    expect(opened.json().attachments).toEqual([expect.objectContaining({ id: attachment.id })]);
    const file = await request(
      world.context.app,
      world.destinationPhysician,
      'GET',
      `/api/referrals/${sent.id}/attachments/${attachment.id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=referral.attachment.read&entityId=${sent.id}`,
    );
    expect(audit.items).toHaveLength(1);
  });

  it('accepts PNG and JPEG sent as octet-stream, typed from their content', async () => {
    const sent = await sendReferral(world, world.nurse);
    const image = await upload(world.nurse, sent.id, png, 'application/octet-stream', 'radio.png');
    expect(image.json()).toMatchObject({ mediaType: 'image/png' });
    const photo = await upload(world.nurse, sent.id, jpeg, 'image/jpeg', 'lesion.jpg');
    expect(photo.json()).toMatchObject({ mediaType: 'image/jpeg' });
  });

  it('answers 415 to a file of another type, or one that claims to be what it is not', async () => {
    const sent = await sendReferral(world, world.nurse);
    const executable = await upload(world.nurse, sent.id, Buffer.from('MZ\x90\x00rest'), 'application/pdf');
    expect(executable.statusCode).toBe(415);
    expect(executable.json().error.code).toBe('unsupported_media_type');
    const disguised = await upload(world.nurse, sent.id, png, 'application/pdf');
    expect(disguised.statusCode).toBe(415);
    const text = await upload(world.nurse, sent.id, Buffer.from('hello'), 'text/plain');
    expect([400, 415]).toContain(text.statusCode);
    const opened = await request(world.context.app, world.nurse, 'GET', `/api/referrals/${sent.id}`);
    expect(opened.json().attachments).toEqual([]);
  });

  it('answers 413 to a file over the size limit', async () => {
    const sent = await sendReferral(world, world.nurse);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x20)]);
    const response = await upload(world.nurse, sent.id, big, 'application/pdf');
    expect(response.statusCode).toBe(413);
  });

  it('answers 400 without a file name, 401 without a session, 404 outside both ends, 403 to the desk reading a file', async () => {
    const sent = await sendReferral(world, world.nurse);
    const noName = await request(world.context.app, world.nurse, 'POST', `/api/referrals/${sent.id}/attachments`, pdf, {
      'content-type': 'application/pdf',
    });
    expect(noName.statusCode).toBe(400);
    expect((await upload(null, sent.id, pdf, 'application/pdf')).statusCode).toBe(401);
    expect((await upload(world.outsider, sent.id, pdf, 'application/pdf')).statusCode).toBe(404);
    const attachment = (await upload(world.nurse, sent.id, pdf, 'application/pdf')).json();
    const desk = await request(
      world.context.app,
      world.destinationSecretary,
      'GET',
      `/api/referrals/${sent.id}/attachments/${attachment.id}`,
    );
    expect(desk.statusCode).toBe(403);
  });
});

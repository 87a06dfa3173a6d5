import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { sendPdf } from './send-pdf';

async function headersFor(fileName: string) {
  const app = Fastify();
  app.get('/letter', (_request, reply) => sendPdf(reply, new TextEncoder().encode('%PDF-1.3'), fileName));
  const response = await app.inject({ method: 'GET', url: '/letter' });
  await app.close();
  return response;
}

describe('sendPdf', () => {
  it('sends the PDF inline, uncached', async () => {
    const response = await headersFor('REF-TTA-2026-000154.pdf');
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('inline; filename="REF-TTA-2026-000154.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toBe('%PDF-1.3');
  });

  it('reduces the file name to safe ASCII', async () => {
    const response = await headersFor('Lettre de référence "x"\r\nSet-Cookie: a=b / رسالة');
    expect(response.headers['content-disposition']).toBe('inline; filename="Lettre-de-reference-x-Set-Cookie-a-b.pdf"');
    expect((await headersFor('رسالة')).headers['content-disposition']).toBe('inline; filename="document.pdf"');
  });
});

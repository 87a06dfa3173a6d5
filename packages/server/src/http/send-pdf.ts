import type { FastifyReply } from 'fastify';

/**
 * Sends a rendered PDF to be shown in the browser's viewer. The file name is cut down to safe ASCII (letters,
 * digits, dot, dash, underscore), so no user text can break the header or inject another one.
 */
export function sendPdf(reply: FastifyReply, pdf: Uint8Array, fileName: string): FastifyReply {
  const base = fileName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/\.pdf$/iu, '')
    .replace(/[^\w.-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/gu, '')
    .slice(0, 100);
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `inline; filename="${base || 'document'}.pdf"`)
    .header('cache-control', 'no-store')
    .send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
}

/** Sends a stored file (an attachment) to be shown inline, never cached; the name is already safe ASCII. */
export function sendFile(reply: FastifyReply, content: Uint8Array, mediaType: string, safeName: string): FastifyReply {
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', `inline; filename="${safeName}"`)
    .header('cache-control', 'no-store')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(Buffer.from(content.buffer, content.byteOffset, content.byteLength));
}

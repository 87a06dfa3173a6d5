import { sql } from 'drizzle-orm';
import type { Attachment } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows, toIso } from '../lib/rows';

export type AttachmentOwnerKind = 'referral' | 'teleexpertise' | 'approval_request';

/** Stores a file attached to a referral or a tele-expertise request. */
export async function insertAttachment(
  tx: Tx,
  gstId: string,
  attachment: {
    id: string;
    ownerKind: AttachmentOwnerKind;
    ownerId: string;
    fileName: string;
    mediaType: Attachment['mediaType'];
    sha256: string;
    content: Uint8Array;
  },
  uploadedBy: string,
): Promise<void> {
  await tx.execute(
    sql`insert into attachments (gst_id, id, owner_kind, owner_id, file_name, media_type, size_bytes, sha256, content,
        uploaded_by)
      values (${gstId}, ${attachment.id}, ${attachment.ownerKind}, ${attachment.ownerId}, ${attachment.fileName},
        ${attachment.mediaType}, ${attachment.content.byteLength}, ${attachment.sha256},
        decode(${Buffer.from(attachment.content).toString('base64')}, 'base64'), ${uploadedBy})`,
  );
}

/** Maps an attachment row (content left out). */
export const toAttachment = (row: Record<string, unknown>): Attachment => ({
  id: asText(row.id),
  fileName: asText(row.file_name),
  mediaType: asText(row.media_type) as Attachment['mediaType'],
  sizeBytes: Number(row.size_bytes),
  uploadedAt: toIso(row.uploaded_at as Date | string),
});

/** The files of a record, oldest first (without their content). */
export async function listAttachments(
  executor: Executor,
  gstId: string,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
): Promise<Attachment[]> {
  const rows = await queryRows(
    executor,
    sql`select id, file_name, media_type, size_bytes, uploaded_at from attachments
      where gst_id = ${gstId} and owner_kind = ${ownerKind} and owner_id = ${ownerId} order by uploaded_at, id`,
  );
  return rows.map(toAttachment);
}

/** One file of a record, with its content. */
export async function findAttachmentContent(
  executor: Executor,
  gstId: string,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
  id: string,
): Promise<(Attachment & { content: Uint8Array }) | undefined> {
  const [row] = await queryRows(
    executor,
    sql`select id, file_name, media_type, size_bytes, uploaded_at, encode(content, 'base64') as content
      from attachments where gst_id = ${gstId} and owner_kind = ${ownerKind} and owner_id = ${ownerId} and id = ${id}`,
  );
  return row
    ? { ...toAttachment(row), content: new Uint8Array(Buffer.from(asText(row.content), 'base64')) }
    : undefined;
}

/** How many files a record has (a referral takes at most a few). */
export async function countAttachments(
  executor: Executor,
  gstId: string,
  ownerKind: AttachmentOwnerKind,
  ownerId: string,
): Promise<number> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as n from attachments where gst_id = ${gstId} and owner_kind = ${ownerKind}
      and owner_id = ${ownerId}`,
  );
  return Number(row?.n ?? 0);
}

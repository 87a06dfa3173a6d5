import { conflict, type ApprovalRequestView } from '@tansiq/domain';
import { findGstById, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { renderLetterPdf, type LetterDocument, type LetterLanguage } from '../documents';
import type { RequestContext } from '../http/request-context';
import { approvalLetterLabels } from './approval-letter-labels';
import type { ApprovalTypeHandlers } from './approval-type-handler';
import { readApprovalRequest } from './get-approval-request';
import { loadApprovalRequest } from './load-approval-request';

const day = (iso: string | null) => (iso === null ? '' : iso.slice(0, 10));

function composeLetter(
  view: ApprovalRequestView,
  language: LetterLanguage,
  gstName: string,
  description: string,
): LetterDocument {
  const labels = approvalLetterLabels[language];
  const establishment = (e: { nameFr: string; nameAr: string | null } | null) =>
    e === null ? '' : language === 'ar' ? (e.nameAr ?? e.nameFr) : e.nameFr;
  const decision = [...view.history].reverse().find((event) => event.action === 'approve' || event.action === 'reject');
  return {
    language,
    letterhead: { organisation: gstName, establishment: establishment(view.originEstablishment), lines: [] },
    title: `${labels.title} — ${labels.type[view.type] ?? view.type}`,
    reference: view.id.slice(0, 8).toUpperCase(),
    issuedAt: day(view.decidedAt),
    blocks: [
      {
        kind: 'fields',
        rows: [
          { label: labels.request, value: description },
          { label: labels.requester, value: view.requester },
          { label: labels.origin, value: establishment(view.originEstablishment) },
          { label: labels.destination, value: establishment(view.destinationEstablishment) },
          { label: labels.submittedAt, value: day(view.submittedAt) },
          { label: labels.decidedAt, value: day(view.decidedAt) },
          { label: labels.decision, value: view.status === 'approved' ? labels.approved : labels.rejected },
        ],
      },
      { kind: 'heading', text: labels.steps },
      {
        kind: 'fields',
        rows: view.steps.map((step) => ({
          label: `${step.index + 1}. ${step.approver.role}`,
          value: [step.decidedBy, step.onBehalfOf ? `(${step.onBehalfOf})` : '', day(step.decidedAt)]
            .filter(Boolean)
            .join(' '),
        })),
      },
      ...(decision?.comment ? [{ kind: 'paragraph' as const, text: `${labels.comment} : ${decision.comment}` }] : []),
      { kind: 'signature', label: labels.decision, name: decision?.actor ?? '' },
    ],
    footer: labels.footer,
  };
}

/**
 * The decision letter of an approved or rejected request, as a PDF in French, Arabic or English. Audited.
 * @throws AppError not_found, conflict (not decided yet)
 */
export async function printApprovalLetter(
  db: Db,
  context: RequestContext,
  handlers: ApprovalTypeHandlers,
  id: string,
  language: LetterLanguage,
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const letter = await db.transaction(async (tx) => {
    const access = await loadApprovalRequest(tx, context.actor, id);
    const { record } = access.stored;
    if (record.status !== 'approved' && record.status !== 'rejected') {
      throw conflict('The request is not decided yet', [], { status: record.status });
    }
    const view = await readApprovalRequest(tx, context, access);
    const gst = await findGstById(tx, record.gstId);
    const description = (await handlers.get(record.type)?.describe(tx, record)) ?? record.type;
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'approval_request.letter',
        entityType: 'approval_request',
        entityId: id,
        gstId: record.gstId,
        purpose: record.type,
      }),
    );
    const gstName = language === 'ar' ? (gst?.nameAr ?? '') : (gst?.nameFr ?? '');
    return composeLetter(view, language, gstName, description);
  });
  return { pdf: await renderLetterPdf(letter), fileName: `decision-${letter.reference}` };
}

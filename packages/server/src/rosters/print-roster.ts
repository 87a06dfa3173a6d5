import { moroccoDay, type RosterDetail } from '@tansiq/domain';
import { findGstById, insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { renderLetterPdf, type LetterBlock, type LetterDocument, type LetterLanguage } from '../documents';
import type { RequestContext } from '../http/request-context';
import { loadRoster } from './load-roster';
import { presentRosterDetail } from './roster-presenter';

const labels: Record<
  LetterLanguage,
  { title: string; draft: string; gap: string; footer: string; garde: string; astreinte: string }
> = {
  fr: {
    title: 'Tableau des gardes et astreintes',
    draft: 'Projet, non publié',
    gap: 'À POURVOIR',
    footer: 'Tableau établi par le GST. Tout échange passe par une demande validée.',
    garde: 'Garde',
    astreinte: 'Astreinte',
  },
  ar: {
    title: 'جدول الحراسة والمداومة',
    draft: 'مشروع غير منشور',
    gap: 'شاغر',
    footer: 'جدول أعدته المجموعة الصحية الترابية. كل تبادل يمر عبر طلب مصادق عليه.',
    garde: 'حراسة',
    astreinte: 'مداومة',
  },
  en: {
    title: 'On-call roster (gardes and astreintes)',
    draft: 'Draft, not published',
    gap: 'UNFILLED',
    footer: 'Roster drawn up by the GST. Any swap goes through an approved request.',
    garde: 'Garde',
    astreinte: 'Astreinte',
  },
};

const clock = (instant: string) =>
  new Intl.DateTimeFormat('fr-MA', { timeZone: 'Africa/Casablanca', hour: '2-digit', minute: '2-digit' }).format(
    new Date(instant),
  );

/** The roster as letter blocks: one heading and one table (day → holder) per line. */
export function composeRosterLetter(
  detail: RosterDetail,
  language: LetterLanguage,
  organisation: string,
  issuedAt: string,
): LetterDocument {
  const text = labels[language];
  const names = new Map(detail.staff.map((person) => [person.staffId, person.name]));
  const blocks: LetterBlock[] = detail.lines.flatMap((line): LetterBlock[] => [
    { kind: 'heading', text: `${line.name} — ${text[line.kind]}` },
    {
      kind: 'fields',
      rows: detail.shifts
        .filter((shift) => shift.lineId === line.id)
        .map((shift) => ({
          label: `${shift.day}  ${clock(shift.startsAt)}–${clock(shift.endsAt)}`,
          value: shift.staffId ? (names.get(shift.staffId) ?? shift.staffId) : text.gap,
        })),
    },
  ]);
  return {
    language,
    letterhead: { organisation, establishment: text.title, lines: [detail.month] },
    title: `${text.title} — ${detail.month}`,
    reference: `${detail.month} v${detail.version}`,
    issuedAt,
    blocks: detail.status === 'draft' ? [{ kind: 'notice', text: text.draft }, ...blocks] : blocks,
    footer: text.footer,
  };
}

/**
 * Prints a roster as an A4 PDF in French, Arabic or English, to post on the ward's wall. Audited.
 * @throws AppError not_found.
 */
export async function printRoster(
  db: Db,
  context: RequestContext,
  id: string,
  language: LetterLanguage,
  now: Date = new Date(),
): Promise<{ pdf: Uint8Array; fileName: string }> {
  const letter = await db.transaction(async (tx) => {
    const loaded = await loadRoster(tx, context, id, false);
    const gst = await findGstById(tx, loaded.roster.gstId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'roster.print',
        entityType: 'roster',
        entityId: id,
        gstId: loaded.roster.gstId,
        details: { language },
      }),
    );
    const organisation = language === 'ar' ? (gst?.nameAr ?? '') : (gst?.nameFr ?? '');
    return composeRosterLetter(presentRosterDetail(loaded), language, organisation, moroccoDay(now));
  });
  return { pdf: await renderLetterPdf(letter), fileName: `roster-${letter.reference}-${language}` };
}

import type { LetterLanguage } from '../documents';

/** The words of the decision letter, per language (letters are composed server-side). */
export const approvalLetterLabels: Record<
  LetterLanguage,
  {
    title: string;
    approved: string;
    rejected: string;
    type: Record<string, string>;
    request: string;
    requester: string;
    origin: string;
    destination: string;
    submittedAt: string;
    decidedAt: string;
    decision: string;
    steps: string;
    comment: string;
    footer: string;
  }
> = {
  fr: {
    title: 'Décision sur demande',
    approved: 'Approuvée',
    rejected: 'Rejetée',
    type: { mobility: 'Mobilité du personnel', roster_swap: 'Échange de garde' },
    request: 'Objet',
    requester: 'Demandeur',
    origin: 'Établissement d’origine',
    destination: 'Établissement de destination',
    submittedAt: 'Soumise le',
    decidedAt: 'Décidée le',
    decision: 'Décision',
    steps: 'Circuit de validation',
    comment: 'Motif',
    footer: 'Document généré par Tansiq — décision tracée dans le journal d’audit',
  },
  ar: {
    title: 'قرار بشأن طلب',
    approved: 'مقبول',
    rejected: 'مرفوض',
    type: { mobility: 'تنقل الموظفين', roster_swap: 'تبادل الحراسة' },
    request: 'الموضوع',
    requester: 'مقدم الطلب',
    origin: 'المؤسسة الأصلية',
    destination: 'المؤسسة المستقبلة',
    submittedAt: 'تاريخ الإرسال',
    decidedAt: 'تاريخ القرار',
    decision: 'القرار',
    steps: 'مسار المصادقة',
    comment: 'السبب',
    footer: 'وثيقة صادرة عن تنسيق — القرار مسجل في سجل التدقيق',
  },
  en: {
    title: 'Decision on a request',
    approved: 'Approved',
    rejected: 'Rejected',
    type: { mobility: 'Staff mobility', roster_swap: 'Shift swap' },
    request: 'Subject',
    requester: 'Requester',
    origin: 'Origin establishment',
    destination: 'Destination establishment',
    submittedAt: 'Submitted on',
    decidedAt: 'Decided on',
    decision: 'Decision',
    steps: 'Approval chain',
    comment: 'Reason',
    footer: 'Issued by Tansiq — the decision is recorded in the audit trail',
  },
};

import type { Locale } from '@tansiq/domain';
import { referralPath } from './use-referral';

export const referralLetterKinds = ['referral', 'appointment', 'counter_referral'] as const;
export type ReferralLetterKind = (typeof referralLetterKinds)[number];

/** The URL of a referral's letter (PDF) in a language; the browser opens it with the session cookie. */
export const referralLetterUrl = (referralId: string, kind: ReferralLetterKind, language: Locale): string =>
  `${referralPath(referralId)}/letters/${kind}?language=${language}`;

/** The URL of one attachment (clinicians only). */
export const referralAttachmentUrl = (referralId: string, attachmentId: string): string =>
  `${referralPath(referralId)}/attachments/${encodeURIComponent(attachmentId)}`;

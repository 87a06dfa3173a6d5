import { specialties, type Locale, type Notification } from '@tansiq/domain';
import type { TFunction } from 'i18next';
import { localizedName } from '../../../lib/localized-name';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A notification as a sentence in the user's language, from its kind and parameters. */
export function notificationMessage(notification: Notification, t: TFunction, language: Locale): string {
  const { number, specialtyCode, urgency, timer } = notification.params;
  const specialty = specialties.find((candidate) => candidate.code === specialtyCode);
  return t(`notifications.kind.${notification.kind}`, {
    defaultValue: t('notifications.kind.other', { number: text(number) }),
    number: text(number),
    specialty: specialty ? localizedName(specialty, language) : text(specialtyCode),
    urgency: urgency ? t(`notifications.urgency.${text(urgency)}`, { defaultValue: '' }) : '',
    timer: timer ? t(`notifications.timer.${text(timer)}`, { defaultValue: text(timer) }) : '',
  });
}

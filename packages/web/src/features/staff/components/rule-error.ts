import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';

/** The message of a failed staff write: the rule broken (422) or the field issues, else the generic sentence. */
export function staffErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error) && (error.code === 'unprocessable' || error.code === 'validation_failed')) {
    const details = error.issues.map((issue) => issue.message).join(' · ');
    return t('staff.ruleBroken', { message: details || error.message });
  }
  return describeError(error, t);
}

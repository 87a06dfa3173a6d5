import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';

/** A refused decision in words: a 409 means someone decided first (or the records changed), anything else as usual. */
export function describeDecisionError(error: unknown, t: TFunction): string {
  return isApiError(error) && error.status === 409 ? t('duplicates.conflict') : describeError(error, t);
}

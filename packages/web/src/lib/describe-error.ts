import type { TFunction } from 'i18next';
import { isApiError } from './api-error';

/** A short, translated sentence for any error a page may meet. */
export function describeError(error: unknown, t: TFunction): string {
  if (isApiError(error)) {
    return t(`errors.${error.code}`, { defaultValue: error.message });
  }
  if (error instanceof Error && error.message) {
    return error.message;
  }
  return t('errors.internal');
}

/** Storage failures the user must hear about, in words they can act on. */
import { StorageFullError } from '../core/errors';
import { t } from '../core/i18n';

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { name?: unknown }).name === 'QuotaExceededError' ||
      (error as { inner?: { name?: unknown } }).inner?.name === 'QuotaExceededError')
  );
}

/** Runs a write; a full disk becomes a StorageFullError that says what was not saved (`what`, in words). */
export async function guardQuota<T>(what: () => string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) {
      throw new StorageFullError(t('errorStorageFull', what()));
    }
    throw error;
  }
}

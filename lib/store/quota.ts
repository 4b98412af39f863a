/** Storage failures the user must hear about, in words they can act on. */
import { StorageFullError } from '../core/errors';

function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ((error as { name?: unknown }).name === 'QuotaExceededError' ||
      (error as { inner?: { name?: unknown } }).inner?.name === 'QuotaExceededError')
  );
}

/** Runs a write; a full disk becomes a StorageFullError that says what was not saved. */
export async function guardQuota<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) {
      throw new StorageFullError(
        `Storage is full: ${what} could not be saved, and nothing was changed. Export a backup and delete old data in Options to free space.`,
      );
    }
    throw error;
  }
}

/**
 * Errors whose message is written for the user (what went wrong and what to do), shown as they
 * are. Any other error is a bug or a browser failure, and is reported with the message type it
 * happened in, for whoever debugs it.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** A file the user chose to import that is not a whole, valid SkillScout file. */
export class ImportError extends UserError {
  override name = 'ImportError';
}

/** A queue move the learning queue does not allow ("done" cannot go back to "saved"). */
export class QueueRuleError extends UserError {
  override name = 'QueueRuleError';
}

/** The browser refused a write for lack of space; nothing half-written was kept. */
export class StorageFullError extends UserError {
  override name = 'StorageFullError';
}

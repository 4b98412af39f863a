/**
 * An error whose message is written for the user (what went wrong and what to do), shown
 * as it is. Any other error is a bug or a browser failure, and is reported with the
 * message type it happened in, for whoever debugs it.
 */
export class UserError extends Error {
  override name = 'UserError';
}

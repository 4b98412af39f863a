/** The parts of the message protocol that need no schema: error replies and directions. */

/** What any handler may answer instead of its response. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && typeof (value as ErrorReply).error === 'string';
}

/** Which side may send a message type: content scripts from a web page, or extension pages. */
export function senderKindFor(type: string): 'content' | 'extension-page' {
  return type.startsWith('cs-') ? 'content' : 'extension-page';
}

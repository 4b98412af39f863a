/**
 * The typed sending side. Popup, options page and content script call
 * `request('ui-bg-get-summary', {})` instead of raw `sendMessage`; the transport is
 * injected (`browser.runtime.sendMessage` in the extension, a function in tests).
 */
import * as z from 'zod/mini';
import { isErrorReply, type MessageType, messageSchemas, type PayloadOf, type ResponseOf } from './messages';

export class MessageError extends Error {
  override name = 'MessageError';
}

export type Transport = (message: unknown) => Promise<unknown>;

export function createMessenger(send: Transport) {
  return async function request<T extends MessageType>(
    type: T,
    payload: PayloadOf<T>,
  ): Promise<ResponseOf<T>> {
    const reply = await send({ type, payload });
    if (reply === undefined) throw new MessageError(`${type}: the background did not answer`);
    if (isErrorReply(reply)) throw new MessageError(reply.error);
    const parsed = messageSchemas[type].response.safeParse(reply);
    if (!parsed.success) {
      throw new MessageError(`${type}: unexpected reply\n${z.prettifyError(parsed.error)}`);
    }
    return parsed.data as ResponseOf<T>;
  };
}

export type Request = ReturnType<typeof createMessenger>;

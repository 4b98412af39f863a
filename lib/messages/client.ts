/**
 * The typed sending side. Popup, options page and content script call
 * `request('ui-bg-get-summary', {})` instead of raw `sendMessage`; the transport is
 * injected (`browser.runtime.sendMessage` in the extension, a function in tests), and so
 * are the schemas, so the content script bundles only its own messages' schemas.
 */
import * as z from 'zod/mini';
import { t } from '../core/i18n';
import { isErrorReply } from './envelope';

export class MessageError extends Error {
  override name = 'MessageError';
}

export type Transport = (message: unknown) => Promise<unknown>;
type SchemaMap = Record<string, { payload: z.ZodMiniType; response: z.ZodMiniType }>;

/** The function `createMessenger` returns, for a given set of message schemas. */
export type Request<S extends SchemaMap> = ReturnType<typeof createMessenger<S>>;

export function createMessenger<S extends SchemaMap>(send: Transport, schemas: S) {
  return async function request<T extends keyof S & string>(
    type: T,
    payload: z.infer<S[T]['payload']>,
  ): Promise<z.infer<S[T]['response']>> {
    const reply = await send({ type, payload });
    if (reply === undefined) throw new MessageError(t('errorNoAnswer', type));
    if (isErrorReply(reply)) throw new MessageError(reply.error);
    const schema = schemas[type];
    if (!schema) throw new MessageError(t('errorNoSuchMessage', type));
    const parsed = schema.response.safeParse(reply);
    if (!parsed.success) {
      throw new MessageError(t('errorUnexpectedReply', type, z.prettifyError(parsed.error)));
    }
    return parsed.data as z.infer<S[T]['response']>;
  };
}

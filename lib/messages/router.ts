/**
 * The background's single message router: one handler per type,
 * the sender checked, every payload parsed with its schema, unknown types ignored,
 * failures answered as `{ error }`. Pure: the service worker hands it the raw message
 * and a description of the sender, so it is tested without a browser.
 */
import * as z from 'zod/mini';
import { UserError } from '../core/errors';
import { t } from '../core/i18n';
import {
  type ErrorReply,
  isMessageType,
  type MessageType,
  messageSchemas,
  type PayloadOf,
  type ResponseOf,
  senderKindFor,
} from './index';

/** The parts of `runtime.MessageSender` the router trusts, plus our own identity. */
export interface SenderInfo {
  /** Extension id of the sender; must equal ours. */
  id?: string;
  /** URL of the page or frame that sent it. */
  url?: string;
  tabId?: number;
}

export interface RouterOptions {
  /** Our own extension id (`browser.runtime.id`). */
  extensionId: string;
  /** Our own pages' origin, e.g. `chrome-extension://<id>`; tells extension pages from content scripts. */
  extensionOrigin: string;
  /** Called with every rejected message, for counting and debugging. */
  onRejected?: (reason: string, raw: unknown) => void;
}

export type Handlers = {
  [T in MessageType]: (payload: PayloadOf<T>, sender: SenderInfo) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

export type Router = (raw: unknown, sender: SenderInfo) => Promise<unknown> | undefined;

export function createRouter(handlers: Handlers, options: RouterOptions): Router {
  const reject = (reason: string, raw: unknown): ErrorReply => {
    options.onRejected?.(reason, raw);
    return { error: reason };
  };

  return (raw, sender) => {
    // Not ours to answer: other listeners (or nobody) may handle it. Returning undefined
    // keeps the channel free, as an unknown type must be ignored, not failed.
    if (typeof raw !== 'object' || raw === null || !isMessageType((raw as { type?: unknown }).type)) {
      return undefined;
    }
    const type = (raw as { type: MessageType }).type;
    if (sender.id !== options.extensionId) {
      options.onRejected?.(`${type}: sender is not this extension`, raw);
      return undefined;
    }
    const fromExtensionPage = sender.url?.startsWith(`${options.extensionOrigin}/`) ?? false;
    const expected = senderKindFor(type);
    if ((expected === 'extension-page') !== fromExtensionPage) {
      return Promise.resolve(
        reject(t(expected === 'content' ? 'errorWrongSender' : 'errorWrongSenderPage', type), raw),
      );
    }
    const parsed = messageSchemas[type].payload.safeParse((raw as { payload?: unknown }).payload);
    if (!parsed.success) {
      return Promise.resolve(reject(t('errorInvalidPayload', type, z.prettifyError(parsed.error)), raw));
    }
    return run(type, parsed.data, sender).catch((error: unknown) =>
      reject(
        error instanceof UserError
          ? error.message
          : t('errorFailed', type, error instanceof Error ? error.message : String(error)),
        raw,
      ),
    );
  };

  function run<T extends MessageType>(
    type: T,
    payload: PayloadOf<T>,
    sender: SenderInfo,
  ): Promise<ResponseOf<T>> {
    // Async wrapper so a handler that throws synchronously still becomes an `{ error }` reply.
    return (async () => handlers[type](payload, sender))();
  }
}

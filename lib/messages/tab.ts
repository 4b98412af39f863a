/**
 * Messages to a marketplace tab's content script, from the side panel (`ui-cs-…`) and from the
 * background's keyboard commands (`bg-cs-…`), and the content script's router for them: the
 * sender checked, every payload parsed with its schema, failures answered as `{ error }`. Kept
 * apart from the background's messages so the content script bundles only these schemas.
 */
import * as z from 'zod/mini';
import { t } from '../core/i18n';
import { LISTINGS_PER_MESSAGE } from '../core/limits';
import { Listing, ListingId, Platform } from '../core/model';
import type { ErrorReply } from './envelope';

export const StepDirection = z.enum(['next', 'previous']);
export type StepDirection = z.infer<typeof StepDirection>;

export const tabMessageSchemas = {
  /** The listings shown on the page now, in the page's order. */
  'ui-cs-get-listings': {
    payload: z.object({}),
    response: z.object({
      url: z.string(),
      platform: Platform,
      listings: z.array(Listing).check(z.maxLength(LISTINGS_PER_MESSAGE)),
    }),
  },
  /** Scrolls the page to the listing's card and highlights it for a moment. */
  'ui-cs-reveal': { payload: z.object({ listingId: ListingId }), response: z.object({ found: z.boolean() }) },
  /** The keyboard commands: focus the next or the previous card that fits the profile. */
  'bg-cs-step': {
    payload: z.object({ direction: StepDirection }),
    response: z.object({ listingId: z.optional(ListingId) }),
  },
} as const;

export type TabMessageType = keyof typeof tabMessageSchemas;
type Payload<T extends TabMessageType> = z.infer<(typeof tabMessageSchemas)[T]['payload']>;
type Response<T extends TabMessageType> = z.infer<(typeof tabMessageSchemas)[T]['response']>;

export type TabHandlers = {
  [T in TabMessageType]: (payload: Payload<T>) => Promise<Response<T>> | Response<T>;
};

/**
 * Routes one message received in the tab. Anything not ours to answer (another type, another
 * sender) gives undefined, so the channel stays free; a malformed payload is answered with why.
 */
export function createTabRouter(handlers: TabHandlers, extensionId: string) {
  return (raw: unknown, senderId: string | undefined): Promise<unknown> | undefined => {
    if (typeof raw !== 'object' || raw === null) return undefined;
    const type = (raw as { type?: unknown }).type;
    if (typeof type !== 'string' || !Object.hasOwn(tabMessageSchemas, type)) return undefined;
    if (senderId !== extensionId) return undefined;
    const name = type as TabMessageType;
    const parsed = tabMessageSchemas[name].payload.safeParse((raw as { payload?: unknown }).payload);
    if (!parsed.success) {
      return Promise.resolve<ErrorReply>({
        error: t('errorInvalidPayload', name, z.prettifyError(parsed.error)),
      });
    }
    const handler = handlers[name] as (payload: unknown) => unknown;
    return (async () => handler(parsed.data))().catch(
      (error: unknown): ErrorReply => ({
        error: t('errorFailed', name, error instanceof Error ? error.message : String(error)),
      }),
    );
  };
}

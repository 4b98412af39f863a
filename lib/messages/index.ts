/**
 * Every message between the extension's parts, validated where it is received.
 * Names say the direction: `cs-bg-…` content script → background, `ui-bg-…` an extension
 * page (popup, options, dashboard) → background. Each type has a payload schema and a
 * response schema; types are inferred from them (design rule: never written twice).
 */
import type * as z from 'zod/mini';
import { contentMessageSchemas } from './content';
import { progressMessageSchemas } from './progress';
import { uiMessageSchemas } from './ui';

export * from './content';
export * from './envelope';
export * from './ui';

export const messageSchemas = { ...contentMessageSchemas, ...uiMessageSchemas, ...progressMessageSchemas };

export type MessageType = keyof typeof messageSchemas;
export type PayloadOf<T extends MessageType> = z.infer<(typeof messageSchemas)[T]['payload']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messageSchemas)[T]['response']>;

export function isMessageType(value: unknown): value is MessageType {
  return typeof value === 'string' && Object.hasOwn(messageSchemas, value);
}

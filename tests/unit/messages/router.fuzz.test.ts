/**
 * The message router under random input: every message type with payloads of any shape,
 * from any sender, through the real handlers over a real (fake-indexeddb) store. A payload
 * its schema refuses gets an `{ error }` and changes nothing stored.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { tagListing, tagsFor } from '@/lib/gigs/tagging';
import { type MessageType, messageSchemas } from '@/lib/messages';
import { createRouter } from '@/lib/messages/router';
import { type Database, openDatabase } from '@/lib/store/db';
import { recordPageScan } from '@/lib/store/listings';
import { saveToQueue } from '@/lib/store/queue';
import { exportBackup } from '@/lib/store/whole-store';
import { realListings, scanOf } from '../store/helpers';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const NOW = Date.parse('2026-02-20T12:00:00Z');
const TYPES = Object.keys(messageSchemas) as MessageType[];

let db: Database;
let route: ReturnType<typeof createRouter>;
beforeAll(async () => {
  db = await openDatabase({ name: `fuzz-${crypto.randomUUID()}` });
  await recordPageScan(db, scanOf(realListings), NOW, tagListing);
  await saveToQueue(db, realListings[7]!, NOW);
  route = createRouter(
    createHandlers({ db: async () => db, tag: tagListing, describe: tagsFor, now: () => NOW }),
    {
      extensionId: ID,
      extensionOrigin: ORIGIN,
    },
  );
});

const snapshot = async () => {
  const { exportedAt: _, ...rest } = await exportBackup(db, NOW);
  return JSON.stringify(rest);
};

/** Payloads of every kind: anything at all, and near-misses of real objects. */
const payloads = fc.oneof(
  fc.anything(),
  fc.record({
    listingId: fc.oneof(fc.string(), fc.constant('upwork:2025050196192886766')),
    status: fc.string(),
  }),
  fc.record({ kind: fc.constantFrom('backup', 'progress-csv', 'csv', ''), text: fc.string() }),
  fc.record({ confirm: fc.oneof(fc.boolean(), fc.string(), fc.constant('true')) }),
  fc.record({
    listings: fc.array(fc.record({ id: fc.string(), title: fc.string(), url: fc.webUrl() }), {
      maxLength: 3,
    }),
  }),
);
const senders = fc.constantFrom(
  { id: ID, url: `${ORIGIN}/popup.html` },
  { id: ID, url: 'https://www.upwork.com/nx/search/jobs/', tabId: 3 },
  { id: 'another-extension', url: 'https://evil.example/' },
  {},
);

describe('the router under random messages', () => {
  it('refuses every payload its schema refuses, and nothing stored changes', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TYPES), payloads, senders, async (type, payload, sender) => {
        fc.pre(!messageSchemas[type].payload.safeParse(payload).success);
        const reply = await route({ type, payload }, sender);
        // Ignored (another extension, no id) or refused with a message; never handled.
        if (reply !== undefined) expect(reply).toEqual({ error: expect.any(String) });
      }),
      { numRuns: 300 },
    );
    expect(await snapshot()).toBe(before);
  }, 30_000);

  it('ignores what is not a message at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), async (raw) => {
        fc.pre(
          typeof raw !== 'object' ||
            raw === null ||
            !TYPES.includes((raw as { type?: MessageType }).type as MessageType),
        );
        expect(route(raw, { id: ID, url: `${ORIGIN}/popup.html` })).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});

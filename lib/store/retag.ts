/**
 * Tagging stored listings again when the tagger changed (a new skill taxonomy, a new difficulty
 * model), so old data does not keep old levels. The version of the tags the store holds is kept
 * in `meta`; when it differs from the running tagger's, listings are read in key order a batch at
 * a time and tagged again, and the demand tallies move each changed listing from its old skills
 * and level to its new ones. Each batch commits with its listings, its tallies and how far it got:
 * a service worker stopped midway resumes where it was and counts nothing twice.
 */
import { t } from '../core/i18n';
import { isDemand, type SkillWeek } from '../demand/tallies';
import type { Database, StoredListing, TagListing } from './db';
import { guardQuota } from './quota';
import { recountListingInTx } from './tally';
import { commit } from './tx';

/** `meta` keys: the version of the tags stored, and the last listing tagged by an unfinished run. */
export const TAGS_VERSION_KEY = 'tagsVersion';
const PROGRESS_KEY = 'retagProgress';
/** Listings tagged per transaction: small enough that a batch never holds the store for long. */
export const RETAG_BATCH = 200;

interface Progress {
  version: number;
  after: string;
}

const isProgress = (value: unknown): value is Progress =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Progress).version === 'number' &&
  typeof (value as Progress).after === 'string';

const sameTags = (a: StoredListing, b: StoredListing): boolean =>
  a.level === b.level &&
  (a.uncertain === true) === (b.uncertain === true) &&
  a.skills.length === b.skills.length &&
  a.skills.every((s, i) => s === b.skills[i]);

/** A listing the tagger fails on keeps the tags it has: one odd listing must not stop the rest. */
function tagSafely(tag: TagListing, row: StoredListing): ReturnType<TagListing> | undefined {
  try {
    return tag(row.listing);
  } catch {
    return undefined;
  }
}

/** One batch: up to RETAG_BATCH listings after `after`. Returns the last key read, or undefined at the end. */
async function retagBatch(db: Database, version: number, tag: TagListing, after: string | undefined) {
  const tx = db.transaction(['listings', 'tallies', 'meta'], 'readwrite');
  return commit(tx, async () => {
    const tallies = tx.objectStore('tallies');
    const touched = new Map<string, SkillWeek>();
    let cursor = await tx
      .objectStore('listings')
      .openCursor(after === undefined ? null : IDBKeyRange.lowerBound(after, true));
    let last: string | undefined;
    let changed = 0;
    for (let read = 0; cursor && read < RETAG_BATCH; read++) {
      const before = cursor.value;
      const fresh = tagSafely(tag, before);
      const after: StoredListing = { ...before, ...fresh };
      if (fresh && !sameTags(before, after)) {
        if (isDemand(after.platform))
          after.counted = await recountListingInTx(tallies, touched, before, after);
        await cursor.update(after);
        changed++;
      }
      last = before.id;
      cursor = await cursor.continue();
    }
    for (const row of touched.values()) {
      // A row whose every listing moved to other skills counts nothing: it goes, as if never made.
      if (row.days.every((n) => n === 0)) await tallies.delete([row.skill, row.week]);
      else await tallies.put(row);
    }
    const meta = tx.objectStore('meta');
    if (cursor && last !== undefined) await meta.put({ key: PROGRESS_KEY, value: { version, after: last } });
    else {
      await meta.put({ key: TAGS_VERSION_KEY, value: version });
      await meta.delete(PROGRESS_KEY);
    }
    return { next: cursor ? last : undefined, changed };
  });
}

export interface RetagOutcome {
  /** Listings whose skills or level changed. */
  changed: number;
  /** False when the store already held this version's tags. */
  ran: boolean;
}

/** Brings every stored listing to the tags of `version`; a no-op when the store is there already. */
export async function retagStored(db: Database, version: number, tag: TagListing): Promise<RetagOutcome> {
  if ((await db.get('meta', TAGS_VERSION_KEY))?.value === version) return { changed: 0, ran: false };
  const progress = (await db.get('meta', PROGRESS_KEY))?.value;
  let after = isProgress(progress) && progress.version === version ? progress.after : undefined;
  let changed = 0;
  do {
    const batch = await guardQuota(
      () => t('savingRetag'),
      () => retagBatch(db, version, tag, after),
    );
    changed += batch.changed;
    after = batch.next;
  } while (after !== undefined);
  return { changed, ran: true };
}

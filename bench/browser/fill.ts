/**
 * Bundled by bench/popup.ts and run inside the extension's own options page, where it writes
 * synthetic listings into the real IndexedDB through the same store code the background uses.
 */
import type { Listing, Platform } from '../../lib/core/model';
import { DAY_MS } from '../../lib/core/time';
import { tagListing } from '../../lib/gigs/tagging';
import { taxonomy } from '../../lib/skills';
import { openDatabase } from '../../lib/store/db';
import { recordPageScan } from '../../lib/store/listings';

const PLATFORMS: Platform[] = ['upwork', 'freelancer', 'toptal', 'peopleperhour', 'guru'];
const LEVELS = ['entry', 'intermediate', 'expert'] as const;

async function fill(from: number, to: number, now: number): Promise<void> {
  const names = taxonomy()
    .skills.slice(0, 300)
    .map((s) => s.name);
  const db = await openDatabase();
  for (let start = from; start < to; start += 50) {
    const listings: Listing[] = [];
    for (let n = start; n < Math.min(start + 50, to); n++) {
      const platform = PLATFORMS[n % PLATFORMS.length] as Platform;
      listings.push({
        id: `${platform}:${500_000 + n}`,
        platform,
        url: `https://www.example.com/jobs/${n}`,
        title: `${names[n % names.length]} and ${names[(n * 7) % names.length]} for a small business`,
        description: `We need help with ${names[(n * 13) % names.length]}. Simple task, clear brief.`,
        budget: { kind: 'fixed', min: 50 + (n % 20) * 25, max: 50 + (n % 20) * 25, currency: 'USD' },
        platformLevel: LEVELS[n % 3],
        platformSkills: [names[n % names.length] as string],
      });
    }
    const day = Math.floor(start / 50) % 30;
    await recordPageScan(
      db,
      { url: 'https://www.upwork.com/nx/search/jobs/', platform: 'upwork', pageKind: 'search', listings },
      now - day * DAY_MS,
      tagListing,
    );
  }
  db.close();
}

(globalThis as unknown as { __skillscoutFill: typeof fill }).__skillscoutFill = fill;

/**
 * The work per card (parse, then tag and card UI, which the extension splits between the
 * content script and the background) on the real saved Upwork page,
 * and on a page grown to 1,000 cards: the cost per card must stay flat as the page grows.
 * Runs in happy-dom, so absolute times are not a browser's; the ratio is the point.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { DEFAULT_PROFILE } from '../lib/core/profile';
import { assessFit } from '../lib/gigs/fit';
import { tagsFor } from '../lib/gigs/tagging';
import { renderCardUi } from '../lib/page/card-ui';
import { markCard } from '../lib/page/marks';
import upwork from '../lib/sites/upwork';

const html = readFileSync(new URL('../tests/fixtures/upwork/search-2026-02.html', import.meta.url), 'utf8');
const URL_SEARCH = new URL('https://www.upwork.com/nx/search/jobs/?q=automation');
const profile = { ...DEFAULT_PROFILE, skills: ['html', 'css', 'copywriting'], goals: ['shopify', 'n8n'] };

/** A page with `count` job tiles: the ten real ones repeated under new uids. */
function pageWith(count: number): { window: Window; doc: Document } {
  const window = new Window({ url: URL_SEARCH.href });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const tiles = [...doc.querySelectorAll('article[data-ev-job-uid]')];
  const list = tiles[0]?.parentElement;
  for (let n = tiles.length; n < count; n++) {
    const tile = tiles[n % tiles.length]?.cloneNode(true) as Element;
    const uid = `19${String(n).padStart(17, '0')}`;
    tile.setAttribute('data-ev-job-uid', uid);
    tile.querySelector('[data-test~="job-tile-title-link"]')?.setAttribute('href', `/jobs/x_~02${uid}/`);
    list?.append(tile);
  }
  return { window, doc };
}

/** The scanner's work for every card of the page, as on first load: find, parse, mark, tag, decorate. */
function readPage(doc: Document): number {
  const { found } = upwork.parseCards(upwork.findCards(doc), URL_SEARCH);
  for (const { card, listing } of found) {
    markCard(card, 'read');
    // In the extension the tags come from the background; here the same work runs in one place.
    const tags = tagsFor(listing);
    const model = {
      listing,
      tags,
      fit: assessFit(profile, tags),
      saved: false,
      hideMode: 'none',
      highlight: true,
    } as const;
    renderCardUi(card, model, async () => {});
  }
  return found.length;
}

function msPerCard(count: number, runs: number): number {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { window, doc } = pageWith(count);
    const started = performance.now();
    const read = readPage(doc);
    samples.push((performance.now() - started) / read);
    void window.happyDOM.close();
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

export interface PageBench {
  msPerCardRealPage: number;
  msPerCardAt50: number;
  msPerCardAt1000: number;
  perCardFlat: number;
}

export function benchPage(log: (line: string) => void = console.log): PageBench {
  msPerCard(50, 2); // warm-up: JIT and the tagger's index
  const msPerCardRealPage = msPerCard(10, 7);
  const msPerCardAt50 = msPerCard(50, 5);
  // One 1,000-card page: happy-dom holds a few hundred thousand nodes for it.
  const msPerCardAt1000 = msPerCard(1_000, 1);
  const perCardFlat = msPerCardAt1000 / msPerCardAt50;
  log(
    `page: parse + tag + card UI on the real Upwork page: ${msPerCardRealPage.toFixed(2)} ms per card (happy-dom)`,
  );
  log(
    `page: per card at 50 cards ${msPerCardAt50.toFixed(2)} ms, at 1,000 cards ${msPerCardAt1000.toFixed(2)} ms → ×${perCardFlat.toFixed(2)}`,
  );
  return { msPerCardRealPage, msPerCardAt50, msPerCardAt1000, perCardFlat };
}

/**
 * Getting ready for a marketplace page's cards before they arrive: the first listing tagged
 * builds the tagger's index and loads the difficulty model, and the first message opens the
 * database; done when a page opens its port, a page's first answer does neither.
 */
import type { Listing } from '../core/model';
import type { HandlerDeps } from './deps';
import { measureOnWorker } from './timeline';

/** Words enough to run every part of the tagger and the difficulty model once. */
const SAMPLE: Listing = {
  id: 'upwork:warm-up',
  platform: 'upwork',
  url: 'https://www.upwork.com/jobs/warm-up',
  title: 'Shopify store setup with custom CSS',
  description: 'Looking for a beginner-friendly developer to set up a Shopify theme. Budget $50.',
  platformSkills: ['Shopify', 'CSS'],
  budget: { kind: 'fixed', min: 50, max: 50, currency: 'USD' },
};

/**
 * A measure on the worker's performance timeline per warm-up: the first one, with a cold worker,
 * is what a page's first answer waits for; the benchmark in real Chromium reads it.
 */
export const WARM_UP_MEASURE = 'skillscout:warm-up';

export function warmUp({ db, describe }: Pick<HandlerDeps, 'db' | 'describe'>): void {
  const start = performance.now();
  describe(SAMPLE);
  measureOnWorker(WARM_UP_MEASURE, start);
  db().catch(() => {
    // A database that cannot open is reported by the first message that needs it.
  });
}

/**
 * The adapter registry: one adapter per marketplace. A marketplace with no adapter would
 * still be a marketplace: the content script runs there and reports "no adapter". Pages no
 * adapter reads can be tried with the generic detector (`./generic`).
 */

import { marketplaceForHost } from '../core/platforms';
import fiverr from './fiverr';
import freelancer from './freelancer';
import guru from './guru';
import peopleperhour from './peopleperhour';
import toptal from './toptal';
import type { SiteAdapter } from './types';
import upwork from './upwork';

export const SITES: readonly SiteAdapter[] = [upwork, freelancer, fiverr, toptal, peopleperhour, guru];

export function adapterForUrl(url: URL): SiteAdapter | undefined {
  const id = marketplaceForHost(url.hostname);
  return SITES.find((site) => site.id === id);
}

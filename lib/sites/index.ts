/**
 * The adapter registry. A marketplace with no adapter yet is still a marketplace: the
 * content script runs there and reports "no adapter" so the popup can say so.
 */
import { marketplaceForHost } from './hosts';
import type { SiteAdapter } from './types';
import upwork from './upwork';

export const SITES: readonly SiteAdapter[] = [upwork];

export function adapterForUrl(url: URL): SiteAdapter | undefined {
  const id = marketplaceForHost(url.hostname);
  return SITES.find((site) => site.id === id);
}

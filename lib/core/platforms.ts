import { t } from './i18n';

/**
 * The marketplaces SkillScout reads: the one list of sites. Their ids, the names people know
 * them by and the only hosts the extension asks permission for live here, so the manifest, the
 * content script's `matches`, the e2e host mapping and every label on screen cannot drift apart.
 */
export const MARKETPLACES = [
  { id: 'upwork', label: 'Upwork', host: 'www.upwork.com' },
  { id: 'freelancer', label: 'Freelancer.com', host: 'www.freelancer.com' },
  { id: 'fiverr', label: 'Fiverr', host: 'www.fiverr.com' },
  { id: 'toptal', label: 'Toptal', host: 'www.toptal.com' },
  { id: 'peopleperhour', label: 'PeoplePerHour', host: 'www.peopleperhour.com' },
  { id: 'guru', label: 'Guru', host: 'www.guru.com' },
] as const;

export type MarketplaceId = (typeof MARKETPLACES)[number]['id'];

/** `www.upwork.com` → `*://*.upwork.com/*`: any subdomain, http or https. */
export function matchPatternFor(host: string): string {
  return `*://*.${host.replace(/^www\./, '')}/*`;
}

export const MARKETPLACE_MATCHES: string[] = MARKETPLACES.map((m) => matchPatternFor(m.host));

/** Which marketplace a page belongs to, from its hostname (subdomains included). */
export function marketplaceForHost(hostname: string): MarketplaceId | undefined {
  const host = hostname.toLowerCase();
  for (const m of MARKETPLACES) {
    const domain = m.host.replace(/^www\./, '');
    if (host === domain || host.endsWith(`.${domain}`)) return m.id;
  }
  return undefined;
}

/**
 * "Upwork", "Freelancer.com": marketplace names are brands, the same in every language; a page
 * read by the generic detector is on "another job board", in the user's words.
 */
export function platformLabel(platform: string): string {
  return MARKETPLACES.find((m) => m.id === platform)?.label ?? t('platformOther');
}

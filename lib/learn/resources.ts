/**
 * Free ways to learn each skill: curated, committed and shipped with the background (never with
 * the content script). The data is a packed text (`resources.data.ts`, one line per resource) so it
 * stays readable to review and cheap to ship; it is unpacked and validated once, on first use.
 *
 * A resource names the skills it teaches directly and, with `@category`, the categories it is a
 * starting point for. `resourcesFor` (coverage.ts) says how a skill is covered: directly, through
 * the broader skill it is a kind of, or by its category's starting points.
 */
import * as z from 'zod/mini';
import { CATEGORIES, type CategoryId } from '../skills/types';
import { PACKED_RESOURCES } from './resources.data';

export const RESOURCE_KINDS = ['course', 'docs', 'practice', 'certificate'] as const;
export const RESOURCE_LEVELS = ['beginner', 'intermediate', 'expert'] as const;

/**
 * Query parameters that track who sent a visitor (campaign tags, referrers, ad clicks): a link we
 * ship must never carry one, so opening it tells a site nothing about SkillScout or the user.
 */
export const TRACKING_PARAMS = [
  /^utm_/i,
  /^(ref|referrer|ref_src|ref_url|source|src)$/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|trk|trkcampaign|si|affiliate|aff|aff_id|partner)$/i,
];

export function trackingParams(url: URL): string[] {
  return [...url.searchParams.keys()].filter((k) => TRACKING_PARAMS.some((p) => p.test(k)));
}

const HttpsUrl = z.string().check(
  z.refine((s) => {
    try {
      const url = new URL(s);
      return (
        url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.')
      );
    } catch {
      return false;
    }
  }, 'expected an https:// address with a host'),
  z.refine((s) => {
    try {
      return trackingParams(new URL(s)).length === 0 && !new URL(s).hash.includes('utm_');
    } catch {
      return true;
    }
  }, 'the address carries a tracking parameter'),
);

export const Resource = z.object({
  url: HttpsUrl,
  title: z.string().check(z.minLength(3), z.maxLength(120)),
  provider: z.string().check(z.minLength(2), z.maxLength(60)),
  kind: z.enum(RESOURCE_KINDS),
  level: z.enum(RESOURCE_LEVELS),
  /** Rough hours to work through it (a guide, not a promise). */
  hours: z.number().check(z.gt(0), z.lte(1500)),
  /** Skills it teaches directly. */
  skills: z.array(z.string().check(z.minLength(1))),
  /** Categories it is a starting point for: covers a skill of the category nothing else covers. */
  categories: z.array(z.enum(Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]])),
  /** When the link was last checked (see lib/learn/README.md for how). */
  checked: z.iso.date(),
});
export type Resource = z.infer<typeof Resource>;

const FIELD_COUNT = 7;

/**
 * `kind|level|hours|provider|title|url|skill skill @category` per line; a `# checked YYYY-MM-DD`
 * line dates the lines after it. Throws with the line number on anything malformed.
 */
export function unpackResources(packed: string): Resource[] {
  const out: Resource[] = [];
  let checked = '';
  packed.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const date = /^# checked (\S+)$/.exec(line);
    if (date) {
      checked = date[1] ?? '';
      return;
    }
    if (line.startsWith('#')) return;
    const f = line.split('|');
    if (f.length !== FIELD_COUNT) throw new Error(`resources line ${i + 1}: expected ${FIELD_COUNT} fields`);
    const [kind, level, hours, provider, title, url, covers] = f.map((s) => s.trim());
    const tokens = (covers ?? '').split(/\s+/).filter(Boolean);
    const parsed = Resource.safeParse({
      kind,
      level,
      hours: Number(hours),
      provider,
      title,
      url,
      skills: tokens.filter((t) => !t.startsWith('@')),
      categories: tokens.filter((t) => t.startsWith('@')).map((t) => t.slice(1)),
      checked,
    });
    if (!parsed.success) throw new Error(`resources line ${i + 1}: ${z.prettifyError(parsed.error)}`);
    out.push(parsed.data);
  });
  return out;
}

let loaded: Resource[] | undefined;

/** Every shipped resource, unpacked on first call. */
export function allResources(): Resource[] {
  loaded ??= unpackResources(PACKED_RESOURCES);
  return loaded;
}

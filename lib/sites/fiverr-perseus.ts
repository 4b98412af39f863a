/**
 * Fiverr's pages carry their data as JSON in `script#perseus-initial-props` (the props its
 * client renders the page from). It is read as data: `JSON.parse` of the element's text, never
 * run. Only the fields SkillScout uses are validated and kept; anything else, or a script that
 * is missing, not JSON or shaped differently, reads as "no data" and the cards' own text is used.
 */
import * as z from 'zod/mini';
import type { Gig, SellerLevel } from '../core/model';

const SearchGig = z.object({
  gig_id: z.number(),
  /** `<gig id>_<position>`: the same gig can be listed twice (an ad and an organic copy). */
  u_id: z.optional(z.string()),
  title: z.string(),
  gig_url: z.string(),
  seller_name: z.string(),
  seller_level: z.optional(z.nullable(z.string())),
  is_pro: z.optional(z.boolean()),
  /** `promoted_gigs` (an ad), `pro`, `choice_modality` (a Fiverr's Choice pick), or none. */
  type: z.optional(z.string()),
  is_fiverr_choice: z.optional(z.boolean()),
  buying_review_rating: z.optional(z.number()),
  buying_review_rating_count: z.optional(z.number()),
  /** The seller's starting price in the page's currency; the card prints it with Fiverr's fee added. */
  price_i: z.optional(z.number()),
});
export type SearchGig = z.infer<typeof SearchGig>;

/** The currency a page shows its prices in. */
export const Currency = z.object({ name: z.string().check(z.regex(/^[A-Z]{3}$/)) });

const cache = new WeakMap<Element, { text: string; data: unknown }>();

/** The page's props, parsed once per version of the script's text; undefined when unreadable. */
export function perseusProps(root: ParentNode): unknown {
  const script = root.querySelector('script#perseus-initial-props');
  if (!script) return undefined;
  const text = script.textContent ?? '';
  const known = cache.get(script);
  if (known && known.text === text) return known.data;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  cache.set(script, { text, data });
  return data;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export interface SearchData {
  /** By `u_id`, the id each card carries in `data-gig-id`. */
  byPlacement: Map<string, SearchGig>;
  /** By gig id, the first listing of each gig. */
  byGig: Map<number, SearchGig>;
  gigs: SearchGig[];
  currency?: string;
}

const searchCache = new WeakMap<object, SearchData>();

/** The gigs a search or category page lists: the results and the Fiverr's Choice picks above them. */
export function searchData(props: unknown): SearchData {
  const known = props && typeof props === 'object' ? searchCache.get(props) : undefined;
  if (known) return known;
  const data: SearchData = { byPlacement: new Map(), byGig: new Map(), gigs: [] };
  if (props && typeof props === 'object') searchCache.set(props, data);
  for (const listing of list(record(props).listings)) {
    const raw = [
      ...list(record(listing).gigs),
      ...list(record(record(listing).choiceModalities).buckets).map((b) => record(b).gig),
    ];
    for (const item of raw) {
      const gig = SearchGig.safeParse(item);
      if (!gig.success) continue;
      data.gigs.push(gig.data);
      if (gig.data.u_id) data.byPlacement.set(gig.data.u_id, gig.data);
      if (!data.byGig.has(gig.data.gig_id)) data.byGig.set(gig.data.gig_id, gig.data);
    }
    const currency = Currency.safeParse(record(record(listing).context).currency);
    if (currency.success) data.currency ??= currency.data.name;
  }
  return data;
}

/** `top_rated_seller`, `LEVEL_TWO`, `seller_level_one_badge`, "Level 2", "Vetted Pro" → a level. */
export function sellerLevel(code: string | null | undefined, isPro = false): SellerLevel | undefined {
  if (isPro) return 'pro';
  const c = (code ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  if (/\bpro\b/.test(c)) return 'pro';
  if (/\btop rated\b/.test(c)) return 'top-rated';
  if (/\blevel (two|2)\b/.test(c)) return 'level-2';
  if (/\blevel (one|1)\b/.test(c)) return 'level-1';
  if (/\bnew\b|\bno level\b/.test(c)) return 'new';
  return undefined;
}

/** What the JSON says about one listed gig; a gig with no level is a new seller's (no badge). */
export function gigFromJson(json: SearchGig): Gig {
  const gig: Gig = {
    gigId: String(json.gig_id),
    seller: json.seller_name,
    sellerLevel: sellerLevel(json.seller_level, json.is_pro || json.type === 'pro') ?? 'new',
    ad: json.type === 'promoted_gigs',
    fiverrChoice: Boolean(json.is_fiverr_choice) || json.type === 'choice_modality',
  };
  if (json.buying_review_rating !== undefined) gig.rating = json.buying_review_rating;
  if (json.buying_review_rating_count !== undefined) gig.reviews = json.buying_review_rating_count;
  return gig;
}

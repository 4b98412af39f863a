/**
 * A Fiverr gig page (`/<seller>/<gig-slug>`): one gig, its seller and its packages. The page's
 * JSON gives all three packages exactly (prices in cents, delivery in hours); the sidebar shows
 * only the first, with the buyer's fee added, and is read when the JSON is not there.
 */
import * as z from 'zod/mini';
import type { Gig, GigPackage, Listing } from '../core/model';
import { cardSellerLevel } from './fiverr-card';
import { Currency, perseusProps, sellerLevel } from './fiverr-perseus';
import { clip, firstText, parseMoney, skillNames, visibleText } from './text';

/** The parts of a gig page's props SkillScout reads; the rest is left unread. */
const GigPageProps = z.object({
  general: z.optional(
    z.object({
      gigId: z.optional(z.number()),
      gigTitle: z.optional(z.string()),
      isPro: z.optional(z.boolean()),
    }),
  ),
  overview: z.optional(
    z.object({
      gig: z.optional(z.object({ rating: z.optional(z.number()), ratingsCount: z.optional(z.number()) })),
      seller: z.optional(z.object({ username: z.optional(z.string()) })),
    }),
  ),
  seller: z.optional(
    z.object({ sellerLevel: z.optional(z.nullable(z.string())), isPro: z.optional(z.boolean()) }),
  ),
  packages: z.optional(
    z.object({
      packageList: z.array(
        z.object({
          title: z.string(),
          description: z.optional(z.string()),
          /** Cents. */
          price: z.number(),
          /** Hours. */
          duration: z.optional(z.number()),
          revisions: z.optional(z.object({ value: z.number() })),
        }),
      ),
    }),
  ),
  tags: z.optional(z.object({ tagsGigList: z.array(z.object({ name: z.string() })) })),
  currency: z.optional(Currency),
});
type GigPageProps = z.infer<typeof GigPageProps>;

function gigPageData(props: unknown): GigPageProps | undefined {
  const parsed = GigPageProps.safeParse(props);
  return parsed.success ? parsed.data : undefined;
}

function packagesFromProps(props: GigPageProps | undefined): GigPackage[] {
  return (props?.packages?.packageList ?? []).slice(0, 5).map((p) => {
    const pkg: GigPackage = { name: clip(p.title, 100), price: p.price / 100 };
    if (p.description) pkg.description = clip(p.description, 2_000);
    if (p.duration !== undefined) pkg.deliveryDays = Math.round((p.duration / 24) * 10) / 10;
    const revisions = p.revisions?.value;
    if (revisions !== undefined) pkg.revisions = revisions < 0 ? 'unlimited' : Math.round(revisions);
    return pkg;
  });
}

/** The sidebar's package: "<b>Starter</b> Single logo…", "$45.70", "3-day delivery", "2 Revisions". */
function packageFromSidebar(page: Element): GigPackage | undefined {
  const content = page.querySelector('.package-content');
  const price = parseMoney(firstText(content ?? page, ['.price-wrapper', 'h3']))[0];
  const nameEl = content?.querySelector('header b');
  const name = visibleText(nameEl);
  if (!content || !price || !name) return undefined;
  const pkg: GigPackage = { name: clip(name, 100), price: price.amount };
  const about = visibleText(nameEl?.parentElement).replace(name, '').trim();
  if (about) pkg.description = clip(about, 2_000);
  const days = firstText(content, ['.delivery']).match(/(\d+)[-\s]*days?/i)?.[1];
  if (days) pkg.deliveryDays = Number(days);
  const revisions = firstText(content, ['.revisions']);
  if (/unlimited/i.test(revisions)) pkg.revisions = 'unlimited';
  else if (/^\d+/.test(revisions)) pkg.revisions = Number.parseInt(revisions, 10);
  return pkg;
}

export function readGigPage(page: Element, listing: Listing): Listing {
  const props = gigPageData(perseusProps(page.ownerDocument ?? page));
  const packages = packagesFromProps(props);
  const sidebar = packages.length === 0 ? packageFromSidebar(page) : undefined;
  if (sidebar) packages.push(sidebar);
  const ratingText = page.querySelector('[data-track-tag="rating"]')?.getAttribute('data-track-value') ?? '';
  const reviewsText = visibleText(page).match(/\((\d[\d,]*) reviews?\)/i)?.[1];

  const gig: Gig = { ...listing.gig };
  const gigId = props?.general?.gigId;
  if (gigId !== undefined) gig.gigId = String(gigId);
  gig.seller = props?.overview?.seller?.username ?? gig.seller;
  const isPro = Boolean(props?.general?.isPro || props?.seller?.isPro);
  const level = sellerLevel(props?.seller?.sellerLevel, isPro) ?? cardSellerLevel(page);
  if (level) gig.sellerLevel = level;
  const rating = props?.overview?.gig?.rating ?? Number.parseFloat(ratingText);
  if (rating >= 0 && rating <= 5) gig.rating = rating;
  const reviews = props?.overview?.gig?.ratingsCount ?? Number(reviewsText?.replace(/,/g, '') ?? Number.NaN);
  if (Number.isInteger(reviews) && reviews >= 0) gig.reviews = reviews;
  if (packages.length > 0) gig.packages = packages;

  const out: Listing = { ...listing, gig };
  // The gig's own description is HTML inside the JSON, which is not ours to parse: the package
  // texts say what is sold, and the seller's tags are the gig's skills as the seller chose them.
  out.description = clip(
    packages.map((p) => [p.name, p.description].filter(Boolean).join(': ')).join('\n'),
    50_000,
  );
  out.platformSkills = skillNames((props?.tags?.tagsGigList ?? []).map((t) => t.name));
  const prices = packages.map((p) => p.price);
  const currency = props?.currency?.name ?? parseMoney(firstText(page, ['.price-wrapper']))[0]?.currency;
  if (prices.length > 0 && currency)
    out.budget = { kind: 'fixed', min: Math.min(...prices), max: Math.max(...prices), currency };
  return out;
}

/**
 * What the difficulty shown on a Fiverr gig means. A gig is what a seller offers, not a client's
 * job: its level is how hard the service is to deliver (as a careful reader judges a gig), and a
 * newcomer thinking of offering it also needs to know how hard it is to compete with, which the
 * seller's level (Fiverr's New, Level 1, Level 2, Top Rated, Pro), the gig's reviews, an ad and a
 * Fiverr's Choice badge answer. Said in words before the difficulty estimate's own reasons, which
 * it neither reads nor changes.
 */
import type { Listing, SellerLevel } from '../core/model';

const BY: Record<SellerLevel, string> = {
  new: 'By a new seller: newcomers do sell this, so there is room to start.',
  'level-1': 'By a Level 1 seller: one not long past starting.',
  'level-2': 'By a Level 2 seller: established competition.',
  'top-rated':
    'By a Top Rated seller: many Top Rated sellers offer this, so a newcomer competes on price, speed or a narrower niche.',
  pro: 'By a Pro seller vetted by Fiverr: the top end of this service.',
};

/** Reasons to show first on a Fiverr gig; none for anything else. */
export function competitionReasons(listing: Listing): string[] {
  const gig = listing.gig;
  if (listing.platform !== 'fiverr' || !gig) return [];
  const reasons = [
    "A gig a seller offers, not a client's job: the level is how hard the service is to deliver; who offers it says how hard it is to compete.",
  ];
  if (gig.sellerLevel) reasons.push(BY[gig.sellerLevel]);
  if (gig.reviews !== undefined && gig.reviews >= 1_000)
    reasons.push(
      `${gig.reviews.toLocaleString('en-US')} reviews: a gig this established is hard to outrank.`,
    );
  if (gig.fiverrChoice) reasons.push("Fiverr's Choice: Fiverr recommends it for its delivery record.");
  if (gig.ad) reasons.push('An ad: the seller pays to be shown here.');
  return reasons;
}

/**
 * What the difficulty shown on a Fiverr gig means. A gig is what a seller offers, not a client's
 * job: its level is how hard the service is to deliver (as a careful reader judges a gig), and a
 * newcomer thinking of offering it also needs to know how hard it is to compete with, which the
 * seller's level (Fiverr's New, Level 1, Level 2, Top Rated, Pro), the gig's reviews, an ad and a
 * Fiverr's Choice badge answer. Said in words before the difficulty estimate's own reasons, which
 * it neither reads nor changes.
 */
import { type MessageKey, t } from '../core/i18n';
import type { Listing, SellerLevel } from '../core/model';

const BY: Record<SellerLevel, MessageKey> = {
  new: 'gigByNewSeller',
  'level-1': 'gigByLevel1',
  'level-2': 'gigByLevel2',
  'top-rated': 'gigByTopRated',
  pro: 'gigByPro',
};

/** Reasons to show first on a Fiverr gig; none for anything else. */
export function competitionReasons(listing: Listing): string[] {
  const gig = listing.gig;
  if (listing.platform !== 'fiverr' || !gig) return [];
  const reasons = [t('gigWhatLevelMeans')];
  if (gig.sellerLevel) reasons.push(t(BY[gig.sellerLevel]));
  if (gig.reviews !== undefined && gig.reviews >= 1_000) reasons.push(t('gigManyReviews', gig.reviews));
  if (gig.fiverrChoice) reasons.push(t('gigFiverrChoice'));
  if (gig.ad) reasons.push(t('gigAd'));
  return reasons;
}

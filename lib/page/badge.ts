/**
 * The small label added to each card the extension has read. Built with DOM APIs and
 * `textContent` only: listing text is untrusted and never reaches an HTML parser.
 * The skill chips, difficulty pill and Save button of issue 5 grow from here.
 */
import type { Listing } from '../model';

export const BADGE_CLASS = 'skillscout-badge';

const LEVEL_LABEL: Record<NonNullable<Listing['platformLevel']>, string> = {
  entry: 'Entry level',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

export function badgeText(listing: Listing): string {
  const parts = ['SkillScout'];
  if (listing.platformLevel) parts.push(`${LEVEL_LABEL[listing.platformLevel]} (per ${listing.platform})`);
  const skills = listing.platformSkills.length;
  parts.push(skills === 1 ? '1 skill listed' : `${skills} skills listed`);
  return parts.join(' · ');
}

export function addBadge(card: Element, listing: Listing): void {
  const doc = card.ownerDocument;
  card.querySelector(`:scope > .${BADGE_CLASS}`)?.remove();
  const badge = doc.createElement('div');
  badge.className = BADGE_CLASS;
  badge.textContent = badgeText(listing);
  // Inline styles: the page's stylesheet is not ours, and a class alone would be restyled by it.
  badge.style.cssText =
    'display:inline-block;margin:6px 0;padding:2px 8px;border-radius:999px;font:600 12px/1.6 system-ui,sans-serif;' +
    'background:#e8f0fe;color:#17335c;border:1px solid #9ab6e6;';
  // First in the card, beside the title, where the eye lands; not after a long description.
  card.prepend(badge);
}

/**
 * Freelancer.com: `/jobs/<skill>/` lists and the older search (`.JobSearchCard-item`, real 2020
 * card), the current search `/search/projects` (`.ProjectCard`, known only from public
 * extensions) and project details pages (`/projects/<category>/<slug>/details`).
 * Class names differ between generations, so links are the main hook: a project links to
 * `/projects/…`, a skill to `/jobs/<skill>/`, in every generation public extensions and scrapers read.
 */
import { DESCRIPTION_MAX, TITLE_MAX } from '../core/limits';
import type { Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import { absoluteUrl, allTexts, clip, first, firstText, parseBudget, skillNames, visibleText } from './text';

/** `/projects/php/develop-website-24431323/` → `24431323`; older slugs carry no number, so the slug. */
export function projectId(href: string, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  if (!url) return undefined;
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  if (parts[0] !== 'projects') return undefined;
  const slug = parts.length >= 3 && parts[2] !== 'details' ? parts[2] : parts[1];
  if (!slug) return undefined;
  return slug.match(/-(\d{4,})$/)?.[1] ?? slug;
}

/** A project's own page: `/projects/<category>/<slug>/`, with or without `details/` after it. */
function isDetails(url: URL): boolean {
  return url.pathname.startsWith('/projects/');
}

/**
 * On list cards the price is, since at least 2020, the *average bid* ("$115 Avg Bid", "$14 / hr
 * Avg Bid" — public scrapers strip the label), not the client's
 * budget, which the card does not show. It is kept as the budget, marked `source:
 * 'average-bid'`: it is the only price on the card and the best estimate of what the job pays,
 * but the popup and the checklist must not call it the client's budget. The kind follows "/ hr".
 */
function readBudget(card: Element): Listing['budget'] {
  const price = first(card, [
    '.JobSearchCard-secondary-price',
    '.JobSearchCard-primary-price',
    '.ProjectDetailsCard-budget',
    '.info-card-price',
  ]);
  // Newer cards print the client's own "Budget $30 – 250 AUD"; their price class is unknown.
  const text = visibleText(price) || (visibleText(card).match(/budget\s*:?\s*([^|]{1,40})/i)?.[1] ?? '');
  // "$30 – 250 AUD": Freelancer writes several dollars as "$" and names the currency after (parseBudget reads it).
  const budget = parseBudget(text, /\/\s*hr|per hour|hourly/i.test(text) ? 'hourly' : 'fixed');
  if (!budget) return undefined;
  const averageBid = price?.matches('.JobSearchCard-secondary-price') || /avg\.?\s*bid/i.test(text);
  return averageBid ? { ...budget, source: 'average-bid' } : budget;
}

/** "12 bids" (also "12 entries" on contests): the number of proposals so far, exactly. */
function readBids(card: Element): Listing['proposals'] {
  const text = firstText(card, ['.JobSearchCard-secondary-entry', '.info-card-bids']) || visibleText(card);
  const count = text.match(/(\d[\d,]*)\s+(?:bids?|entries)\b/i)?.[1];
  if (count === undefined) return undefined;
  const n = Number(count.replace(/,/g, ''));
  return { min: n, max: n };
}

/** A details page splits the client's text into paragraphs: each becomes a line. */
function readDescription(root: ParentNode): string {
  const el = first(root, [
    '.JobSearchCard-primary-description',
    '.ProjectDescription',
    '.info-card-description',
  ]);
  const paragraphs = el ? Array.from(el.querySelectorAll('p')) : [];
  if (paragraphs.length > 1)
    return paragraphs
      .map((p) => visibleText(p))
      .filter(Boolean)
      .join('\n');
  return visibleText(el, true);
}

function pageKind(url: URL): PageKind {
  if (isDetails(url)) return 'details';
  if (url.pathname.startsWith('/search/projects')) return 'search';
  if (url.pathname.startsWith('/jobs')) return 'category';
  return 'other';
}

export default defineSite({
  id: 'freelancer',
  label: 'Freelancer.com',
  matches: [matchPatternFor('www.freelancer.com')],
  selectors: {
    cards: [
      '.JobSearchCard-item',
      // Current search: frevo reads `.ProjectCard`, or the project link around `[data-rating]`.
      '.ProjectCard',
      'a[href*="/projects/"]:has([data-rating])',
      '.search-result-item',
      // A project's own page is one listing: the card that holds its title.
      '.ProjectDetailsCard',
    ],
  },
  pageKind,
  parseCard(card, url) {
    const details = isDetails(url) && card.matches('.ProjectDetailsCard');
    const link = card.matches('a[href*="/projects/"]')
      ? card
      : first(card, ['.JobSearchCard-primary-heading-link', '.info-card-title a', 'a[href*="/projects/"]']);
    const href = details ? url.href : (link?.getAttribute('href') ?? '');
    const id = projectId(href, url);
    const jobUrl = absoluteUrl(details ? url.pathname.replace(/details\/?$/, '') : href, url);
    const title = details
      ? firstText(card, ['.ProjectDetailsCard-title', 'h1', 'h2'])
      : firstText(card, [
          '.JobSearchCard-primary-heading-link',
          '.info-card-title',
          '.ProjectCard-title',
          'h2',
          'h3',
        ]) || visibleText(link);
    if (!id || !jobUrl || !title) return undefined;

    // On a details page the description sits beside the title card, not in it.
    const descriptionRoot = details ? (card.ownerDocument ?? card) : card;
    const listing: Listing = {
      id: `freelancer:${id}`,
      platform: 'freelancer',
      url: jobUrl,
      title: clip(title, TITLE_MAX),
      description: clip(readDescription(descriptionRoot), DESCRIPTION_MAX),
      // Skill links point at the skill's job list, `/jobs/<skill>/`, in every generation seen.
      platformSkills: skillNames(allTexts(card, '.JobSearchCard-primary-tagsLink, a[href^="/jobs/"]')),
    };
    const budget = readBudget(card);
    if (budget) listing.budget = budget;
    const bids = readBids(card);
    if (bids) listing.proposals = bids;
    return listing;
  },
});

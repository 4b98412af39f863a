/**
 * Toptal: the public job pages under `/freelance-jobs/…` (category and skill lists). No saved
 * page exists and the class names are unknown, so the hook is the link itself: a job is
 * `/freelance-jobs/<category>/<skill>/<slug>-<number>` (the number is its id, the link text
 * its title), and its card is the innermost list item or article around that link. When this finds nothing the generic detector is next.
 */
import { DESCRIPTION_MAX, TITLE_MAX } from '../core/limits';
import type { Listing, PageKind } from '../core/model';
import { matchPatternFor } from '../core/platforms';
import { defineSite } from './define';
import { absoluteUrl, clip, parseRelativeTime, skillNames, visibleText } from './text';

const JOB_PATH = /^\/freelance-jobs\/([\w-]+)\/([\w-]+)\/([\w-]+)-(\d+)\/?$/;
/** A skill list, `/freelance-jobs/<category>/<skill>`: linked from a job card, it names a skill. */
const SKILL_PATH = /^\/freelance-jobs\/([\w-]+)\/([\w-]+)\/?$/;

const JOB_LINK = 'a[href*="/freelance-jobs/"]';
/** Innermost blocks holding a job link: a block with a block of job links inside is a list. */
const CARDS = ['li', 'article'].map(
  (tag) => `${tag}:has(${JOB_LINK}):not(:has(li ${JOB_LINK}, article ${JOB_LINK}))`,
);

function pathOf(href: string | null, base: URL): string | undefined {
  const url = absoluteUrl(href, base);
  return url ? new URL(url).pathname : undefined;
}

function pageKind(url: URL): PageKind {
  if (JOB_PATH.test(url.pathname)) return 'details';
  if (url.pathname.startsWith('/freelance-jobs')) return 'category';
  return 'other';
}

export default defineSite({
  id: 'toptal',
  label: 'Toptal',
  matches: [matchPatternFor('www.toptal.com')],
  selectors: { cards: CARDS },
  pageKind,
  parseCard(card, url, now) {
    let job: { url: string; id: string; title: string } | undefined;
    const skills: string[] = [];
    for (const link of Array.from(card.querySelectorAll(JOB_LINK))) {
      const path = pathOf(link.getAttribute('href'), url) ?? '';
      const m = path.match(JOB_PATH);
      const text = visibleText(link);
      if (m?.[4]) {
        // Two different jobs in one block: a list, not a card; skip rather than mix them up.
        if (job && job.id !== m[4]) return undefined;
        const jobUrl = absoluteUrl(path, url);
        if (!job && jobUrl) job = { url: jobUrl, id: m[4], title: text };
        else if (job && !job.title) job.title = text;
      } else if (SKILL_PATH.test(path) && !path.endsWith('/jobs') && text) skills.push(text);
    }
    if (!job?.title) return undefined;

    const paragraphs = Array.from(card.querySelectorAll('p'))
      .map((p) => visibleText(p))
      .filter((t) => t && t !== job.title);
    const listing: Listing = {
      id: `toptal:${job.id}`,
      platform: 'toptal',
      url: job.url,
      title: clip(job.title, TITLE_MAX),
      description: clip(paragraphs.join('\n'), DESCRIPTION_MAX),
      platformSkills: skillNames(new Set(skills)),
    };
    const time = card.querySelector('time');
    const stamp = Date.parse(time?.getAttribute('datetime') ?? '');
    const postedAt = Number.isFinite(stamp)
      ? new Date(stamp).toISOString()
      : parseRelativeTime(visibleText(time ?? card), now);
    if (postedAt) listing.postedAt = postedAt;
    return listing;
  },
});

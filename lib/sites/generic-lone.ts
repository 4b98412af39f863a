/**
 * A marketplace page with one job on it and no list: a job's own page (the job is the page), or
 * a search that found one result. Only tried where the content script asks (a marketplace page
 * its adapter could not read), since a lone heading is weaker evidence than a list of look-alikes:
 * the job's address must look like one job's (a number of four digits or more, Upwork's `~0…`, or
 * a slug of four words) and its block must say something about work (money, "hourly", "proposals").
 */
import type { Platform } from '../core/model';
import { addressOf, describeBlock, JOBISH_TEXT, linkUrl, type Read, standsAlone } from './generic-card';
import { visibleText } from './text';

const ONE_JOB = /\d{4,}|~0\d|[a-z0-9]+(?:-[a-z0-9]+){3,}\/?$/i;
const HEADINGS = 'h1, h2, h3, h4, [role="heading"]';

const isJobAddress = (url: string | undefined): url is string =>
  url !== undefined && ONE_JOB.test(new URL(url).pathname);
const words = (el: Element) => visibleText(el).split(/\s+/).filter(Boolean).length;

/** Site furniture: navigation, footers, and the page-wide header (a header inside the content is not). */
function furniture(el: Element): boolean {
  if (el.closest('nav, footer, [role="navigation"]')) return true;
  const header = el.closest('header');
  return header !== null && header.parentElement?.closest('main, article, section, div') === null;
}

/** The widest block around `title` (at most `main`, else a child of the body) holding no other job's title link. */
function blockAround(title: Element, url: string, page: URL): Element {
  const otherJob = (p: Element) =>
    Array.from(p.querySelectorAll('a[href]')).some((a) => {
      const other = linkUrl(a, page);
      return other !== url && isJobAddress(other) && words(a) >= 3 && !furniture(a);
    });
  let block = title;
  let p = title.parentElement;
  while (p && p.tagName !== 'BODY' && !otherJob(p)) {
    block = p;
    p = p.tagName === 'MAIN' ? null : p.parentElement;
  }
  return block;
}

export function readLoneJob(
  root: ParentNode,
  page: URL,
  platform: Platform,
): (Read & { card: Element }) | undefined {
  const headings = Array.from(root.querySelectorAll(HEADINGS)).filter(
    (h) => !furniture(h) && visibleText(h).length >= 3,
  );
  const candidates: Array<{ title: Element; url: string | undefined }> = [];
  // A heading that links to the job: one result card.
  for (const h of headings) {
    const link = h.querySelector('a[href]') ?? h.closest('a[href]');
    if (link) candidates.push({ title: link, url: linkUrl(link, page) });
  }
  // A heading-less result card: its title is the standing-alone job link with the most words.
  const titleLink = Array.from(root.querySelectorAll('a[href]'))
    .filter(
      (a) =>
        !furniture(a) &&
        standsAlone(a, a.parentElement ?? a) &&
        words(a) >= 3 &&
        isJobAddress(linkUrl(a, page)),
    )
    .sort((x, y) => words(y) - words(x))[0];
  if (titleLink) candidates.push({ title: titleLink, url: linkUrl(titleLink, page) });
  // A job's own page: its main heading, at the page's own address.
  const own = headings.find((h) => h.matches('h1')) ?? headings[0];
  if (own) candidates.push({ title: own, url: addressOf(page.href, page) });

  for (const { title, url } of candidates) {
    if (!isJobAddress(url)) continue;
    const card = blockAround(title, url, page);
    const read = describeBlock(card, visibleText(title), url, platform);
    if (read && (read.listing.budget || JOBISH_TEXT.test(visibleText(card)))) return { ...read, card };
  }
  return undefined;
}

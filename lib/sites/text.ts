/**
 * Reading values out of marketplace markup. Shared by every adapter so each site file
 * stays declarative: selectors in, typed values out.
 */
import { PLATFORM_SKILLS_MAX, SHORT_TEXT_MAX } from '../core/limits';
import type { Proposals } from '../core/model';

/** Elements that start a new line on screen (their text never runs into a neighbour's). */
const BLOCKS = new Set([
  ...['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BR', 'TR', 'TD', 'TH', 'PRE', 'BLOCKQUOTE'],
  ...['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER'],
]);

/**
 * Text a sighted user sees: screen-reader-only helpers ("Location ", "Rating is …") are skipped.
 * Line breaks in the source are layout, not content (HTML collapses them), unless the site
 * shows the text pre-formatted: then pass `keepLines` and they survive as single newlines.
 */
export function visibleText(el: Element | null | undefined, keepLines = false): string {
  if (!el) return '';
  const out = hasSpecialDescendant(el) ? walkText(el) : ownText(el);
  return keepLines ? cleanText(out) : out.replace(/\s+/g, ' ').trim();
}

/**
 * Every element the walk below treats apart. A selector may match more than the walk's own
 * checks (a quirks-mode page matches classes in any case), never less: at worst the walk runs.
 */
const SPECIAL = `${[...BLOCKS, 'SCRIPT', 'STYLE'].map((tag) => tag.toLowerCase()).join(',')},.sr-only`;

function hasSpecialDescendant(el: Element): boolean {
  return el.querySelector(SPECIAL) !== null;
}

/**
 * An element with nothing inside that the walk treats apart: its text is the DOM's own, in one
 * call instead of several per node (each call from a content script into the page's DOM costs).
 */
function ownText(el: Element): string {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SCRIPT' || tag === 'STYLE' || el.classList.contains('sr-only')) return '';
  return el.textContent ?? '';
}

function walkText(el: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || element.classList.contains('sr-only')) return;
    // Blocks are separate words on screen even when the markup has no space between them.
    const block = BLOCKS.has(tag);
    // Only the last character is looked at: a regex anchored at the end would rescan `out`.
    if (block && !/\s/.test(out.charAt(out.length - 1))) out += ' ';
    // Sibling links, not a copied child list: each call into the DOM costs a content script more.
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
    if (block) out += ' ';
  };
  visit(el);
  return out;
}

/** Collapses runs of spaces and blank lines, keeping single line breaks (lists stay lists). */
export function cleanText(text: string): string {
  return text
    .replace(/[ \t\u00a0\u2000-\u200b]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** First element matching any of the selectors, in order of preference. */
export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function firstText(root: ParentNode, selectors: readonly string[], keepLines = false): string {
  return visibleText(first(root, selectors), keepLines);
}

/** Distinct visible texts of all elements matching the selector, in page order. */
export function allTexts(root: ParentNode, selector: string): string[] {
  const seen = new Set<string>();
  for (const el of Array.from(root.querySelectorAll(selector))) {
    const text = visibleText(el);
    if (text) seen.add(text);
  }
  return [...seen];
}

// Money is read the same way by every adapter and by the difficulty estimate: lib/core/money.ts.
export { type Money, parseBudget, parseMoney } from '../core/money';

/** "Less than 5", "5 to 10", "20 to 50", "50+" → a range. */
export function parseProposals(text: string): Proposals | undefined {
  const t = text.toLowerCase();
  const lessThan = t.match(/less than (\d+)/);
  if (lessThan) return { min: 0, max: Number(lessThan[1]) - 1 };
  const range = t.match(/(\d+)\s*(?:to|-|–)\s*(\d+)/);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const atLeast = t.match(/(\d+)\s*\+/);
  if (atLeast) return { min: Number(atLeast[1]) };
  const exact = t.match(/^\s*(\d+)\s*$/);
  if (exact) return { min: Number(exact[1]), max: Number(exact[1]) };
  return undefined;
}

const DAY = 86_400_000;
const UNIT_MS = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: DAY,
  week: 7 * DAY,
  month: 30 * DAY,
  year: 365 * DAY,
} as const;
type Unit = keyof typeof UNIT_MS;
const isUnit = (word: string | undefined): word is Unit => word !== undefined && Object.hasOwn(UNIT_MS, word);

/** "Posted 7 minutes ago", "yesterday", "last week" → ISO time relative to `now`; undefined if unreadable. */
export function parseRelativeTime(text: string, now: number): string | undefined {
  const t = text.toLowerCase();
  const ago = (ms: number) => new Date(now - ms).toISOString();
  if (/\bjust now\b/.test(t)) return ago(0);
  if (/\byesterday\b/.test(t)) return ago(DAY);
  const last = t.match(/\blast (week|month|year)\b/)?.[1];
  if (isUnit(last)) return ago(UNIT_MS[last]);
  const counted = t.match(/(an?|\d+)\s+(second|minute|hour|day|week|month|year)s?\s+ago/);
  const unit = counted?.[2];
  if (!counted || !isUnit(unit)) return undefined;
  const count = counted[1] === 'a' || counted[1] === 'an' ? 1 : Number(counted[1]);
  return ago(count * UNIT_MS[unit]);
}

/** Absolute URL without the tracking query marketplaces add to links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** Cuts text to the schema's limit: a listing with an overlong description is still a listing. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * "Mar 20, 2020" or "20 March 2020" → midnight UTC of that day. Pages that print only a date
 * give no time zone and no time of day; a day is what they say, so a day is what we keep.
 */
export function parseDayText(text: string): string | undefined {
  let monthName: string | undefined;
  let dayText: string | undefined;
  let yearText: string | undefined;
  const monthFirst = text.match(/\b([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})\b/i);
  const dayFirst = text.match(/\b(\d{1,2}) ([a-z]{3})[a-z]*,? (\d{4})\b/i);
  if (monthFirst) [, monthName, dayText, yearText] = monthFirst;
  else if (dayFirst) [, dayText, monthName, yearText] = dayFirst;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  const day = Number(dayText);
  const year = Number(yearText);
  if (month < 0 || !(day >= 1 && day <= 31) || !(year >= 1990 && year <= 2100)) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCDate() === day ? date.toISOString() : undefined;
}

/** Skill names the schema accepts: non-empty, at most 200 characters, at most 100 of them. */
export function skillNames(names: Iterable<string>): string[] {
  return [...names].filter((n) => n.length > 0 && n.length <= SHORT_TEXT_MAX).slice(0, PLATFORM_SKILLS_MAX);
}

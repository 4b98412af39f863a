/**
 * Reading values out of marketplace markup. Shared by every adapter so each site file
 * stays declarative (design example 1): selectors in, typed values out.
 */
import type { Budget, Proposals } from '../model';

/**
 * Text a sighted user sees: screen-reader-only helpers ("Location ", "Rating is …") are skipped.
 * Line breaks in the source are layout, not content (HTML collapses them), unless the site
 * shows the text pre-formatted: then pass `keepLines` and they survive as single newlines.
 */
export function visibleText(el: Element | null | undefined, keepLines = false): string {
  if (!el) return '';
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.classList.contains('sr-only') || element.tagName === 'SCRIPT' || element.tagName === 'STYLE')
      return;
    for (const child of Array.from(element.childNodes)) visit(child);
  };
  visit(el);
  return keepLines ? cleanText(out) : out.replace(/\s+/g, ' ').trim();
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

const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₹': 'INR' };

export interface Money {
  amount: number;
  currency: string;
}

/** Every amount in a text: "$1,200.50", "$10K+", "€ 35", "£1.5k" → amounts with their currency. */
export function parseMoney(text: string): Money[] {
  const out: Money[] = [];
  for (const m of text.matchAll(/([$€£₹])\s?(\d[\d,]*(?:\.\d+)?)\s?([kKmM])?/g)) {
    const base = Number((m[2] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const unit = m[3]?.toLowerCase();
    const amount = unit === 'k' ? base * 1_000 : unit === 'm' ? base * 1_000_000 : base;
    out.push({ amount, currency: CURRENCY_SYMBOLS[m[1] ?? '$'] ?? 'USD' });
  }
  return out;
}

/** "Hourly: $20.00 - $45.00" or "Est. budget: $250" → a Budget of the given kind. */
export function parseBudget(text: string, kind: Budget['kind']): Budget | undefined {
  const amounts = parseMoney(text);
  const [low, high] = amounts;
  if (!low) return undefined;
  const max = high ? Math.max(low.amount, high.amount) : low.amount;
  return { kind, min: Math.min(low.amount, high?.amount ?? low.amount), max, currency: low.currency };
}

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

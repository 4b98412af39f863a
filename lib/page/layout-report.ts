/**
 * A layout report a user can paste into a bug report when SkillScout reads a page wrongly or not
 * at all: the shape of the page's listing area — tag names, class names, ids and the names of
 * `data-*` attributes — and nothing the page says. Every text node, every other attribute and
 * every attribute value (links, images, alt texts, data values) is left out; built locally from
 * the DOM (never serialised HTML) and sent nowhere: the user copies it.
 *
 * Names can carry data too (`user-12345`, `seller-jane`): in class names, ids and data names
 * every run of digits becomes `#`, and a name that is long (over 40 characters) or holds
 * anything but letters, `_`, `-` and digits (`@`, `.`, `/`, `:`, `%`, `+`, non-Latin signs) is
 * dropped. The page address keeps its scheme and host (digits as `#`) and only the path words
 * SkillScout's adapters know as routes; other path parts become `*`, the query and hash go.
 * So the report holds no number but the extension's version.
 */
import { hash } from '../sites/generic-card';
import { MARK_ATTRIBUTE } from './marks';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);
/** Path words of the marketplaces' routes: structure, never anyone's data. */
const ROUTE_WORDS = new Set(
  'nx search jobs find-work best-matches most-recent saved details gigs categories freelance-jobs projects d job proposals'.split(
    ' ',
  ),
);
const MAX_DEPTH = 30;
const MAX_LINES = 1_500;
const MAX_CHILDREN = 40;
const OWN_UI = 'skillscout-ui';

export interface LayoutReportOptions {
  /** The extension's version, the one number the report carries. */
  version: string;
  url: string;
}

/** A class name, id or data name as structure only; undefined when it may carry data. */
export function safeName(name: string): string | undefined {
  const hashed = name.replace(/\d+/g, '#');
  if (hashed.length > 40 || !/^[A-Za-z_#-]+$/.test(hashed) || !/[A-Za-z]/.test(hashed)) return undefined;
  return hashed;
}

export function safeAddress(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .filter(Boolean)
      .map((part) => (ROUTE_WORDS.has(part.toLowerCase()) ? part.toLowerCase() : '*'));
    return `${u.protocol}//${u.hostname.replace(/\d+/g, '#')}/${path.join('/')}`;
  } catch {
    return '(no address)';
  }
}

/** A tag name: h1–h6 as they are (the one place a digit is structure), others without digits. */
function tagName(el: Element): string {
  const tag = el.tagName.toLowerCase();
  return /^h[1-6]$/.test(tag) ? tag : tag.replace(/\d+/g, '#').replace(/[^a-z#-]/g, '');
}

/** One element as `tag.class.class#id [data-a data-b]`, from names only. */
function describe(el: Element): string {
  const classes = Array.from(el.classList, safeName).filter((c): c is string => c !== undefined);
  const id = el.id ? safeName(el.id) : undefined;
  const data = el
    .getAttributeNames()
    .filter((n) => n.startsWith('data-') && n !== MARK_ATTRIBUTE)
    .map((n) => safeName(n.slice(5)))
    .filter((n): n is string => n !== undefined)
    .map((n) => `data-${n}`);
  const names = `${classes.map((c) => `.${c}`).join('')}${id ? `#${id}` : ''}`;
  return `${tagName(el)}${names}${data.length > 0 ? ` [${data.join(' ')}]` : ''}`;
}

/** The area to describe: around the cards SkillScout read, else the page's main content, else the body. */
export function listingArea(doc: Document): { area: Element; what: string } {
  const cards = Array.from(doc.querySelectorAll(`[${MARK_ATTRIBUTE}]`));
  if (cards.length > 0) {
    let area: Element = cards[0]?.parentElement ?? doc.body;
    while (area !== doc.body && !cards.every((c) => area.contains(c))) area = area.parentElement ?? doc.body;
    return { area, what: 'around the listings SkillScout read' };
  }
  const main = doc.querySelector('main, [role="main"]');
  return main ? { area: main, what: "the page's main content" } : { area: doc.body, what: 'the whole page' };
}

const children = (el: Element) =>
  el.tagName.toLowerCase() === 'svg'
    ? []
    : Array.from(el.children).filter(
        (c) => !SKIP.has(c.tagName.toUpperCase()) && !c.classList.contains(OWN_UI),
      );

export function buildLayoutReport(doc: Document, options: LayoutReportOptions): string {
  const { area, what } = listingArea(doc);
  const lines: string[] = [];
  const shapes = new Map<Element, string>();
  // An element's shape: its description and its children's shapes, hashed so runs compare cheaply.
  const shapeOf = (el: Element): string => {
    const known = shapes.get(el);
    if (known !== undefined) return known;
    const shape = hash(`${describe(el)}(${children(el).map(shapeOf).join(',')})`);
    shapes.set(el, shape);
    return shape;
  };
  const walk = (el: Element, depth: number): void => {
    if (lines.length >= MAX_LINES) return;
    const pad = '  '.repeat(depth + 1);
    lines.push(`${'  '.repeat(depth)}${describe(el)}`);
    if (depth >= MAX_DEPTH) return;
    let previous: string | undefined;
    let repeated = false;
    let shown = 0;
    const endRun = () => {
      if (repeated) lines.push(`${pad}... more like the one above`);
      repeated = false;
    };
    for (const child of children(el)) {
      // A run of siblings built from one template (the cards) is shown once.
      const shape = shapeOf(child);
      if (shape === previous) {
        repeated = true;
        continue;
      }
      endRun();
      if (shown === MAX_CHILDREN) {
        lines.push(`${pad}... and more`);
        return;
      }
      walk(child, depth + 1);
      previous = shape;
      shown++;
    }
    endRun();
  };
  walk(area, 0);
  return [
    'SkillScout layout report (page structure only: no text, no links, no values)',
    `extension: ${options.version}`,
    `page: ${safeAddress(options.url)}`,
    `area: ${what}`,
    '',
    ...lines,
    '',
  ].join('\n');
}

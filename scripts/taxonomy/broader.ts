/**
 * Which skill a skill narrows: "On-Page SEO" is a kind of SEO, "WordPress Theme Development" of
 * WordPress, "Legal Translation" of translation, "English to Spanish Translation" of translation.
 * A person who has the broader skill can take a gig that names the narrower one (`lib/gigs/fit.ts`),
 * and a job naming the narrower one uses the broader one too.
 *
 * Decided from the taxonomy's own data: the broader skill is one the skill needs or implies
 * (imported narrower names list it among their prerequisites), and its name is part of the
 * skill's name (a parenthesis, which only explains, left out), either
 * - at the end, after words that narrow it ("Legal Translation", "On-Page SEO", "Email
 *   Copywriting"), in the same field or implied, unless those words alone already name the skill
 *   ("Tailwind CSS" is Tailwind, a framework to learn, not a kind of CSS); or
 * - at the start, followed only by the task words marketplaces narrow a platform with ("WordPress
 *   Theme Development", "Shopify App Development", "WordPress Security"), in the same field.
 * "React Native", "Ruby on Rails", "HTML5 Canvas" or "Revit API" (programming, not drafting) are
 * other skills that build on one, not kinds of it.
 */
import { HIDDEN_CATEGORY } from '../../lib/skills/packed-format';
import { normKey } from '../../lib/skills/tokens';
import type { SourceEntry } from './curated';
import { NARROWER, SAME_SKILL } from './name-import';

const wordsOf = (name: string): string[] =>
  normKey(name.replace(/\s*\([^)]*\)\s*$/, ''))
    .split(' ')
    .filter(Boolean);

/** Words after a platform's name that make a task of it ("Theme Development", "Security", "Optimization"). */
const TASK_WORDS = new Set(
  [
    ...Object.keys(NARROWER),
    ...SAME_SKILL,
    ...'optimization optimisation redesign audit campaign campaigns management store shop ecommerce e commerce landing page multisite dropshipping speed performance setup migration upgrade update customization customisation'.split(
      ' ',
    ),
  ].map(normKey),
);
/** Task words that make software of any platform ("Customer Support Plugin" is not a kind of customer support). */
const SOFTWARE_TASK = new Set(
  'api sdk plugin integration theme template development developer programming app application script extension'
    .split(' ')
    .map(normKey),
);
const SOFTWARE_FIELDS = new Set(['web-dev', 'mobile-dev', 'software-dev', 'data-ai']);

const startsWith = (a: readonly string[], b: readonly string[]): boolean => b.every((w, i) => a[i] === w);
const endsWith = (a: readonly string[], b: readonly string[]): boolean =>
  b.every((w, i) => a[a.length - b.length + i] === w);

/** The skill `entry` narrows, if any. */
export function broaderOf(entry: SourceEntry, byId: ReadonlyMap<string, SourceEntry>): string | undefined {
  if (entry.category === HIDDEN_CATEGORY) return undefined;
  const words = wordsOf(entry.name);
  const ownForms = new Set([entry.name, ...entry.aliases].map((a) => normKey(a.replace(/^=/, ''))));
  let tail: SourceEntry | undefined;
  let head: SourceEntry | undefined;
  for (const id of new Set([...entry.prerequisites, ...entry.implies])) {
    const b = byId.get(id);
    if (!b || b.category === HIDDEN_CATEGORY) continue;
    const bw = wordsOf(b.name);
    if (bw.length === 0 || bw.length >= words.length) continue;
    const sameField = b.category === entry.category;
    if (endsWith(words, bw)) {
      const modifier = words.slice(0, words.length - bw.length);
      // One word that alone names the skill is its brand ("Tailwind"), not a narrowing.
      const brand = modifier.length === 1 && ownForms.has(modifier[0] as string);
      if ((sameField || entry.implies.includes(id)) && !brand) {
        if (!tail || bw.length > wordsOf(tail.name).length) tail = b;
      }
    } else if (startsWith(words, bw) && sameField) {
      const rest = words.slice(bw.length);
      if (!rest.every((w) => TASK_WORDS.has(w))) continue;
      if (rest.some((w) => SOFTWARE_TASK.has(w)) && !SOFTWARE_FIELDS.has(b.category)) continue;
      if (!head || bw.length > wordsOf(head.name).length) head = b;
    }
  }
  return (tail ?? head)?.id;
}

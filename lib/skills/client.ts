/**
 * What the client's software or business does is not work the freelancer does.
 *
 * - The product's features, in a job to build software: "an AI-powered mobile app for audio
 *   transcription", "a CRM platform with lead scoring", "Web-Based Application Development for
 *   Case Management", "The chatbot should handle customer inquiries, provide order tracking". A
 *   careful reader lists the software skills, not Transcription, Lead Qualification or Case
 *   Management. A mention is a feature when a product word follows it ("transcription app"),
 *   "app for" / "automate" / "AI-powered" precedes it, or its sentence speaks of the product
 *   ("The app should…", "allow users to…", "features such as…"). Only skills of the service
 *   fields (writing, languages, admin, support, sales, legal, finance, teaching, coaching), and
 *   only in a listing about building software (a software skill in its title or requirements,
 *   or three in its body).
 * - The client's trade, in any job: "article about my graphics design website", "Blog Posting
 *   for PA Attorney Website", "SEO for my UK payroll Wordpress website": a field between "for" /
 *   "about" and the client's website, business or shop names what they sell.
 *
 * Never an industry (careful readers name the domain of a real estate site), a software skill
 * (the site's WordPress is work), a tool written as a name (CRM, QuickBooks, Monday.com, Slack),
 * or a mention in a requirement or nice-to-have line ("experience with case management systems").
 */
import type { Match } from './match';
import { stem } from './stem';
import type { Token } from './tokens';
import type { Entry, Zone } from './types';

/** Fields whose skills a product can have as features while the job is software work. */
const SERVICE_FIELDS = new Set([
  'writing',
  'translation',
  'admin-va',
  'support',
  'sales',
  'legal',
  'finance',
  'teaching',
  'lifestyle',
]);
const SOFTWARE_FIELDS = new Set(['web-dev', 'mobile-dev', 'software-dev', 'data-ai']);
/** Fields that can name the client's trade: the service fields and design, marketing, video, business. */
const TRADE_FIELDS = new Set([...SERVICE_FIELDS, 'design-ux', 'marketing-seo', 'video-audio', 'business']);

/** Token forms of a list of words, stemmed as the tokeniser stems text. */
const stems = (words: string): Set<string> => new Set(words.split(' ').map(stem));

/** Words naming the thing built, after a field ("transcription app"). */
const PRODUCT = stems(
  'app application platform system software saas bot chatbot agent extension plugin module feature functionality dashboard portal marketplace solution widget engine website site api crm erp mvp',
);
/** The same before "for" ("a tool for case management", "Application Development for …"). */
const PRODUCT_FOR = new Set([...PRODUCT, ...stems('tool tools development')]);
/** Words right before a field that make it what the software does: "automate data entry". */
const AUTOMATE = stems('automate automated automating automation');
/**
 * After "AI" ("AI-powered prospecting", "AI-driven compliance"). "AI" alone is not one: an "AI
 * Script Writer" writes the scripts, and "data-driven sales strategies" are a person's.
 */
const AI_MADE = stems('powered driven based generated');
/** Words between a feature and its product word ("Transcription & AI Summary App", "Q&A system"). */
const GLUE = stems('and & / ai powered driven based management q a');
/** What the client has that their trade names: "for my payroll website", "about my design business". */
const PREMISES = stems(
  'website site business company firm agency brand shop store practice clinic startup channel',
);
const TRADE_PREPOSITION = stems('for about');

/** "AI" alone names a tool someone uses ("AI Script Writer", "AI video producer"), not software to build. */
const AI = 'ai';

const PRODUCT_SENTENCE =
  /^\W{0,4}(?:the|our|this|a|an|my|your)\s+(?:[\w-]+\s+){0,3}(?:app|application|platform|system|tool|bot|chatbot|agent|software|website|site|extension|plugin|dashboard|solution|product|portal|feature|module|assistant)s?\s+(?:should|will|must|can|could|needs? to|is to|includes?|allows?|lets|enables?|would|has|have|features?|provides?|offers?|supports?|handles?|helps?)\b|\b(?:allow(?:s|ing)?|enabl(?:e|es|ing)|let(?:s|ting)?|help(?:s|ing)?)\s+(?:the\s+)?(?:users?|customers?|clients?|students?|members?|visitors?|people|businesses|agents?)\s+to\b|\b(?:users?|customers?)\s+(?:can|will|should|could)\b|\bfeatures?\s+(?:like|such as|including|include)\b/i;

/** Next to each other in one sentence, or set off by "&", "/" or "and" only (no comma, no stop). */
function joinedOrListed(text: string, a: Token, b: Token): boolean {
  return a.sentence === b.sentence && !/[,.;:!?()]/.test(text.slice(a.end, b.start));
}

export interface FieldScan {
  tokens: readonly Token[];
  text: string;
  matches: readonly Match[];
  zones: ReadonlyMap<number, Zone> | undefined;
}

/** Is the listing about building software? A software skill in its title or a requirement, or three in its body. */
export function isSoftwareWork(fields: readonly FieldScan[], entries: readonly Entry[]): boolean {
  const named = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      const entry = entries[m.entry];
      if (!entry || entry.hidden || !SOFTWARE_FIELDS.has(entry.category)) continue;
      if (m.last - m.first === 1 && (f.tokens[m.first] as Token).norm === AI) continue;
      const zone = f.zones?.get((f.tokens[m.first] as Token).sentence);
      if (!f.zones || zone === 'requirement') return true;
      if (zone === 'body') named.add(entry.id);
    }
  }
  return named.size >= 3;
}

/**
 * The matches of one field (indexes into `scan.matches`) that name what the client's software or
 * business does; product features only when `software` (the listing is about building software).
 */
export function clientMentions(scan: FieldScan, entries: readonly Entry[], software: boolean): Set<number> {
  const out = new Set<number>();
  const { tokens, text, matches } = scan;
  const sentenceIsProduct = new Map<number, boolean>();
  const aboutProduct = (sentence: number, from: number): boolean => {
    let known = sentenceIsProduct.get(sentence);
    if (known === undefined) {
      let start = from;
      while (start > 0 && (tokens[start - 1] as Token).sentence === sentence) start--;
      const head = text.slice((tokens[start] as Token).start, (tokens[start] as Token).start + 200);
      known = PRODUCT_SENTENCE.test(head);
      sentenceIsProduct.set(sentence, known);
    }
    return known;
  };
  matches.forEach((m, i) => {
    const entry = entries[m.entry];
    if (!entry || entry.hidden || entry.domain || entry.productName || !TRADE_FIELDS.has(entry.category))
      return;
    const first = tokens[m.first] as Token;
    const last = tokens[m.last - 1] as Token;
    const zone = scan.zones?.get(first.sentence);
    if (zone === 'requirement' || zone === 'optional') return;
    const written = text.slice(first.start, last.end);
    if (!/\s/.test(written) && (/\p{Lu}/u.test(written.slice(1)) || written.includes('.'))) return;
    if (namesTrade(tokens, text, m)) out.add(i);
    else if (software && SERVICE_FIELDS.has(entry.category)) {
      if (namesFeature(tokens, text, m) || aboutProduct(first.sentence, m.first)) out.add(i);
    }
  });
  return out;
}

/** "for my UK payroll Wordpress website", "about my graphics design website". */
function namesTrade(tokens: readonly Token[], text: string, m: Match): boolean {
  const first = tokens[m.first] as Token;
  let opened = false;
  for (let k = m.first - 1, next = first; k >= Math.max(0, m.first - 4); k--) {
    const t = tokens[k] as Token;
    if (!joinedOrListed(text, t, next)) break;
    if (TRADE_PREPOSITION.has(t.norm)) {
      opened = true;
      break;
    }
    next = t;
  }
  if (!opened) return false;
  for (let k = m.last, prev = tokens[m.last - 1] as Token; k < m.last + 3; k++) {
    const t = tokens[k];
    if (!t || !joinedOrListed(text, prev, t)) return false;
    if (PREMISES.has(t.norm)) return true;
    prev = t;
  }
  return false;
}

/** "transcription app", "Transcription & AI Summary APP", "automate data entry", "an app for audio transcription". */
function namesFeature(tokens: readonly Token[], text: string, m: Match): boolean {
  const first = tokens[m.first] as Token;
  for (let k = m.last, prev = tokens[m.last - 1] as Token; k < m.last + 5; k++) {
    const t = tokens[k];
    if (!t || !joinedOrListed(text, prev, t)) break;
    if (PRODUCT.has(t.norm)) return true;
    if (!GLUE.has(t.norm)) break;
    prev = t;
  }
  // Two tokens of one sentence with nothing but spaces or a hyphen between them.
  const joined = (a: Token, b: Token): boolean =>
    a.sentence === b.sentence && /^[\s-]*$/.test(text.slice(a.end, b.start));
  const before = tokens[m.first - 1];
  const twoBefore = tokens[m.first - 2];
  if (
    before &&
    joined(before, first) &&
    (AUTOMATE.has(before.norm) ||
      (AI_MADE.has(before.norm) && twoBefore?.norm === AI && joined(twoBefore, before)))
  )
    return true;
  for (let k = m.first - 1; k >= Math.max(1, m.first - 3); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== first.sentence) break;
    if (t.norm === 'for' && PRODUCT_FOR.has((tokens[k - 1] as Token).norm)) return true;
  }
  return false;
}

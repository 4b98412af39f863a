/**
 * Where a rule of the labelling guide decides, not the confidence model: skills held below
 * `CONFIDENT_FROM` (shown behind "more") however the text names them, and broad fields lifted to
 * it when nothing more specific fits.
 *
 * Held back:
 * - What the client's software or business does, named only so (see `client.ts`): the feature
 *   somewhere, elsewhere only in the title or sentences that describe, never in a requirement,
 *   a nice-to-have or a marketplace chip.
 * - A marketplace chip the text does not bear out: not named in the title or description, and in
 *   a field the text names no skill of, while it names others. Guru's clients tick a dozen boxes
 *   ("Ticketing Software", "App & Mobile Marketing" on a Rails web app); a chip in the job's
 *   fields, or any chip on a listing whose text names nothing, still counts.
 * - English as fluency: the labelling guide names English only when the job is writing,
 *   translating or teaching ("native English" for a project manager is not a skill).
 *
 * Lifted: a broad field (Web Development, Software Development, Marketing) that the title names or
 * implies ("Need a professional set of brand assets and website building") while the listing
 * names no specific skill at all (an industry aside): "Broad fields count only when nothing more specific fits ('Web
 * Development' for 'build my site' with no stack named)". "COPY WRITER REQUIRED TO CHANGE WEBSITE
 * TXT" names copywriting, so its website is not web development.
 */
import { CONFIDENT_FROM } from './confidence-weights';
import type { Entry, Evidence } from './types';

/** The confidence a held-back skill is shown with: just below the cut. */
export const HELD_BACK_AT = Math.round((CONFIDENT_FROM - 0.05) * 1000) / 1000;

type Mention = Extract<Evidence, { text: string }>;
const isMention = (e: Evidence): e is Mention => e.in !== 'implied';
const inText = (e: Evidence): boolean => e.in === 'title' || e.in === 'description';

/** Named only as what the client's software or business does. */
export function clientOnly(evidence: readonly Evidence[]): boolean {
  const mentions = evidence.filter(isMention);
  return (
    mentions.some((e) => e.client) &&
    mentions.every(
      (e) =>
        e.in === 'title' || (e.in === 'description' && (e.client || e.zone === 'body' || e.zone === 'about')),
    )
  );
}

const ENGLISH = 'english';
/** Skills that make a job language work, besides those of the writing and teaching fields. */
const LANGUAGE_WORK = new Set([
  'translation',
  'interpretation',
  'localization',
  'transcription',
  'subtitling',
]);

export interface Found {
  id: string;
  evidence: readonly Evidence[];
}

export interface Overrides {
  held: Set<string>;
  lifted: Set<string>;
}

/** The rule's confidence for a skill the model gave `p`. */
export function overridden(o: Overrides, id: string, p: number): number {
  if (o.held.has(id)) return Math.min(p, HELD_BACK_AT);
  if (o.lifted.has(id)) return Math.max(p, CONFIDENT_FROM);
  return p;
}

/** The skills of one listing whose confidence a rule decides. */
export function overrides(skills: readonly Found[], entryOf: (id: string) => Entry | undefined): Overrides {
  /** Fields with a specific skill (not broad, not an industry) named in the text. */
  const specificFields = new Set<string>();
  const textFields = new Set<string>();
  let namedInText = 0;
  let languageWork = false;
  for (const s of skills) {
    const entry = entryOf(s.id);
    if (!s.evidence.some(inText)) continue;
    namedInText++;
    if (!entry) continue;
    // An industry is knowledge, not a more specific kind of the work ("a Sports Website like Dream11").
    if (!entry.umbrella && !entry.domain) specificFields.add(entry.category);
    // The fields the job is about: what the text names, except the company's description of itself.
    if (
      s.evidence.some((e) => e.in === 'title' || (e.in === 'description' && e.zone !== 'about' && !e.client))
    )
      textFields.add(entry.category);
    if (
      entry.category === 'writing' ||
      entry.category === 'teaching' ||
      LANGUAGE_WORK.has(entry.id) ||
      entry.implies.includes('translation')
    )
      languageWork = true;
  }
  const held = new Set<string>();
  const lifted = new Set<string>();
  for (const s of skills) {
    const entry = entryOf(s.id);
    const chipOnly = s.evidence.some((e) => e.in === 'platformSkills') && !s.evidence.some(inText);
    if (clientOnly(s.evidence)) held.add(s.id);
    else if (chipOnly && namedInText > 0 && !textFields.has(entry?.category ?? '')) held.add(s.id);
    else if (s.id === ENGLISH && !languageWork && !s.evidence.some((e) => e.in === 'platformSkills'))
      held.add(s.id);
  }
  for (const s of skills) {
    const entry = entryOf(s.id);
    if (!entry?.umbrella || held.has(s.id) || specificFields.size > 0) continue;
    if (s.evidence.some((e) => e.in === 'title' || (e.in === 'implied' && e.title))) lifted.add(s.id);
  }
  return { held, lifted };
}

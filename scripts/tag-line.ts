/**
 * One line of the command-line tagger's JSON Lines protocol (see scripts/tag.ts): a listing in,
 * `{"skills":[…],"moreSkills":[…],"difficulty":{…}}` or `{"error":"…"}` out. `skills` holds the skills the
 * job asks for (confidence at or above CONFIDENT_FROM), `moreSkills` the ones it mentions with less
 * confidence; each carries its `confidence`. Kept apart from the CLI so tests can call it.
 */

import * as z from 'zod/mini';
import { setWords } from '../lib/core/i18n';
import { MARKETPLACES } from '../lib/core/platforms';
import { estimateDifficulty, readPlatformLevel } from '../lib/difficulty';
import { CONFIDENT_FROM, tagText } from '../lib/skills';
import { catalogWords } from './lib/catalog';

// What this prints is English, whatever the machine's language: the team reads and scores it.
setWords(catalogWords('en'));

const InputLine = z.object({
  title: z.string(),
  description: z.optional(z.string()),
  /** Free text such as "Hourly: $30-$50" or "Est. Budget: $500"; read by the difficulty estimate. */
  budget: z.optional(z.string()),
  platformSkills: z.optional(z.array(z.string())),
  platformLevel: z.optional(z.string()),
  /** The marketplace: an id ("toptal") or a name ("PeoplePerHour"). */
  platform: z.optional(z.string()),
  /** Or where the listing came from as the careful readers' files name it: "fiverr-2023". */
  src: z.optional(z.string()),
});

/**
 * The marketplace a line names, as the extension's adapters would know it: terms are read as
 * that site prints them, and a site that takes only screened freelancers has no beginner jobs.
 * A name that is no marketplace of ours is left out rather than guessed.
 */
function marketplaceOf(platform: string | undefined, src: string | undefined): string | undefined {
  const named = (platform ?? src?.replace(/[-_ ]?\d{4}.*$/, '') ?? '').trim().toLowerCase();
  return MARKETPLACES.find((m) => m.id === named || m.label.toLowerCase() === named)?.id;
}

export function tagLine(line: string): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ error: `not valid JSON: ${(e as Error).message}` });
  }
  const parsed = InputLine.safeParse(value);
  if (!parsed.success) {
    const missingTitle = typeof value !== 'object' || value === null || !('title' in value);
    return JSON.stringify({ error: missingTitle ? 'missing "title"' : z.prettifyError(parsed.error) });
  }
  const { title, description, platformSkills, budget, platformLevel } = parsed.data;
  const platform = marketplaceOf(parsed.data.platform, parsed.data.src);
  const found = tagText({ title, description, platformSkills }).map(({ id, name, confidence }) => ({
    id,
    name,
    confidence,
  }));
  // `skills` is what the job asks for (the set the team scores); the less confident ones follow apart.
  const skills = found.filter((s) => s.confidence >= CONFIDENT_FROM);
  const moreSkills = found.filter((s) => s.confidence < CONFIDENT_FROM);
  const estimate = estimateDifficulty({
    title,
    ...(description !== undefined ? { description } : {}),
    ...(budget !== undefined ? { budgetText: budget } : {}),
    ...(platformSkills !== undefined ? { platformSkills } : {}),
    skills: skills.map((s) => s.id),
    ...(platformLevel !== undefined ? { platformLevel: readPlatformLevel(platformLevel) } : {}),
    ...(platform ? { platform } : {}),
  });
  // `uncertain`: too little text to judge (a title, a bare gig); `level` is then the model's best guess.
  const { level, score, reasons, uncertain } = estimate;
  return JSON.stringify({ skills, moreSkills, difficulty: { level, score, reasons, uncertain } });
}

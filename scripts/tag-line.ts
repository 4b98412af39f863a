/**
 * One line of the command-line tagger's JSON Lines protocol (see scripts/tag.ts): a listing in,
 * `{"skills":[…],"difficulty":{…}}` or `{"error":"…"}` out. Kept apart from the CLI so tests can call it.
 */
import * as z from 'zod/mini';
import { estimateDifficulty, readPlatformLevel } from '../lib/difficulty';
import { tagText } from '../lib/skills';

const InputLine = z.object({
  title: z.string(),
  description: z.optional(z.string()),
  /** Free text such as "Hourly: $30-$50" or "Est. Budget: $500"; read by the difficulty estimate. */
  budget: z.optional(z.string()),
  platformSkills: z.optional(z.array(z.string())),
  platformLevel: z.optional(z.string()),
});

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
  const skills = tagText({ title, description, platformSkills }).map(({ id, name }) => ({ id, name }));
  const estimate = estimateDifficulty({
    title,
    ...(description !== undefined ? { description } : {}),
    ...(budget !== undefined ? { budgetText: budget } : {}),
    ...(platformSkills !== undefined ? { platformSkills } : {}),
    skills: skills.map((s) => s.id),
    ...(platformLevel !== undefined ? { platformLevel: readPlatformLevel(platformLevel) } : {}),
  });
  // `uncertain`: too little text to judge (a title, a bare gig); `level` is then the model's best guess.
  const { level, score, reasons, uncertain } = estimate;
  return JSON.stringify({ skills, difficulty: { level, score, reasons, uncertain } });
}

/**
 * `npm run -s eval:resources [-- SHARED_DATA_DIR]`: how well the bundled learning resources cover
 * what the market asks for. Reads ../shared/data (tests never do). Prints the most in-demand skills
 * in the labelled job data with how each is covered (directly, through its broader skill, or by its
 * category's starting points), the coverage of the whole taxonomy and of every skill "what to learn
 * next" can suggest, and exits 1 when a target is missed:
 * - the 300 most in-demand skills, and the 5 most in-demand of each category, covered directly;
 * - every skill learn-next can return (one with prerequisites) covered at least by inheritance.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resourcesFor } from '../lib/learn/coverage';
import { allResources } from '../lib/learn/resources';
import { getSkill, taxonomy } from '../lib/skills';
import { CATEGORIES, type CategoryId } from '../lib/skills/types';
import { rankDemand } from './learn/demand-rank';

const TOP = 300;
const PER_CATEGORY = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = process.argv[2] ?? join(root, '..', 'shared', 'data');

const { ranked, listings } = rankDemand(join(dataDir, 'labelled'));
const how = (id: string): string => {
  const c = resourcesFor(id).coveredBy;
  if (!c) return 'NONE';
  return c.how === 'direct' ? 'direct' : c.how === 'broader' ? `via ${c.skill}` : `via @${c.category}`;
};
const failures: string[] = [];

console.log(
  `${allResources().length} resources; ${listings} listings with skills, ${ranked.length} skills asked for\n`,
);
console.log(`The ${TOP} most in-demand skills (listings asking for each):`);
ranked.slice(0, TOP).forEach((r, i) => {
  const h = how(r.id);
  console.log(`${String(i + 1).padStart(4)}. ${getSkill(r.id)?.name ?? r.id} (${r.listings}) — ${h}`);
  if (h !== 'direct') failures.push(`top-${TOP} skill ${r.id} not covered directly (${h})`);
});

console.log(`\nThe ${PER_CATEGORY} most in-demand skills of each category:`);
for (const category of Object.keys(CATEGORIES) as CategoryId[]) {
  const top = ranked.filter((r) => getSkill(r.id)?.category === category).slice(0, PER_CATEGORY);
  console.log(`  ${category}: ${top.map((r) => `${r.id} (${r.listings}, ${how(r.id)})`).join(', ') || '—'}`);
  for (const r of top) if (how(r.id) !== 'direct') failures.push(`${category} top skill ${r.id} not direct`);
}

const tally = (ids: readonly string[]) => {
  const t = { direct: 0, broader: 0, category: 0, none: 0 };
  for (const id of ids) t[resourcesFor(id).coveredBy?.how ?? 'none'] += 1;
  return t;
};
const all = taxonomy().skills.map((s) => s.id);
const learnable = taxonomy()
  .skills.filter((s) => s.prerequisites.length > 0)
  .map((s) => s.id);
const fmt = (t: ReturnType<typeof tally>, n: number) =>
  `direct ${t.direct}, via broader skill ${t.broader}, via category ${t.category}, none ${t.none} (of ${n})`;
console.log(`\nTaxonomy: ${fmt(tally(all), all.length)}`);
const lt = tally(learnable);
console.log(`Skills learn-next can suggest (with prerequisites): ${fmt(lt, learnable.length)}`);
if (lt.none > 0) failures.push(`${lt.none} learn-next skills have no resource`);
const topIds = ranked.slice(0, TOP).map((r) => r.id);
const covered = ranked.filter((r) => how(r.id) === 'direct').reduce((n, r) => n + r.listings, 0);
const asked = ranked.reduce((n, r) => n + r.listings, 0);
console.log(
  `Top ${TOP} covered directly: ${topIds.filter((id) => how(id) === 'direct').length}/${topIds.length}; ` +
    `skill mentions in the data covered directly: ${((covered / asked) * 100).toFixed(1)}%`,
);

if (failures.length > 0) {
  console.log(`\nFAILED:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = 1;
}

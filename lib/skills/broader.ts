/**
 * Which skill a narrower skill is a kind of ("On-Page SEO" of SEO, "WordPress Theme Development"
 * of WordPress; decided by the build, scripts/taxonomy/broader.ts), and whether a person's skills
 * cover a skill a listing names. Kept apart from the taxonomy so that the card's fit, which runs
 * in the content script, carries this small table and not the whole taxonomy.
 */
import { PACKED_BROADER } from './broader.generated';
import type { SkillId } from './types';

let table: Map<SkillId, SkillId> | undefined;

function broaderTable(): Map<SkillId, SkillId> {
  if (!table) {
    table = new Map();
    for (const line of PACKED_BROADER.split('\n')) {
      const [id, broader] = line.split('>');
      if (id && broader) table.set(id, broader);
    }
  }
  return table;
}

/** The skill `id` is a kind of, if it is a narrower one. */
export function broaderOf(id: SkillId): SkillId | undefined {
  return broaderTable().get(id);
}

/** `id` and the skills it is a kind of, nearest first: ["wordpress-theme-development", "wordpress"]. */
export function withBroader(id: SkillId): SkillId[] {
  const out = [id];
  // The build makes each broader name strictly shorter, so the chain ends; the bound is a guard.
  for (let b = broaderOf(id); b && out.length < 8 && !out.includes(b); b = broaderOf(b)) out.push(b);
  return out;
}

/**
 * True when `skills` hold `id` or a skill it is a kind of: a person who has SEO can take a gig
 * that asks for On-Page SEO, one who has WordPress a WordPress Theme Development gig.
 */
export function covers(skills: ReadonlySet<SkillId>, id: SkillId): boolean {
  return withBroader(id).some((s) => skills.has(s));
}

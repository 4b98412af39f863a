/** Skill signals: how advanced the tagged skills are (the taxonomy's beginner hint), counted and on average. */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../lib/difficulty';
import {
  ADVANCED_UP_TO,
  FRIENDLY_FROM,
  factsOf,
  featuresOf,
  meanHint,
} from '../../../lib/difficulty/features';
import { getSkill, tagText } from '../../../lib/skills';
import { freelancerLine, testModel, upworkLine } from './fixtures';

const SKILLS = testModel({
  signals: { 'skills.advanced': 0.5, 'skills.friendly': -0.4 },
});
const skillReasons = (input: DifficultyInput) =>
  explainDifficulty(input, SKILLS).filter((r) => r.group.startsWith('skills.'));

describe('kind of skills', () => {
  it('advanced skills the tagger finds count toward expert, named (line 10, a data science project)', () => {
    const { input } = upworkLine(10);
    const skills = tagText(input).map((s) => s.id);
    const advanced = skills.filter((id) => (getSkill(id)?.beginner ?? 1) <= ADVANCED_UP_TO);
    expect(advanced.length).toBeGreaterThan(0);
    const found = skillReasons({ title: input.title, skills }).find((r) => r.group === 'skills.advanced');
    expect(found?.weight).toBe(0.5 * Math.min(3, advanced.length));
    expect(found?.reason).toContain(getSkill(advanced[0] ?? '')?.name);
  });

  it('beginner-friendly skills count toward easier ("Simple css fixing": CSS, HTML)', () => {
    const ids = ['css', 'html'];
    for (const id of ids) expect(getSkill(id)?.beginner).toBeGreaterThanOrEqual(FRIENDLY_FROM);
    expect(skillReasons({ ...freelancerLine(78), skills: ids })).toEqual([
      { group: 'skills.friendly', reason: 'beginner-friendly skills: CSS, HTML', weight: -0.8 },
    ]);
  });

  it('a middling skill is neither advanced nor friendly (Python)', () => {
    const python = getSkill('python')?.beginner ?? 0;
    expect(python).toBeLessThan(FRIENDLY_FROM);
    expect(python).toBeGreaterThan(ADVANCED_UP_TO);
    expect(skillReasons({ title: freelancerLine(78).title, skills: ['python'] })).toEqual([]);
  });

  it('ids the taxonomy does not know are ignored, not guessed', () => {
    expect(factsOf({ title: 'Simple css fixing', skills: ['no-such-skill'] }).skills).toEqual([]);
  });
});

describe('skills on average', () => {
  const HINT = testModel({ signals: { 'skills.hint': -1 } });
  const hintReasons = (input: DifficultyInput) =>
    explainDifficulty(input, HINT).filter((r) => r.group === 'skills.hint');

  it('the mean beginner hint of the tagged skills, less ½ (line 10, a data science project)', () => {
    const { input } = upworkLine(10);
    const skills = tagText(input).map((s) => s.id);
    const known = skills.flatMap((id) => getSkill(id) ?? []);
    const hint = featuresOf(factsOf({ ...input, skills })).get('skills.hint') ?? 0;
    expect(hint).toBeCloseTo(meanHint(known) - 0.5, 10);
    // Mostly hard skills: the contribution is toward harder, the hardest named first.
    expect(hint).toBeLessThan(0);
    const hardest = [...known].sort((a, b) => a.beginner - b.beginner)[0]?.name ?? '';
    expect(hintReasons({ ...input, skills })[0]?.reason).toMatch(
      new RegExp(`^skills mostly on the harder side: ${hardest.replace(/[.+]/g, '\\$&')}`),
    );
  });

  it('easy skills are worded as easier ("Simple css fixing": CSS, HTML)', () => {
    const [reason] = hintReasons({ ...freelancerLine(78), skills: ['css', 'html'] });
    expect(reason?.reason).toMatch(/^skills mostly on the easier side: (CSS, HTML|HTML, CSS)$/);
    expect(reason?.weight).toBeLessThan(0);
  });

  it('no tagged skill, no signal (and the number of skills a page lists is not one)', () => {
    const { input } = upworkLine(21);
    expect(input.platformSkills).toHaveLength(7);
    const x = featuresOf(factsOf(input));
    expect([...x.keys()].filter((k) => k.startsWith('skills.'))).toEqual([]);
    expect(hintReasons(input)).toEqual([]);
  });
});

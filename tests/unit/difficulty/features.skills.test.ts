/** Skill signals: how advanced the tagged skills are (the taxonomy's beginner hint) and how many are asked for. */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../lib/difficulty';
import { ADVANCED_UP_TO, FRIENDLY_FROM, factsOf, featuresOf } from '../../../lib/difficulty/features';
import { getSkill, tagText } from '../../../lib/skills';
import { freelancerLine, testModel, upworkLine } from './fixtures';

const SKILLS = testModel({
  signals: { 'skills.advanced': 0.5, 'skills.friendly': -0.4, 'skills.many': 0.3 },
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

describe('number of skills', () => {
  it('the client’s own list counts, else the tagged skills (line 21 lists seven)', () => {
    const { input } = upworkLine(21);
    expect(input.platformSkills).toHaveLength(7);
    expect(featuresOf(factsOf(input)).get('skills.many')).toBe(1);
    expect(skillReasons(input)).toContainEqual({
      group: 'skills.many',
      reason: 'asks for 7 skills',
      weight: 0.3,
    });
    expect(
      featuresOf(factsOf({ title: input.title, skills: ['css', 'html'] })).get('skills.many'),
    ).toBeUndefined();
  });
});

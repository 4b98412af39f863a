/** Skill signals: how many skills, and how hard they are to learn (the taxonomy's beginner hint). */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../../lib/difficulty';
import { getSkill, tagText } from '../../../../lib/skills';
import { freelancerLine, upworkLine } from '../fixtures';

const weightOf = (input: DifficultyInput, reason: string) =>
  explainDifficulty(input).find((c) => c.reason === reason)?.weight;
const skillReasons = (input: DifficultyInput) =>
  explainDifficulty(input).filter((c) => /skills?\b/.test(c.reason) && c.kind === 'work');

describe('kind of skills', () => {
  it('advanced skills the tagger finds count toward expert (line 10, a data science project)', () => {
    const { input } = upworkLine(10);
    const skills = tagText(input).map((s) => s.id);
    const advanced = skills.filter((id) => (getSkill(id)?.beginner ?? 1) <= 0.25);
    expect(advanced.length).toBeGreaterThan(0);
    const found = explainDifficulty({ title: input.title, skills }).find((c) =>
      c.reason.startsWith('advanced skills: '),
    );
    expect(found?.weight).toBeGreaterThan(0);
    expect(found?.reason).toContain(getSkill(advanced[0]!)?.name);
  });

  it('only beginner-friendly skills count toward easier ("Simple css fixing": CSS, HTML)', () => {
    const ids = ['css', 'html'];
    for (const id of ids) expect(getSkill(id)?.beginner).toBeGreaterThanOrEqual(0.75);
    const input = { ...freelancerLine(78), skills: ids };
    expect(weightOf(input, 'beginner-friendly skills: CSS, HTML')).toBeLessThan(0);
  });

  it('a mix of friendly and middling skills says nothing', () => {
    const ids = ['css', 'python'];
    expect(getSkill('python')?.beginner).toBeLessThan(0.75);
    expect(getSkill('python')?.beginner).toBeGreaterThan(0.25);
    expect(skillReasons({ title: freelancerLine(78).title, skills: ids })).toEqual([]);
  });

  it('ids the taxonomy does not know are ignored, not guessed', () => {
    expect(skillReasons({ title: 'Simple css fixing', skills: ['no-such-skill'] })).toEqual([]);
  });
});

describe('number of skills', () => {
  it('one skill ("Data Scraping", line 6) counts toward easier', () => {
    expect(weightOf(upworkLine(6).input, 'one skill')).toBeLessThan(0);
  });

  it('seven skills (line 21) count toward harder', () => {
    expect(upworkLine(21).input.platformSkills).toHaveLength(7);
    expect(weightOf(upworkLine(21).input, 'asks for 7 skills')).toBeGreaterThan(0);
  });
});

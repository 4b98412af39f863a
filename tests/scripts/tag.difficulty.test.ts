/** The difficulty in the `npm run tag` protocol, as the team's held-out scoring reads it. */
import { describe, expect, it } from 'vitest';
import { tagLine } from '../../scripts/tag-line';
import { freelancerLine, upworkLine } from '../unit/difficulty/fixtures';

const difficultyOf = (listing: object) => JSON.parse(tagLine(JSON.stringify(listing))).difficulty;

describe('difficulty in the tag protocol', () => {
  it('keeps level, score and reasons, and adds whether the level is a guess', () => {
    const { title, description, budgetText } = upworkLine(21).input;
    const out = difficultyOf({ title, description, budget: budgetText });
    expect(Object.keys(out)).toEqual(['level', 'score', 'reasons', 'uncertain']);
    expect(out).toMatchObject({ level: 'expert', uncertain: false });
    expect(out.score).toBeGreaterThan(0.5);
    expect(out.reasons[0]).toBe('pays $40–$70/hr');
  });

  it('a title alone is uncertain, yet still one of the three levels', () => {
    const out = difficultyOf({ title: 'Write and post 30 word text', budget: '$10' });
    expect(out.uncertain).toBe(true);
    expect(['beginner', 'intermediate', 'expert']).toContain(out.level);
    expect(out.reasons[0]).toBe('little text to judge from: a guess');
  });

  it('reads the printed budget text the way the extension reads a card ("$21" on Freelancer.com)', () => {
    const { title, description, budgetText } = freelancerLine(107);
    expect(difficultyOf({ title, description, budget: budgetText })).toMatchObject({ level: 'beginner' });
  });

  it('knows the marketplace by id, name or the careful files\' "src": a Toptal job is never beginner', () => {
    const { title, description, budgetText } = freelancerLine(107);
    const line = { title, description, budget: budgetText };
    expect(difficultyOf(line).level).toBe('beginner');
    for (const named of [{ platform: 'toptal' }, { platform: 'Toptal' }, { src: 'toptal-2026' }])
      expect(difficultyOf({ ...line, ...named }).level).toBe('intermediate');
    // A name that is none of the marketplaces changes nothing.
    expect(difficultyOf({ ...line, src: 'somewhere-2026' }).level).toBe('beginner');
    expect(difficultyOf({ ...line, src: 'freelancer-2020' }).level).toBe('beginner');
  });

  it('shows a printed level as the level, and the model’s reading in the reasons when they differ', () => {
    const { title, description, budgetText } = upworkLine(21).input;
    const out = difficultyOf({ title, description, budget: budgetText, platformLevel: 'Entry level' });
    expect(out).toMatchObject({ level: 'beginner', uncertain: false });
    expect(out.reasons[0]).toBe('The marketplace says Entry level; the text reads as expert');
  });
});

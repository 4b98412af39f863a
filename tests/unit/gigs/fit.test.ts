import { describe, expect, it } from 'vitest';
import type { Tags } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { assessFit } from '@/lib/gigs/fit';

const profile: Profile = {
  ...DEFAULT_PROFILE,
  skills: ['html', 'css', 'javascript'],
  goals: ['react'],
  level: 'beginner',
};
const tags = (ids: string[], level: Tags['difficulty']['level']): Tags => ({
  skills: ids.map((id) => ({ id, name: id })),
  difficulty: { level, score: 0.5, reasons: [] },
});

describe('fit', () => {
  it('ranks a gig that practises one new skill beside known ones highest', () => {
    const learnOne = assessFit(profile, tags(['react', 'html', 'css'], 'beginner'));
    const knownOnly = assessFit(profile, tags(['html', 'css'], 'beginner'));
    const unknown = assessFit(profile, tags(['php', 'wordpress'], 'beginner'));
    expect(learnOne).toMatchObject({ match: true, have: ['html', 'css'], learn: ['react'], tooHard: false });
    expect(knownOnly).toMatchObject({ match: true, learn: [] });
    expect(unknown).toMatchObject({ match: false, offTarget: true });
    expect(learnOne.score).toBeGreaterThan(knownOnly.score);
    expect(knownOnly.score).toBeGreaterThan(unknown.score);
  });

  it('calls an expert gig too hard for a beginner, and a stretch gig still a match', () => {
    expect(assessFit(profile, tags(['react'], 'expert'))).toMatchObject({ tooHard: true, match: false });
    expect(assessFit(profile, tags(['react'], 'intermediate'))).toMatchObject({
      tooHard: false,
      match: true,
    });
    expect(assessFit({ ...profile, level: 'intermediate' }, tags(['react'], 'expert'))).toMatchObject({
      tooHard: false,
    });
  });

  it('calls nothing off-target before the user said what they have or want', () => {
    expect(assessFit(DEFAULT_PROFILE, tags(['php'], 'beginner'))).toMatchObject({
      offTarget: false,
      match: false,
    });
  });
});

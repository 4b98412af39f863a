import { describe, expect, it } from 'vitest';
import type { Tags } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import { assessFit } from '@/lib/gigs/fit';
import { confidentSkills, tagText } from '@/lib/skills';
import { freelancerJobs, listing, peoplePerHourTitles } from '../skills/fixtures';

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

  it('counts a narrower skill a listing names as one the user has when they have the broader one', () => {
    const tagsOf = (title: string, description?: string): Tags => ({
      skills: confidentSkills(tagText({ title, ...(description ? { description } : {}) })),
      difficulty: { level: 'beginner', score: 0.2, reasons: [] },
    });
    const seo = tagsOf(listing(peoplePerHourTitles(), 'Onpage Seo for small Blog').title);
    expect(seo.skills.map((s) => s.id)).toContain('on-page-seo');
    const seoPerson = { ...profile, skills: ['seo'], goals: [] };
    expect(assessFit(seoPerson, seo)).toMatchObject({ match: true, have: ['on-page-seo', 'seo'] });

    const theme = listing(freelancerJobs(), 'Kallyas Wordpress Theme Support - Pagebuilder not saving');
    const wp = tagsOf(theme.title, theme.description);
    expect(wp.skills.map((s) => s.id)).toContain('wordpress-theme-development');
    const fit = assessFit({ ...profile, skills: ['wordpress'], goals: ['javascript'] }, wp);
    expect(fit.have).toEqual(expect.arrayContaining(['wordpress', 'wordpress-theme-development']));
    expect(fit.learn).toEqual(['javascript']);
    // The broader skill is not covered by a narrower one: a theme developer is not every WordPress job.
    expect(
      assessFit({ ...profile, skills: ['on-page-seo'], goals: [] }, tags(['seo'], 'beginner')).have,
    ).toEqual([]);
  });

  it('takes a narrower skill of a goal as something to learn', () => {
    const fit = assessFit({ ...profile, skills: [], goals: ['seo'] }, tags(['on-page-seo'], 'beginner'));
    expect(fit).toMatchObject({ learn: ['on-page-seo'], have: [], match: true });
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE, type Profile, readProfile } from '@/lib/core/profile';

const saved: Profile = {
  skills: ['html', 'css', 'javascript', 'copywriting'],
  goals: ['shopify', 'n8n'],
  level: 'beginner',
  platforms: ['upwork', 'fiverr'],
  page: { highlight: true, hideMode: 'dim' },
};

describe('reading the stored profile', () => {
  it('is the default profile on a first run, with nothing to report', () => {
    expect(readProfile(undefined)).toEqual({ profile: DEFAULT_PROFILE });
    expect(readProfile(null)).toEqual({ profile: DEFAULT_PROFILE });
  });

  it('uses a profile of the current shape as it is', () => {
    expect(readProfile(saved)).toEqual({ profile: saved });
  });

  it('keeps every skill and goal when another field cannot be read, and says what was reset', () => {
    const read = readProfile({ ...saved, level: 'guru', page: { highlight: 'yes', hideMode: 'dim' } });
    expect(read.profile.skills).toEqual(saved.skills);
    expect(read.profile.goals).toEqual(saved.goals);
    expect(read.profile.level).toBe('beginner');
    expect(read.profile.page).toEqual({ highlight: true, hideMode: 'dim' });
    expect(read.problem).toBe(
      'Part of your saved profile could not be read: your level and highlight setting were reset. Check them in Options.',
    );
  });

  it('keeps the skills of a profile missing fields a later version added', () => {
    const read = readProfile({ skills: ['python'], goals: ['web-scraping'] });
    expect(read.profile).toEqual({ ...DEFAULT_PROFILE, skills: ['python'], goals: ['web-scraping'] });
    expect(read.problem).toContain(
      // The reset fields are listed as Intl.ListFormat lists them in English.
      'your level, marketplaces, highlight setting, and dim or collapse setting were reset',
    );
  });

  it('drops only the entries of a list it cannot use', () => {
    const read = readProfile({
      ...saved,
      skills: ['html', '', 42, 'html', ' css '],
      platforms: ['upwork', 'myspace'],
    });
    expect(read.profile.skills).toEqual(['html', 'css']);
    expect(read.profile.platforms).toEqual(['upwork']);
  });

  it('falls back entirely only when the value is not a profile at all, and says so', () => {
    for (const value of ['html,css', 42, ['html']]) {
      const read = readProfile(value);
      expect(read.profile).toEqual(DEFAULT_PROFILE);
      expect(read.problem).toMatch(/could not be read, so the defaults are in use/);
    }
  });
});

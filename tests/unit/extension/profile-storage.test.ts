/**
 * The profile in storage.sync through WXT's fake browser: profiles saved by this version and by
 * versions before the version was kept are read whole; a shape change migrates without losing a
 * skill or goal; a damaged value is kept aside before anything can overwrite it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import {
  defineProfileItem,
  loadProfile,
  loadProfileAtOnce,
  loadProfileRead,
  unreadableProfileItem,
  updateProfile,
} from '@/lib/extension/profile-storage';

const saved: Profile = {
  skills: ['html', 'css', 'javascript', 'copywriting'],
  goals: ['shopify', 'n8n'],
  level: 'beginner',
  platforms: ['upwork', 'freelancer', 'other'],
  page: { highlight: true, hideMode: 'collapse' },
};

beforeEach(() => fakeBrowser.reset());

describe('the stored profile', () => {
  it('reads a profile saved by this version', async () => {
    await fakeBrowser.storage.sync.set({ profile: saved, profile$: { v: 1 } });
    expect(await loadProfileRead()).toEqual({ profile: saved });
  });

  it('reads a profile saved before the version was stored beside it', async () => {
    await fakeBrowser.storage.sync.set({ profile: saved });
    expect(await loadProfile()).toEqual(saved);
  });

  it('is the default profile when nothing was saved', async () => {
    expect(await loadProfileRead()).toEqual({ profile: DEFAULT_PROFILE });
  });

  it('migrates an older shape step by step, keeping every skill and goal', async () => {
    // A version 1 profile as a later version 2 would find it, where v2 renamed `goals` to `learning`.
    await fakeBrowser.storage.sync.set({ profile: saved });
    const item = defineProfileItem(2, {
      2: (old) => {
        const { goals, ...rest } = old as Profile;
        return { ...rest, learning: goals };
      },
    });
    await item.migrate();
    const stored = await fakeBrowser.storage.sync.get(['profile', 'profile$']);
    expect(stored.profile$).toEqual({ v: 2 });
    expect(stored.profile).toEqual({ ...saved, goals: undefined, learning: saved.goals });
  });

  it('keeps a damaged profile aside and tells the user, so the next save loses nothing', async () => {
    const damaged = { skills: ['react', 'node'], goals: 'typescript', level: 3 };
    await fakeBrowser.storage.sync.set({ profile: damaged });
    const read = await loadProfileRead();
    expect(read.profile.skills).toEqual(['react', 'node']);
    expect(read.problem).toContain('your learning goals, level, marketplaces');
    expect(await unreadableProfileItem.getValue()).toEqual(damaged);

    await updateProfile({ goals: ['typescript'] });
    expect(await loadProfileRead()).toEqual({
      profile: { ...DEFAULT_PROFILE, skills: ['react', 'node'], goals: ['typescript'] },
    });
    // The copy is the damaged original, not the repaired profile.
    expect(await unreadableProfileItem.getValue()).toEqual(damaged);
  });

  it('saves a change to one part and keeps the rest', async () => {
    await fakeBrowser.storage.sync.set({ profile: saved });
    await updateProfile({ page: { highlight: false, hideMode: 'none' } });
    expect(await loadProfile()).toEqual({ ...saved, page: { highlight: false, hideMode: 'none' } });
  });
});

describe('the profile read at once (a marketplace page waits on it)', () => {
  it('reads what the versioned item reads, with or without the version beside it', async () => {
    await fakeBrowser.storage.sync.set({ profile: saved, profile$: { v: 1 } });
    expect(await loadProfileAtOnce()).toEqual(await loadProfile());
    await fakeBrowser.storage.sync.set({ profile: { ...saved, skills: ['react'] }, profile$: {} });
    expect(await loadProfileAtOnce()).toEqual({ ...saved, skills: ['react'] });
    fakeBrowser.reset();
    expect(await loadProfileAtOnce()).toEqual(DEFAULT_PROFILE);
  });

  it('goes the long way for a damaged profile: part reset, the whole kept aside', async () => {
    const damaged = { ...saved, level: 'guru' };
    await fakeBrowser.storage.sync.set({ profile: damaged });
    const profile = await loadProfileAtOnce();
    expect(profile.skills).toEqual(saved.skills);
    expect(profile.level).toBe(DEFAULT_PROFILE.level);
    expect(await unreadableProfileItem.getValue()).toEqual(damaged);
  });

  it('goes the long way for a profile stored by a newer version, refusing it as the item does', async () => {
    await fakeBrowser.storage.sync.set({ profile: saved, profile$: { v: 99 } });
    await expect(loadProfileAtOnce()).resolves.toEqual(await loadProfile());
  });
});

/**
 * The profile in `storage.sync`, shared by the content script, popup, options page and
 * dashboard. Stored with its version, so a profile saved by an older SkillScout is migrated
 * step by step; read with the tolerant reader, so a damaged field resets only itself. A stored
 * value that cannot be read whole is first copied to `local:profileUnreadable`, so the next
 * save cannot destroy what the user had.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  PROFILE_MIGRATIONS,
  PROFILE_VERSION,
  type Profile,
  type ProfileRead,
  readProfile,
} from '../core/profile';

/** The stored profile at a version, with the steps that bring older stored shapes up to it. */
export function defineProfileItem(
  version = PROFILE_VERSION,
  migrations: Record<number, (stored: unknown) => unknown> = PROFILE_MIGRATIONS,
) {
  return storage.defineItem<Profile>('sync:profile', { version, migrations });
}

export const profileItem = defineProfileItem();

/** Where an unreadable stored profile is kept, untouched, for the user or a later version. */
export const unreadableProfileItem = storage.defineItem<unknown>('local:profileUnreadable');

/** The stored profile, and what could not be read of it. */
export async function loadProfileRead(): Promise<ProfileRead> {
  const stored: unknown = await profileItem.getValue();
  const read = readProfile(stored);
  if (read.problem && (await unreadableProfileItem.getValue()) === null) {
    await unreadableProfileItem.setValue(stored);
  }
  return read;
}

export async function loadProfile(): Promise<Profile> {
  return (await loadProfileRead()).profile;
}

/**
 * The profile in one read of storage, value and version together (a marketplace page waits on
 * it before it reads a card; the versioned item takes two reads one after the other). A profile
 * stored at another version, or one that cannot be read whole, goes the long way: migrated, or
 * kept aside as unreadable.
 */
export async function loadProfileAtOnce(): Promise<Profile> {
  const got: Record<string, unknown> = await browser.storage.sync.get(['profile', 'profile$']);
  const meta = got.profile$;
  const version =
    typeof meta === 'object' && meta !== null && 'v' in meta && typeof meta.v === 'number' ? meta.v : 1;
  if (version === PROFILE_VERSION) {
    const read = readProfile(got.profile);
    if (!read.problem) return read.profile;
  }
  return loadProfile();
}

/** Saves a change to part of the profile, keeping the rest as stored. */
export async function updateProfile(change: Partial<Profile>): Promise<Profile> {
  const next = { ...(await loadProfile()), ...change };
  await profileItem.setValue(next);
  return next;
}

/** Calls `onChange` with every new profile saved from any extension page; returns the unwatch. */
export function watchProfile(onChange: (profile: Profile) => void): () => void {
  return profileItem.watch((next) => onChange(readProfile(next).profile));
}

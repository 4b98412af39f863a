/**
 * The profile in `storage.sync`, shared by the content script, popup and options page. A
 * stored value that does not fit the schema (an older or damaged one) reads as the default
 * rather than breaking the page.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PROFILE, PROFILE_VERSION, Profile } from '@/lib/core/profile';

export const profileItem = storage.defineItem<Profile>('sync:profile', {
  fallback: DEFAULT_PROFILE,
  version: PROFILE_VERSION,
});

/** A stored value as a profile: the default when it does not fit the schema. */
export function readProfile(value: unknown): Profile {
  const parsed = Profile.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_PROFILE;
}

export async function loadProfile(): Promise<Profile> {
  return readProfile(await profileItem.getValue());
}

/** Calls `onChange` with every new profile saved from any extension page; returns the unwatch. */
export function watchProfile(onChange: (profile: Profile) => void): () => void {
  return profileItem.watch((next) => onChange(readProfile(next)));
}

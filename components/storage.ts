/**
 * The profile in `storage.sync`, shared by the content script, popup and options page. A
 * stored value that does not fit the schema (an older or damaged one) reads as the default
 * rather than breaking the page.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_PROFILE, PROFILE_VERSION, Profile } from '@/lib/profile';

export const profileItem = storage.defineItem<Profile>('sync:profile', {
  fallback: DEFAULT_PROFILE,
  version: PROFILE_VERSION,
});

export async function loadProfile(): Promise<Profile> {
  const parsed = Profile.safeParse(await profileItem.getValue());
  return parsed.success ? parsed.data : DEFAULT_PROFILE;
}

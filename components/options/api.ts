/**
 * What the options page needs from the background and the profile's storage, as plain async
 * functions: the entrypoint wires them to messages and `storage.sync`, the tests to fakes.
 */
import type { Profile, ProfileRead } from '@/lib/core/profile';
import type { Request } from '@/lib/messages/client';
import type { uiMessageSchemas } from '@/lib/messages/ui';
import type { OptionsProps } from './Options';

export interface ProfileStore {
  load(): Promise<ProfileRead>;
  /** Saves a change to part of the profile, keeping the rest as stored. */
  update(change: Partial<Profile>): Promise<unknown>;
}

export function optionsApiOver(
  request: Request<typeof uiMessageSchemas>,
  profile: ProfileStore,
): OptionsProps {
  return {
    loadSummary: () => request('ui-bg-get-summary', { recentLimit: 1 }),
    exportFile: (kind) => request('ui-bg-export', { kind }),
    importFile: async (kind, text) => (await request('ui-bg-import', { kind, text })).imported,
    profile: {
      load: profile.load,
      save: async (basics) => {
        await profile.update(basics);
      },
      learning: async (goals) => {
        const { profile: stored } = await profile.load();
        return (await request('ui-bg-get-learning', { skills: goals, profile: stored, practice: true }))
          .items;
      },
    },
    page: {
      load: async () => (await profile.load()).profile.page,
      save: async (page) => {
        await profile.update({ page });
      },
    },
    horizon: {
      load: async () => (await request('ui-bg-get-settings', {})).horizonDays,
      save: async (horizonDays) => (await request('ui-bg-set-horizon', { horizonDays })).horizonDays,
    },
    deleteAll: async () => {
      await request('ui-bg-delete-all', { confirm: true });
    },
  };
}

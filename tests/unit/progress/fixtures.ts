/** Small, hand-checkable progress data shared by the progress tests. */

import type { Listing, ProgressEntry, QueueItem, QueueStatus } from '@/lib/core/model';
import { DEFAULT_PROFILE, type Profile } from '@/lib/core/profile';
import type { DemandReport, SkillDemand } from '@/lib/demand/report';

export const entry = (over: Partial<ProgressEntry> & Pick<ProgressEntry, 'id'>): ProgressEntry => ({
  title: `Gig ${over.id}`,
  platform: 'upwork',
  skills: ['html'],
  hours: 10,
  earnings: 200,
  currency: 'USD',
  ...over,
});

export const listing = (id: string, over: Partial<Listing> = {}): Listing => ({
  id: `upwork:${id}`,
  platform: 'upwork',
  url: `https://www.upwork.com/jobs/~${id}`,
  title: `Listing ${id}`,
  description: 'Fix the landing page.',
  platformSkills: [],
  ...over,
});

/** A queue item that went through `path` (after "saved"), one step per minute. */
export const queued = (id: string, path: QueueStatus[], over: Partial<Listing> = {}): QueueItem => {
  const history = [
    { status: 'saved' as QueueStatus, at: 0 },
    ...path.map((status, i) => ({ status, at: (i + 1) * 60_000 })),
  ];
  const last = history[history.length - 1]!;
  return {
    listingId: `upwork:${id}`,
    listing: listing(id, over),
    status: last.status,
    notes: '',
    savedAt: 0,
    updatedAt: last.at,
    history,
  };
};

export const skillDemand = (
  skill: string,
  d90: number,
  hourly: Array<[string, number]> = [],
): SkillDemand => ({
  skill,
  counts: { d7: 0, d30: d90, d90 },
  byPlatform: { upwork: { d7: 0, d30: d90, d90 } },
  trend: { thisWeek: 0, weeklyBefore: 0, change: null },
  beginnerShare: 0.5,
  pay: { hourly: hourly.map(([currency, median]) => ({ currency, median, samples: 4 })), fixed: [] },
  coSkills: [],
});

export const demandOf = (skills: SkillDemand[]): DemandReport => ({
  today: 20_500,
  totals: { d7: 0, d30: 0, d90: 0 },
  byPlatform: {},
  skills,
});

export const profileWith = (over: Partial<Profile>): Profile => ({ ...DEFAULT_PROFILE, ...over });

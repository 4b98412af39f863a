import type { Platform, ScanProblem } from '@/lib/core/model';
import { MARKETPLACES } from '@/lib/core/platforms';

export function platformLabel(platform: Platform): string {
  return MARKETPLACES.find((m) => m.id === platform)?.label ?? 'Other job board';
}

/** What the user is told instead of a silent "0 found". */
export const PROBLEM_TEXT: Record<ScanProblem, string> = {
  'no-adapter': 'SkillScout cannot read this site yet.',
  'layout-not-recognised': "This page's layout was not recognised: the site may have changed.",
  'adapter-error': 'Listings were found but could not be read.',
  'read-by-generic-detector':
    "This site's layout has changed: its listings were read by the generic detector.",
};

export function timeAgo(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

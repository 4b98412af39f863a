import type { ScanProblem } from '@/lib/core/model';

/** What the user is told instead of a silent "0 found". */
export const PROBLEM_TEXT: Record<ScanProblem, string> = {
  'no-adapter': 'SkillScout cannot read this site yet.',
  'layout-not-recognised': "This page's layout was not recognised: the site may have changed.",
  'adapter-error': 'Listings were found but could not be read.',
  'read-by-generic-detector':
    "This site's layout has changed: its listings were read by the generic detector.",
};

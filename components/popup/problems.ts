import { type MessageKey, t } from '@/lib/core/i18n';
import type { ScanProblem } from '@/lib/core/model';

const PROBLEM: Record<ScanProblem, MessageKey> = {
  'no-adapter': 'problemNoAdapter',
  'layout-not-recognised': 'problemLayout',
  'adapter-error': 'problemAdapterError',
  'read-by-generic-detector': 'problemGeneric',
};

/** What the user is told instead of a silent "0 found". */
export const problemText = (problem: ScanProblem): string => t(PROBLEM[problem]);

/**
 * How a difficulty is named to the user, in one place for the card pill and the popup. A level
 * guessed from too little text carries a question mark and says so: never a confident "Beginner".
 * Kept apart from the model so the content script can name a level without loading the weights.
 */
import type { DifficultyLevel, Tags } from '../model';

const LEVEL_NAMES: Record<DifficultyLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

type Shown = Pick<Tags['difficulty'], 'level' | 'uncertain'>;

/** "Beginner", or "Beginner?" when the level is a guess. */
export const levelLabel = ({ level, uncertain }: Shown): string =>
  `${LEVEL_NAMES[level]}${uncertain ? '?' : ''}`;

/** The same for a screen reader, and for a tooltip: "Beginner, uncertain (little text to judge)". */
export const levelDescription = ({ level, uncertain }: Shown): string =>
  uncertain ? `${LEVEL_NAMES[level]}, uncertain (little text to judge)` : LEVEL_NAMES[level];

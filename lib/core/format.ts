/**
 * How SkillScout writes money, levels, places and times for a person: one copy of each, used
 * by the card UI, the popup, the checklist, the dashboard and the case studies alike, so the
 * same amount never reads two ways.
 */
import type { Budget, DifficultyLevel, PlatformLevel, Tags } from './model';

/** Our own reading of a listing. */
export const LEVEL_LABEL: Record<DifficultyLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

type ShownLevel = Pick<Tags['difficulty'], 'level' | 'uncertain'>;

/** "Beginner", or "Beginner?" when the level is a guess from too little text: never a confident one. */
export const levelLabel = ({ level, uncertain }: ShownLevel): string =>
  `${LEVEL_LABEL[level]}${uncertain ? '?' : ''}`;

/** The same for a screen reader and a tooltip: "Beginner, uncertain (little text to judge)". */
export const levelDescription = ({ level, uncertain }: ShownLevel): string =>
  uncertain ? `${LEVEL_LABEL[level]}, uncertain (little text to judge)` : LEVEL_LABEL[level];

/** The level as the marketplace prints it (Upwork's words). */
export const PLATFORM_LEVEL_LABEL: Record<PlatformLevel, string> = {
  entry: 'Entry level',
  intermediate: 'Intermediate',
  expert: 'Expert',
};

/**
 * "$60", "$7.50", "EUR 1,200": US dollars with their sign, other currencies with their code
 * (a bare "$" would hide which dollar). Cents only where they matter, unless `cents` asks for
 * them always (earnings, where a person checks the sum against a payout).
 */
export function formatMoney(amount: number, currency: string, cents: 'auto' | 'always' = 'auto'): string {
  const digits = cents === 'always' || (amount < 10 && !Number.isInteger(amount)) ? 2 : 0;
  const number = amount.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return currency === 'USD' ? `$${number}` : `${currency} ${number}`;
}

/** "$20–$45/h", "$500 fixed", "$117 average bid". */
export function formatBudget(budget: Budget): string {
  const money = (n: number) => formatMoney(n, budget.currency);
  const { min, max } = budget;
  const range =
    min !== undefined && max !== undefined && min !== max
      ? `${money(min)}–${money(max)}`
      : money(min ?? max ?? 0);
  if (budget.source === 'average-bid') return `${range}${budget.kind === 'hourly' ? '/h' : ''} average bid`;
  return budget.kind === 'hourly' ? `${range}/h` : `${range} fixed`;
}

/** A median pay figure: "$35/h" or "$300 fixed". */
export function formatPay(amount: number, currency: string, kind: Budget['kind']): string {
  return `${formatMoney(Math.round(amount), currency)}${kind === 'hourly' ? '/h' : ' fixed'}`;
}

/** 12.25 → "12.3 h". */
export function formatHours(hours: number): string {
  return `${Math.round(hours * 10) / 10} h`;
}

/** "just now", "5 min ago", "3 h ago", "2 d ago". */
export function timeAgo(then: number, now = Date.now()): string {
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return `${Math.round(hours / 24)} d ago`;
}

/**
 * A skill's display name from the names the background sent with a report; an id it did not
 * name (a skill the taxonomy no longer has) is shown as it is.
 */
export function nameFrom(names: Readonly<Record<string, string>>): (id: string) => string {
  return (id) => names[id] ?? id;
}

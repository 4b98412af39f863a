/**
 * How SkillScout writes money, levels, places and times for a person: one copy of each, used
 * by the card UI, the popup, the checklist, the dashboard and the case studies alike, so the
 * same amount never reads two ways. Written for the locale the words were set for
 * (`lib/core/i18n.ts`): amounts by `Intl.NumberFormat` in the listing's own currency, times by
 * `Intl.RelativeTimeFormat`.
 */
import { locale as currentLocale, type MessageKey, numberFormat, t } from './i18n';
import type { Budget, DifficultyLevel, PayPeriod, PlatformLevel, QueueStatus, Tags } from './model';

/** Each level's words: its name, the name of a guess ("Beginner?"), and a guess said in full. */
const LEVEL: Record<DifficultyLevel, { name: MessageKey; guess: MessageKey; uncertain: MessageKey }> = {
  beginner: { name: 'levelBeginner', guess: 'levelBeginnerGuess', uncertain: 'levelBeginnerUncertain' },
  intermediate: {
    name: 'levelIntermediate',
    guess: 'levelIntermediateGuess',
    uncertain: 'levelIntermediateUncertain',
  },
  expert: { name: 'levelExpert', guess: 'levelExpertGuess', uncertain: 'levelExpertUncertain' },
};
const PLATFORM_LEVEL: Record<PlatformLevel, MessageKey> = {
  entry: 'platformLevelEntry',
  intermediate: 'platformLevelIntermediate',
  expert: 'platformLevelExpert',
};

const STATUS: Record<QueueStatus, MessageKey> = {
  saved: 'statusSaved',
  applying: 'statusApplying',
  applied: 'statusApplied',
  hired: 'statusHired',
  done: 'statusDone',
  dropped: 'statusDropped',
};

/** A learning-queue status in words: "Writing a proposal". */
export const statusName = (status: QueueStatus): string => t(STATUS[status]);

/** Our own reading of a listing: "Beginner". */
export const levelName = (level: DifficultyLevel): string => t(LEVEL[level].name);

type ShownLevel = Pick<Tags['difficulty'], 'level' | 'uncertain'>;

/** "Beginner", or "Beginner?" when the level is a guess from too little text: never a confident one. */
export const levelLabel = ({ level, uncertain }: ShownLevel): string =>
  t(uncertain ? LEVEL[level].guess : LEVEL[level].name);

/** The same for a screen reader and a tooltip: "Beginner, uncertain (little text to judge)". */
export const levelDescription = ({ level, uncertain }: ShownLevel): string =>
  t(uncertain ? LEVEL[level].uncertain : LEVEL[level].name);

/** The level as the marketplace prints it (Upwork's words): "Entry level". */
export const platformLevelName = (level: PlatformLevel): string => t(PLATFORM_LEVEL[level]);

const moneyFormat = (currency: string, digits: number) =>
  numberFormat(`money ${currency} ${digits}`, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });

/** Cents only where they matter, unless asked for always (earnings, checked against a payout). */
const digitsFor = (amount: number, cents: 'auto' | 'always') =>
  cents === 'always' || (amount < 10 && !Number.isInteger(amount)) ? 2 : 0;

/**
 * "en" or "es" when the locale writes US dollars as the two shipped languages' own locales do
 * ("en", "en-US"; "es", "es-ES"), so `Intl` need not be asked; undefined for any other region.
 */
function plainDollarLanguage(): 'en' | 'es' | undefined {
  const l = currentLocale();
  return /^en(-US)?$/i.test(l) ? 'en' : /^es(-ES)?$/i.test(l) ? 'es' : undefined;
}

/** Digits in groups of three: "1234567" → "1,234,567" (`mark` ","), "1.234.567" (`mark` "."). */
function grouped(digits: string, mark: string): string {
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out ? `${part}${mark}${out}` : part;
  }
  return out;
}

/**
 * Whole US dollars as `Intl` writes them in the two locales whose words ship ("en"/"en-US" "$1,234",
 * "es"/"es-ES" "1234 US$", Spanish grouping from five digits), or undefined for anything else.
 * The difficulty's reasons ("pays $50 fixed") come to a restarted worker's first tagging, and the
 * first `Intl.NumberFormat` of a fresh worker loads its locale data (10–15 ms in a fresh Chromium
 * page). tests/unit/core/format.test.ts holds this to `Intl`'s output.
 */
function plainDollars(amount: number): string | undefined {
  if (!Number.isSafeInteger(amount) || amount < 0) return undefined;
  const digits = String(amount);
  const language = plainDollarLanguage();
  if (language === 'en') return `$${grouped(digits, ',')}`;
  if (language === 'es') return `${digits.length > 4 ? grouped(digits, '.') : digits}\u00a0US$`;
  return undefined;
}

/**
 * "$60", "$7.50", "€1,200", "CA$80" in English; "60 US$", "1200 €" in Spanish: each currency
 * as the locale writes it (a dollar that is not the locale's own says which). Cents only where
 * they matter, unless `cents` asks for them always.
 */
export function formatMoney(amount: number, currency: string, cents: 'auto' | 'always' = 'auto'): string {
  const digits = digitsFor(amount, cents);
  const plain = currency === 'USD' && digits === 0 ? plainDollars(amount) : undefined;
  return plain ?? moneyFormat(currency, digits).format(amount);
}

/** "$20–$45" / "de 20 US$ a 45 US$": a range in the language's words; one amount when both ends are equal. */
export function formatMoneyRange(min: number, max: number, currency: string): string {
  if (min === max) return formatMoney(min, currency);
  return t('moneyRange', formatMoney(min, currency), formatMoney(max, currency));
}

/**
 * Whole thousands of US dollars below a million, compact, as `Intl` writes them in the shipped
 * locales ("$12K", "12 mil US$"; what a client has spent, in a worker's first reasons), or undefined.
 */
function plainThousands(amount: number): string | undefined {
  if (!Number.isInteger(amount) || amount < 1000 || amount >= 1_000_000 || amount % 1000 !== 0)
    return undefined;
  const language = plainDollarLanguage();
  if (language === 'en') return `$${amount / 1000}K`;
  if (language === 'es') return `${amount / 1000}\u00a0mil\u00a0US$`;
  return undefined;
}

/** 12000 → "$12K" / "12 mil US$": a large amount at a glance. */
export function formatMoneyCompact(amount: number, currency: string): string {
  const plain = currency === 'USD' ? plainThousands(amount) : undefined;
  return (
    plain ??
    numberFormat(`compact ${currency}`, { style: 'currency', currency, notation: 'compact' }).format(amount)
  );
}

const PER_PERIOD: Record<PayPeriod, MessageKey> = {
  day: 'budgetPerDay',
  week: 'budgetPerWeek',
  month: 'budgetPerMonth',
  year: 'budgetPerYear',
};

/** "$20–$45/h", "$500 fixed", "$117 average bid", "$4,000/month". */
export function formatBudget(budget: Budget): string {
  const { min, max, currency } = budget;
  const amount =
    min !== undefined && max !== undefined
      ? formatMoneyRange(min, max, currency)
      : formatMoney(min ?? max ?? 0, currency);
  const hourly = budget.kind === 'hourly';
  if (budget.period) return t(PER_PERIOD[budget.period], amount);
  if (budget.source === 'average-bid') return t(hourly ? 'budgetBidHourly' : 'budgetBidFixed', amount);
  return t(hourly ? 'budgetHourly' : 'budgetFixed', amount);
}

/** A median pay figure: "$35/h" or "$300 fixed". */
export function formatPay(amount: number, currency: string, kind: Budget['kind']): string {
  return t(kind === 'hourly' ? 'budgetHourly' : 'budgetFixed', formatMoney(Math.round(amount), currency));
}

/** An hourly rate with its cents: "$50.00/h". */
export function formatRate(perHour: number, currency: string): string {
  return t('budgetHourly', formatMoney(perHour, currency, 'always'));
}

/** 12.25 → "12.3 h" / "12,3 h". */
export function formatHours(hours: number): string {
  return t('hoursShort', numberFormat('hours', { maximumFractionDigits: 1 }).format(hours));
}

/** 0.25 → "25%" / "25 %". */
export function formatPercent(share: number): string {
  return numberFormat('percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

const relativeTimes = new Map<string, Intl.RelativeTimeFormat>();

/** "now", "5 min. ago", "3 hr. ago", "yesterday", "2 days ago" (Spanish: "hace 5 min"…). */
export function timeAgo(then: number, now = Date.now()): string {
  const locale = currentLocale();
  let format = relativeTimes.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
    relativeTimes.set(locale, format);
  }
  const minutes = Math.round((now - then) / 60_000);
  if (minutes < 1) return format.format(0, 'second');
  if (minutes < 60) return format.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(-hours, 'hour');
  return format.format(-Math.round(hours / 24), 'day');
}

/**
 * A skill's display name from the names the background sent with a report; an id it did not
 * name (a skill the taxonomy no longer has) is shown as it is.
 */
export function nameFrom(names: Readonly<Record<string, string>>): (id: string) => string {
  return (id) => names[id] ?? id;
}

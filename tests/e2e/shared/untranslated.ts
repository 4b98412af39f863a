/**
 * English left in a page that should be in another language: the fixed pieces of every English
 * message (the text between its placeholders), looked for in the text shown. Names that read the
 * same in every language — the brand, the marketplaces and their own terms, file formats and
 * currency codes — are not English words, and a phrase quoted from a listing (in « »), being
 * the listing's own words, is left out of the text first.
 */
import en from '../../../public/_locales/en/messages.json';

const NAMES = new Set(
  [
    'SkillScout',
    'Upwork',
    'Freelancer',
    'Fiverr',
    "Fiverr's",
    'Choice',
    'Toptal',
    'PeoplePerHour',
    'Guru',
    'Top',
    'Rated',
    'Pro',
    'CSV',
    'JSON',
    'Markdown',
    'USD',
    'EUR',
    'HTML',
    'CSS',
    'Shopify',
  ].map((w) => w.toLowerCase()),
);

/** The English pieces a translated page must not show: each has a word of three letters or more. */
export const ENGLISH_PIECES: string[] = [
  ...new Set(
    Object.values(en as Record<string, { message: string }>).flatMap(({ message }) =>
      message
        .split(/\$[A-Za-z0-9_]+\$/)
        .map((piece) => piece.trim().replace(/^[^\p{L}]+|[^\p{L}?!.]+$/gu, ''))
        .filter((piece) => {
          const words = piece.match(/\p{L}[\p{L}']*/gu) ?? [];
          return words.some((w) => w.length >= 3 && !NAMES.has(w.toLowerCase()));
        }),
    ),
  ),
].sort((a, b) => b.length - a.length);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(
  ENGLISH_PIECES.map((piece) => `(?<![\\p{L}])${escapeRegExp(piece)}(?![\\p{L}])`).join('|'),
  'gu',
);

/** The English pieces found in `text`, each once. */
export function englishIn(text: string): string[] {
  const shown = text.replace(/«[^»]*»/g, ' ').replace(/\s+/g, ' ');
  return [...new Set([...shown.matchAll(pattern)].map((m) => m[0]))];
}

/**
 * Writes lib/extension/content-words.json: the messages the content script shows, in every
 * catalogue, resolved as the browser resolves them. The content script uses these instead of
 * `i18n.getMessage`, whose first call loads the whole catalogue synchronously (7–19 ms on every
 * marketplace page, measured in Chromium). Run `npm run words:content` after editing a message
 * below in `public/_locales/`; a unit test fails while the file is out of date, and an e2e test
 * fails when the built content script uses a message this list lacks.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expanded, LANGUAGES, readCatalog } from './lib/catalog';

/** Every message the content script writes (the card UI, its level names, its errors). */
export const CONTENT_WORD_KEYS = [
  ...['cardDifficulty', 'cardFewer', 'cardHaveSkill', 'cardLabel', 'cardLearnSkill', 'cardMore'],
  ...['cardOpenPanelYourself', 'cardPractise', 'cardSave', 'cardSaveFailed', 'cardSaved'],
  ...['cardShowFewer', 'cardShowGig', 'cardShowInPanel', 'cardShowMore_one', 'cardShowMore_other'],
  ...['cardSkills', 'cardStretch', 'cardUsesYour', 'cardWeakSkill', 'catalogLanguage'],
  ...['errorFailed', 'errorInvalidPayload', 'errorNoAnswer', 'errorNoSuchMessage', 'errorUnexpectedReply'],
  ...['levelBeginner', 'levelBeginnerGuess', 'levelBeginnerUncertain', 'levelExpert', 'levelExpertGuess'],
  ...['levelExpertUncertain', 'levelIntermediate', 'levelIntermediateGuess', 'levelIntermediateUncertain'],
  ...['profileFieldGoals', 'profileFieldHideMode', 'profileFieldHighlight', 'profileFieldLevel'],
  ...['profileFieldPlatforms', 'profileFieldSkills', 'profilePartlyReset_one', 'profilePartlyReset_other'],
  'profileUnreadable',
] as const;

/** The file's content: per language, each key's message with its placeholders resolved. */
export function contentWords(): Record<string, Record<string, string>> {
  const fallback = readCatalog(LANGUAGES[0]);
  return Object.fromEntries(
    LANGUAGES.map((language) => {
      const catalogue = readCatalog(language);
      return [
        language,
        Object.fromEntries(
          CONTENT_WORD_KEYS.map((key) => {
            // A message a catalogue lacks comes from the default one, as the browser does.
            const entry = catalogue[key] ?? fallback[key];
            if (!entry)
              throw new Error(`no message "${key}" in public/_locales/${LANGUAGES[0]}/messages.json`);
            return [key, expanded(entry)];
          }),
        ),
      ];
    }),
  );
}

export const CONTENT_WORDS_FILE = new URL('../lib/extension/content-words.json', import.meta.url);

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(CONTENT_WORDS_FILE, `${JSON.stringify(contentWords(), null, 2)}\n`);
  console.log(`wrote ${CONTENT_WORDS_FILE.pathname}`);
}

/**
 * The catalogues in `public/_locales/` against each other and against the code: every
 * language has every message of the English one (the browser would show English for a missing
 * one, and nothing else), with the same placeholders; every message is used somewhere, and
 * every key the code names exists. Keys are never built from pieces in the code but for the
 * `_one` / `_other` forms of a counted message (`plural('listings', n)`), so a key is "used"
 * when it is written out as a string in the code, or is a form of a counted base written out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { arity, type Catalog, expanded, LANGUAGES, readCatalog } from '../../../scripts/lib/catalog';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const english = readCatalog('en');
const keys = Object.keys(english);

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The code of every source that ships, comments removed (a key named in a comment is not a use). */
const code = [...['lib', 'components', 'entrypoints'].flatMap(filesUnder), 'wxt.config.ts'].map((file) => ({
  file,
  text: readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));
const literals = new Set(
  code.flatMap(({ text }) => [...text.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)].map((m) => m[1] ?? '')),
);
const manifestKeys = new Set(
  code.flatMap(({ text }) => [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1])),
);

const pluralBase = (key: string) => key.match(/^(.+)_(?:one|other)$/)?.[1];
const isUsed = (key: string) =>
  literals.has(key) || manifestKeys.has(key) || literals.has(pluralBase(key) ?? '\0');

const placeholdersOf = (catalog: Catalog, key: string) => catalog[key]?.placeholders ?? {};

describe('the message catalogues', () => {
  it('ship English and Spanish, English being the default locale', () => {
    expect(readdirSync(join(root, 'public/_locales')).sort()).toEqual([...LANGUAGES].sort());
    expect(readFileSync(join(root, 'wxt.config.ts'), 'utf8')).toContain("default_locale: 'en'");
  });

  it.each(LANGUAGES)('%s has every English message and no other', (language) => {
    const catalog = readCatalog(language);
    const missing = keys.filter((key) => !catalog[key]?.message);
    const extra = Object.keys(catalog).filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGUAGES)('%s has the same placeholders as English in every message', (language) => {
    const catalog = readCatalog(language);
    const differ = keys.filter(
      (key) =>
        JSON.stringify(placeholdersOf(catalog, key)) !== JSON.stringify(placeholdersOf(english, key)) ||
        arity(catalog[key] ?? { message: '' }) !== arity(english[key] ?? { message: '' }),
    );
    expect(differ).toEqual([]);
    // A named placeholder not declared, or a `$` that is neither a placeholder nor `$$`, shows as is.
    const stray = keys.filter((key) => /\$(?![1-9$])/.test(expanded(catalog[key] ?? { message: '' })));
    expect(stray).toEqual([]);
  });

  it('gives every counted message both forms, in every language', () => {
    const bases = new Set(keys.map(pluralBase).filter(Boolean));
    const incomplete = [...bases].filter((base) => !(`${base}_one` in english && `${base}_other` in english));
    expect(incomplete).toEqual([]);
  });

  it('uses every message: none is left behind when the code stops saying it', () => {
    expect(keys.filter((key) => !isUsed(key))).toEqual([]);
  });

  it('has every message the code asks for', () => {
    const asked = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\b(t|plural)\(\s*'([A-Za-z0-9_]+)'/g)].map(([, fn, key]) => ({ file, fn, key })),
    );
    expect(asked.length).toBeGreaterThan(300);
    const unknown = asked.filter(({ fn, key }) =>
      fn === 'plural' ? !(`${key}_one` in english && `${key}_other` in english) : !((key ?? '') in english),
    );
    expect(unknown).toEqual([]);
    // Keys built from pieces would escape both checks: only `plural` builds one.
    const built = code.filter(
      ({ file, text }) => file !== 'lib/core/i18n.ts' && /as MessageKey\b/.test(text),
    );
    expect(built.map((c) => c.file)).toEqual([]);
  });

  it('has Spanish written out, not English left in place', () => {
    const spanish = readCatalog('es');
    // Messages that read the same in both: the brand, formats of numbers, marketplace terms, "No".
    const same = keys.filter((key) => spanish[key]?.message === english[key]?.message);
    expect(same.sort()).toEqual(
      [
        'answerNo',
        'budgetHourly',
        'cardLabel',
        'checkSkillSamples',
        'dashUnloggedMeta',
        'errorFailed',
        'extName',
        'formFieldProblem',
        'hoursShort',
        'queueGroup',
      ].sort(),
    );
  });
});

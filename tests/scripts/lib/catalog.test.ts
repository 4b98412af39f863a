/**
 * The catalogue reader the tests and the command-line scripts use in place of a browser: it
 * must read a `messages.json` as `browser.i18n.getMessage` does, and be stricter about mistakes.
 */
import { describe, expect, it } from 'vitest';
import { arity, type Catalog, catalogWords, translatorOf } from '../../../scripts/lib/catalog';

const catalog: Catalog = {
  found: {
    message: 'Found $count$ listings on $site$.',
    placeholders: { count: { content: '$1' }, site: { content: '$2' } },
  },
  swapped: {
    message: 'En $site$: $count$',
    placeholders: { count: { content: '$1' }, site: { content: '$2' } },
  },
  direct: { message: 'Paid $1 ($$ is literal)' },
  unsaid: { message: 'Check it in Options.', placeholders: { count: { content: '$1' } } },
};
const translate = translatorOf(catalog);

describe('the catalogue reader', () => {
  it('puts each substitution where its named placeholder stands, whatever the order', () => {
    expect(translate('found' as never, ['3', 'Upwork'])).toBe('Found 3 listings on Upwork.');
    expect(translate('swapped' as never, ['3', 'Upwork'])).toBe('En Upwork: 3');
  });

  it('reads $1 written in the message and $$ as a dollar sign, and never reads a substitution again', () => {
    expect(translate('direct' as never, ['$1 and $$'])).toBe('Paid $1 and $$ ($ is literal)');
  });

  it('counts what a message takes: its placeholders, said or not', () => {
    expect(arity(catalog.found ?? { message: '' })).toBe(2);
    expect(arity(catalog.unsaid ?? { message: '' })).toBe(1);
    expect(translate('unsaid' as never, ['2'])).toBe('Check it in Options.');
  });

  it('throws on an unknown key or a wrong number of substitutions, where a browser shows less', () => {
    expect(() => translate('nothing' as never, [])).toThrow('no message "nothing"');
    expect(() => translate('found' as never, ['3'])).toThrow('takes 2 substitutions, not 1');
  });

  it('makes the words of a shipped language, English formatted for en-US', () => {
    expect(catalogWords('en').locale).toBe('en-US');
    expect(catalogWords('es').translate('tabQueue', [])).toBe('Mi lista');
  });
});

/** The alias keys written as text and read back (lib/skills/keys-text.ts), as the shipped index is. */
import { describe, expect, it } from 'vitest';
import { forEachKey, keysText } from '../../../lib/skills/keys-text';

describe('the keys as text', () => {
  it('refuses a token or form that would break the text, saying which', () => {
    expect(() => keysText([{ entry: 0, words: ['c;'], ambiguousForm: undefined }])).toThrow('token "c;"');
    expect(() => keysText([{ entry: 0, words: ['go'], ambiguousForm: 'Go|Lang' }])).toThrow('form "Go|Lang"');
  });

  it('read back as the keys written: entries, words and forms', () => {
    const keys = [
      { entry: 0, words: ['react', 'js'], ambiguousForm: undefined },
      { entry: 0, words: ['reactj'], ambiguousForm: undefined },
      { entry: 3, words: ['go'], ambiguousForm: 'Go' },
      { entry: 4, words: ['excel'], ambiguousForm: undefined },
    ];
    const read: unknown[] = [];
    forEachKey(keysText(keys), (words, entry, ambiguousForm) =>
      read.push({ entry, words: words.split(' '), ambiguousForm }),
    );
    expect(read).toEqual(keys);
  });
});

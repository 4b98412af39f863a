/** `npm run lint:firefox`: which of the add-on linter's messages fail the lint. */
import { describe, expect, it } from 'vitest';
import { blockingMessages, isPreactInnerHtml } from '../../scripts/lint-firefox';

// Preact 11's minified diff, as bundled in the Firefox build (the prop loop, then the assignment).
const PREACT =
  'for(d in x)h=x[d],d==`children`?m=h:d==`dangerouslySetInnerHTML`?f=h:d==`value`?g=h:0;' +
  'f?(s||p&&(f.__html==p.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),t.__k=[]):0';
const OURS = 'function show(card,title){card.innerHTML=title}';
const files: Record<string, string> = { 'chunks/ui.js': PREACT, 'content.js': `x;\n${OURS}` };
const read = (file: string) => files[file] ?? '';
const warning = (file: string, line: number, column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file,
  line,
  column,
});

describe('the Firefox lint', () => {
  it("allows only Preact's unused dangerouslySetInnerHTML assignment", () => {
    const preact = warning('chunks/ui.js', 1, PREACT.indexOf('(e.innerHTML=f.__html') + 1);
    const ours = warning('content.js', 2, OURS.indexOf('card.innerHTML'));
    expect(isPreactInnerHtml(preact, read)).toBe(true);
    expect(isPreactInnerHtml(ours, read)).toBe(false);
    expect(blockingMessages({ errors: [], notices: [], warnings: [preact, ours] }, read)).toEqual([ours]);
  });

  it('fails on every error and notice, and on any other warning', () => {
    const error = { code: 'MANIFEST_FIELD_INVALID', message: 'bad field' };
    const notice = { code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: 'too old' };
    const other = { ...warning('chunks/ui.js', 1, 5), code: 'DANGEROUS_EVAL' };
    expect(blockingMessages({ errors: [error], notices: [notice], warnings: [other] }, read)).toEqual([
      error,
      notice,
      other,
    ]);
  });
});

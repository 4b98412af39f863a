/** `npm run zip`'s check of the sources archive: what it must hold and what must not ship. */
import { describe, expect, it } from 'vitest';
import { REQUIRED_SOURCES, sourcesProblems } from '../../scripts/check-zips';

const GOOD = [...REQUIRED_SOURCES, 'lib/core/model.ts', 'components/popup/Popup.tsx'];

describe('the sources archive check', () => {
  it('accepts the committed build files and notes', () => {
    expect(sourcesProblems(GOOD, new Set(GOOD))).toEqual([]);
  });

  it('refuses saved marketplace pages, screenshots, benchmarks, hidden and local files', () => {
    const bad = [
      'tests/fixtures/upwork/search-2026-02.html',
      '.github/screenshots/popup.png',
      'bench/corpus.ts',
      '.env',
      'lib/.DS_Store',
      'out/upwork.png',
      'npm-debug.log',
    ];
    expect(sourcesProblems([...GOOD, ...bad], new Set([...GOOD, ...bad]))).toEqual(
      bad.map((path) => `must not ship ${path}`),
    );
  });

  it('refuses a file that is not committed, and says what is missing', () => {
    const entries = GOOD.filter((path) => path !== 'store/REVIEW-NOTES.md');
    expect(sourcesProblems([...entries, 'lib/scratch.ts'], new Set(GOOD))).toEqual([
      'missing store/REVIEW-NOTES.md',
      'not committed to git: lib/scratch.ts',
    ]);
  });
});

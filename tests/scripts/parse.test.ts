/** `npm run -s parse`: the listings of a saved page, with their tags, as JSON. */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const parse = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'parse.ts'), ...args],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

describe('npm run parse', () => {
  it('prints every listing the adapter reads, with skills and difficulty', () => {
    const run = parse(
      '--url',
      'https://www.upwork.com/nx/search/jobs/?q=x',
      join(root, 'tests/fixtures/upwork/search-2026-02.html'),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('10 listings read by upwork');
    const listings = JSON.parse(run.stdout);
    expect(listings).toHaveLength(10);
    expect(listings[7]).toMatchObject({
      id: 'upwork:2025050196192886766',
      title: 'Build shopify website b2b',
      platformLevel: 'entry',
      tags: { difficulty: { level: 'beginner' } },
    });
    expect(listings[7].tags.skills.map((s: { id: string }) => s.id)).toContain('shopify');
  }, 60_000);

  it('falls back to the generic detector when the adapter reads nothing', () => {
    const run = parse(
      '--url',
      'https://jobs.example.org/board',
      join(root, 'tests/fixtures/generic/job-board-constructed.html'),
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('4 listings read by generic detector');
    expect(JSON.parse(run.stdout).map((l: { platform: string }) => l.platform)).toEqual([
      'other',
      'other',
      'other',
      'other',
    ]);
  }, 60_000);

  it('says how to use it when the URL or file is missing', () => {
    const run = parse(join(root, 'tests/fixtures/guru/search-2020-03.html'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--url is required');
    expect(parse('--url', 'https://www.guru.com/', '/nonexistent.html').stderr).toContain(
      'cannot read /nonexistent.html',
    );
  }, 60_000);
});

/** The command-line tagger (scripts/tag.ts) and its one-line protocol (scripts/tag-line.ts). */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIDENT_FROM } from '../../lib/skills';
import { tagLine } from '../../scripts/tag-line';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('tagLine', () => {
  it('answers a listing with its skills', () => {
    const out = JSON.parse(
      tagLine(
        JSON.stringify({
          title: 'PSD to HTML developer',
          description: 'I need to change a design from PSD to HTML',
        }),
      ),
    );
    expect(out.skills).toEqual(
      expect.arrayContaining([
        { id: 'psd-to-html', name: 'PSD to HTML', confidence: expect.any(Number) },
        { id: 'html', name: 'HTML', confidence: expect.any(Number) },
      ]),
    );
    // `skills` holds the confident ones, most confident first; `moreSkills` the rest.
    const confidences = out.skills.map((s: { confidence: number }) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    expect(Math.min(...confidences)).toBeGreaterThanOrEqual(CONFIDENT_FROM);
    expect(out.moreSkills.every((s: { confidence: number }) => s.confidence < CONFIDENT_FROM)).toBe(true);
  });

  it("keeps the company's description of itself and alternatives out of the skills it prints", () => {
    // From a real Upwork listing (careful readers' set): the company blurb names SEO, the job is a test.
    const out = JSON.parse(
      tagLine(
        JSON.stringify({
          title: 'Website Testing - California, Arizona, Nevada, or Oregon',
          description:
            'LawMed Social is a marketing company based out of Santa Monica, CA that helps professional businesses across the country including law firms and medical practices increase their online presence through SEO (search engine optimization).',
        }),
      ),
    );
    const printed = out.skills.map((s: { id: string }) => s.id);
    expect(printed).toContain('website-testing');
    expect(printed).not.toContain('healthcare-industry');
    expect(printed).not.toContain('legal-industry');
  });

  it('reports bad lines as errors', () => {
    expect(JSON.parse(tagLine('{not json'))).toHaveProperty('error');
    expect(JSON.parse(tagLine('{"description":"no title"}'))).toEqual({ error: 'missing "title"' });
    expect(JSON.parse(tagLine('{"title":"x","platformSkills":"Python"}'))).toHaveProperty('error');
  });
});

describe('npm run tag', () => {
  it('prints one line per input line, in order, skipping blank lines', () => {
    const input = [
      '{"title":"Front end developer to translate Adobe XD Wireframes to HTML/CSS/JS"}',
      'not json',
      '',
      '{"title":"Laravel Developer","platformSkills":["PHP"],"budget":"$250","platformLevel":"expert"}',
    ].join('\n');
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'tag.ts'), '-'],
      {
        input,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].skills.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['adobe-xd', 'html', 'css', 'javascript']),
    );
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2].skills.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining(['laravel', 'php']),
    );
  }, 60_000);
});

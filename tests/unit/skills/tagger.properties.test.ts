/** Properties of the tagger over arbitrary input (fast-check) and its cost as text grows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../lib/skills';
import { taxonomy } from '../../../lib/skills/taxonomy';
import { freelancerJobs } from './fixtures';

const known = new Set(taxonomy().skills.map((s) => s.id));
const realWords = freelancerJobs()
  .flatMap((r) => `${r.title} ${r.description}`.split(/\s+/))
  .filter(Boolean);

/** Text made of real listing words, punctuation and noise, so matches actually happen. */
const listingText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...realWords),
      fc.constantFrom('C#', 'Go', 'R', '.NET', 'excel', ',', '\n', '/'),
      fc.string(),
    ),
    {
      maxLength: 60,
    },
  )
  .map((words) => words.join(' '));

describe('tagText properties', () => {
  it('never throws, and returns known, unique ids with evidence that points at the text', () => {
    fc.assert(
      fc.property(
        listingText,
        listingText,
        fc.array(fc.string(), { maxLength: 5 }),
        (title, description, chips) => {
          const skills = tagText({ title, description, platformSkills: chips });
          const ids = skills.map((s) => s.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const s of skills) {
            expect(known.has(s.id)).toBe(true);
            expect(s.confidence).toBeGreaterThanOrEqual(0);
            expect(s.confidence).toBeLessThanOrEqual(1);
            expect(s.evidence.length).toBeGreaterThan(0);
            for (const e of s.evidence) {
              if (e.in === 'title') expect(title.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
              if (e.in === 'description')
                expect(description.slice(e.offset, e.offset + e.text.length)).toBe(e.text);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is deterministic and unaffected by the order of platform skills', () => {
    fc.assert(
      fc.property(
        listingText,
        fc.shuffledSubarray(['Python', 'HTML5', 'Data Entry', 'Make.com']),
        (text, chips) => {
          const a = tagText({ title: text, platformSkills: chips })
            .map((s) => s.id)
            .sort();
          const b = tagText({ title: text, platformSkills: [...chips].reverse() })
            .map((s) => s.id)
            .sort();
          expect(a).toEqual(b);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('costs about the same per character on a long text as on a short one', () => {
    const base = freelancerJobs()
      .map((r) => `${r.title}. ${r.description}`)
      .join('\n');
    const perChar = (text: string): number => {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        tagText({ title: '', description: text });
        samples.push((performance.now() - t0) / text.length);
      }
      return samples.sort((x, y) => x - y)[2] as number;
    };
    const short = perChar(base.slice(0, 5_000));
    const long = perChar(base.repeat(4));
    // Linear work gives a ratio near 1; a quadratic step would give hundreds. The bound is loose
    // because timing on a shared CI machine is noisy.
    expect(long / short).toBeLessThan(5);
  });
});

/** Wording, years of experience and deliverable size, on real listing text. */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../../lib/difficulty';
import { freelancerLine, SEARCH_2026, savedTile, upworkLine } from '../fixtures';

const reasonsOf = (input: DifficultyInput) => explainDifficulty(input).map((c) => c.reason);
const weightOf = (input: DifficultyInput, reason: string) =>
  explainDifficulty(input).find((c) => c.reason === reason)?.weight;
/** Only the words: terms, skills and client left out. */
const textOnly = (input: DifficultyInput): DifficultyInput => ({
  title: input.title,
  description: input.description,
});

describe('wording signal', () => {
  it('"Sr. Python Developer" is a request for a senior (Upwork line 38)', () => {
    expect(weightOf(textOnly(upworkLine(38).input), "client asks for 'sr.'")).toBeGreaterThan(0);
  });

  it('"Senior Full Stack Web Developer" (Freelancer.com)', () => {
    expect(weightOf(textOnly(freelancerLine(33)), "client asks for 'senior'")).toBeGreaterThan(0);
  });

  it('"Scalability: the database should be designed…" means it has to scale (line 10)', () => {
    expect(weightOf(textOnly(upworkLine(10).input), 'has to scale')).toBeGreaterThan(0);
  });

  it('"allows for easy expansion" is not the client calling the work easy (line 10)', () => {
    expect(reasonsOf(textOnly(upworkLine(10).input))).not.toContain("client calls it 'easy'");
  });

  it('"a strong background in web scraping" (line 6)', () => {
    expect(weightOf(textOnly(upworkLine(6).input), "client asks for 'strong background'")).toBeGreaterThan(0);
  });

  it('"which is easy to load on both computers and phones" describes the result, not the work', () => {
    expect(reasonsOf(textOnly(freelancerLine(71))).some((r) => r.startsWith('client calls it'))).toBe(false);
  });

  it('"I need something simple" and "it\'s an easy job" count toward easier', () => {
    expect(weightOf(textOnly(upworkLine(4).input), "client calls it 'simple'")).toBeLessThan(0);
    expect(weightOf(textOnly(freelancerLine(80)), "client calls it 'easy'")).toBeLessThan(0);
  });

  it('"another small project" is about a later job, not this one (Freelancer.com line 107)', () => {
    const reasons = reasonsOf(textOnly(freelancerLine(107)));
    expect(reasons).toContain("client calls it 'simple'");
    expect(reasons).not.toContain("client calls it 'small project'");
  });

  it('"this is not a beginner level job" turns newcomers away instead of welcoming them', () => {
    const contributions = explainDifficulty(textOnly(freelancerLine(131)));
    expect(contributions.find((c) => c.reason === "not for beginners ('beginner')")?.weight).toBeGreaterThan(
      0,
    );
    expect(contributions.some((c) => c.reason.startsWith('open to beginners'))).toBe(false);
  });

  it('"WHO THIS IS NOT FOR … Junior freelancers learning Shopify" (saved Upwork page)', () => {
    const tile = savedTile(SEARCH_2026, 'Shopify + Toast Marketing');
    expect(weightOf(textOnly(tile), "not for beginners ('junior freelancers')")).toBeGreaterThan(0);
  });

  it('a "NOT FOR" list naming beginners does not also count as welcoming them', () => {
    // The saved tile's wording with "Junior freelancers" replaced by "Beginners".
    const adapted = {
      title: 'Shopify + Toast Marketing & Growth Specialist (Coffee Brand)',
      description: 'WHO THIS IS NOT FOR\n\nFull agencies with layered teams\nBeginners learning Shopify',
    };
    expect(explainDifficulty(adapted).map((c) => c.reason)).toEqual(["not for beginners ('beginners')"]);
  });
});

describe('years of experience', () => {
  it('"At least 5 years’ experience" (curly apostrophe)', () => {
    expect(weightOf(textOnly(freelancerLine(135)), '5+ years of experience asked')).toBeGreaterThan(0);
  });

  it('"mimimum of 3+ years with rails" (typo and all) asks less than five years do', () => {
    const three = weightOf(textOnly(freelancerLine(125)), '3+ years of experience asked');
    const five = weightOf(textOnly(freelancerLine(135)), '5+ years of experience asked');
    expect(three).toBeGreaterThan(0);
    expect(five).toBeGreaterThan(three ?? Number.POSITIVE_INFINITY);
  });

  it('"5 years in html" without the word experience', () => {
    expect(reasonsOf(textOnly(freelancerLine(140)))).toContain('5+ years of experience asked');
  });

  it('"a minimum of 4-5 hours overlap" is hours, not years (Freelancer.com line 33)', () => {
    expect(reasonsOf(textOnly(freelancerLine(33))).some((r) => r.includes('years'))).toBe(false);
  });
});

describe('deliverable size', () => {
  it('"a complete website created" is a whole product (line 14)', () => {
    expect(weightOf(textOnly(upworkLine(14).input), "a whole product ('complete website')")).toBeGreaterThan(
      0,
    );
  });

  it('"I need one page website" and "fix simple css issue" are small deliverables', () => {
    expect(weightOf(textOnly(freelancerLine(141)), "small deliverable ('one page')")).toBeLessThan(0);
    expect(weightOf(textOnly(freelancerLine(78)), "small deliverable ('fix simple css issue')")).toBeLessThan(
      0,
    );
  });
});

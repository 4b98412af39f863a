/** The level: beginner only when it means it, expert on clear cues, and the marketplace's own level. */
import { describe, expect, it } from 'vitest';
import { Tags } from '../../../lib/core/model';
import { estimateDifficulty, readPlatformLevel } from '../../../lib/difficulty';
import { FEED_2024, freelancerLine, SEARCH_2026, savedTile, upworkLine } from './fixtures';

describe('beginner must mean it', () => {
  it('"Simple css fixing" for $21 is beginner, and says why', () => {
    const estimate = estimateDifficulty(freelancerLine(78));
    expect(estimate.level).toBe('beginner');
    expect(estimate.reasons).toEqual(expect.arrayContaining(['fixed price $21', "client calls it 'simple'"]));
  });

  it('"simple modifications to a HTML IOT website" for $21 is beginner', () => {
    expect(estimateDifficulty(freelancerLine(107)).level).toBe('beginner');
  });

  it('a cheap job that asks for 5 years is not beginner ($4/hr, "5 years in html")', () => {
    const estimate = estimateDifficulty(freelancerLine(140));
    expect(estimate.score).toBeLessThan(0.6);
    expect(estimate.level).not.toBe('beginner');
  });

  it('"Basic CSS Theme Changes" for $28 is not beginner when it needs "complicated template frameworks"', () => {
    const estimate = estimateDifficulty(freelancerLine(126));
    expect(estimate.reasons).toEqual(
      expect.arrayContaining(["client calls it 'basic'", "client calls it 'complicated'"]),
    );
    expect(estimate.level).not.toBe('beginner');
  });

  it('a low price alone is not beginner: nothing says the work is easy ("Need WordPress consultation", $10)', () => {
    const { platformLevel: _hidden, ...listing } = savedTile(FEED_2024, 'Need WordPress consultation');
    const estimate = estimateDifficulty(listing);
    expect(estimate.reasons).toContain('fixed price $10');
    expect(estimate.score).toBeLessThanOrEqual(0.3);
    expect(estimate.level).toBe('intermediate');
  });
});

describe('expert', () => {
  it('"Senior Full Stack Web Developer" reads as expert', () => {
    expect(estimateDifficulty(freelancerLine(33)).level).toBe('expert');
  });

  it('$40-$70/hr for 6+ months full time reads as expert, pay first (line 21)', () => {
    const estimate = estimateDifficulty(upworkLine(21).input);
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons[0]).toBe('pays up to $70/hr');
  });
});

describe("the marketplace's level", () => {
  it('decides the level; score and reasons still come from the text, with the disagreement first', () => {
    const { input, label } = upworkLine(38);
    expect(label).toBe('intermediate');
    const hidden = estimateDifficulty(input);
    const shown = estimateDifficulty({ ...input, platformLevel: label });
    expect(hidden.level).toBe('expert');
    expect(shown).toMatchObject({
      level: 'intermediate',
      textLevel: 'expert',
      platformLevel: 'intermediate',
    });
    expect(shown.score).toBe(hidden.score);
    expect(shown.reasons[0]).toBe('Upwork says Intermediate; the text reads as expert');
    expect(shown.reasons.slice(1)).toEqual(hidden.reasons.slice(0, 3));
  });

  it('Entry level on the saved page becomes beginner, even when the text reads as expert', () => {
    const listing = savedTile(SEARCH_2026, 'Build shopify website b2b');
    expect(listing.platformLevel).toBe('entry');
    const estimate = estimateDifficulty(listing);
    expect(estimate.level).toBe('beginner');
    expect(estimate.textLevel).toBe('expert');
    expect(estimate.reasons[0]).toBe('Upwork says Entry level; the text reads as expert');
  });

  it('when they agree, no disagreement is reported (line 21, Upwork: Expert)', () => {
    const { input, label } = upworkLine(21);
    const estimate = estimateDifficulty({ ...input, platformLevel: label });
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons.some((r) => r.includes(' says '))).toBe(false);
  });

  it('reads the levels as marketplaces print them', () => {
    expect(readPlatformLevel('Entry level')).toBe('entry');
    expect(readPlatformLevel('Intermediate')).toBe('intermediate');
    expect(readPlatformLevel('$$$ Expert')).toBe('expert');
    expect(readPlatformLevel('Fixed-price')).toBeUndefined();
  });

  it('is stored as Tags.difficulty', () => {
    const estimate = estimateDifficulty({ ...upworkLine(38).input, platformLevel: 'intermediate' });
    expect(Tags.shape.difficulty.safeParse(estimate).success).toBe(true);
  });
});

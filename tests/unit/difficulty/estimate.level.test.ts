/** The level: cut-offs on the model's score, uncertain when there is too little text, and the marketplace's own level. */
import { describe, expect, it } from 'vitest';
import { Difficulty } from '../../../lib/core/model';
import { estimateDifficulty, readListing, readPlatformLevel } from '../../../lib/difficulty';
import { MODEL } from '../../../lib/difficulty/model';
import {
  FEED_2024,
  freelancerLine,
  SEARCH_2026,
  savedTile,
  shortListing,
  testModel,
  upworkLine,
} from './fixtures';

describe('cut-offs', () => {
  // One feature, weight 1: the linear score is the fixed-price feature, log(amount / $300).
  const model = testModel({
    signals: { 'pay.fixedAmount': 1 },
    levels: { beginnerUpTo: Math.log(30 / 300), expertFrom: Math.log(3000 / 300), uncertainUnderWords: 0 },
  });
  const levelAt = (amount: number) =>
    estimateDifficulty(
      { title: 'Fix my site', budget: { kind: 'fixed', min: amount, max: amount, currency: 'USD' } },
      model,
    ).level;

  it('beginner at or below the beginner cut-off, expert at or above the expert one, intermediate between', () => {
    expect([levelAt(20), levelAt(30), levelAt(31), levelAt(2999), levelAt(3000), levelAt(9000)]).toEqual([
      'beginner',
      'beginner',
      'intermediate',
      'intermediate',
      'expert',
      'expert',
    ]);
  });

  it('the score is the chance of Expert: σ(linear score − second cut-point)', () => {
    const { score } = estimateDifficulty({ title: 'x', budgetText: 'Fixed-price $300' }, model);
    expect(score).toBeCloseTo(1 / (1 + Math.exp(model.cuts[1])), 4);
  });

  it('the committed cut-offs are in order and the model ships them', () => {
    expect(MODEL.levels.beginnerUpTo).toBeLessThan(MODEL.levels.expertFrom);
    expect(readListing({ title: 'x' }).linear).toBe(0);
  });
});

describe('the fitted model on real listings', () => {
  it('"simple modifications to a HTML IOT website" for $21 is beginner, and confident', () => {
    const estimate = estimateDifficulty(freelancerLine(107));
    expect(estimate).toMatchObject({ level: 'beginner', uncertain: false });
    expect(estimate.reasons).toContain('pays $21 fixed');
  });

  it('a cheap job that asks for 5 years is not beginner ($4/hr, "5 years in html")', () => {
    expect(estimateDifficulty(freelancerLine(140)).level).not.toBe('beginner');
  });

  it('"Senior Full Stack Web Developer" reads as expert', () => {
    expect(estimateDifficulty(freelancerLine(33)).level).toBe('expert');
  });

  it('$40-$70/hr for 6+ months full time reads as expert, pay first (line 21)', () => {
    const estimate = estimateDifficulty(upworkLine(21).input);
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons[0]).toBe('pays $40–$70/hr');
  });
});

describe('too little text to judge', () => {
  it('a PeoplePerHour title is uncertain and says so first, whatever level it leans to', () => {
    const subtitles = estimateDifficulty(shortListing('peopleperhour-jobs-2020.csv', 146));
    expect(subtitles).toMatchObject({ level: 'beginner', uncertain: true });
    expect(subtitles.reasons[0]).toBe('little text to judge from: a guess');
    const senior = estimateDifficulty(shortListing('peopleperhour-jobs-2020.csv', 505));
    expect(senior.uncertain).toBe(true);
    expect(senior.level).not.toBe('beginner');
  });

  it('a bare Fiverr gig is uncertain', () => {
    expect(estimateDifficulty(shortListing('fiverr-gigs-2023.csv', 129)).uncertain).toBe(true);
  });

  it('"Simple css fixing" (a one-line description) is uncertain; a full Upwork description is not', () => {
    expect(estimateDifficulty(freelancerLine(78)).uncertain).toBe(true);
    expect(estimateDifficulty(upworkLine(21).input).uncertain).toBe(false);
  });

  it('is stored with the tags', () => {
    const estimate = estimateDifficulty(shortListing('peopleperhour-jobs-2020.csv', 146));
    expect(Difficulty.parse(estimate).uncertain).toBe(true);
  });
});

describe("the marketplace's level", () => {
  it('is the level shown; score and reasons still come from the text, with the disagreement first', () => {
    const { input, label } = upworkLine(8);
    expect(label).toBe('intermediate');
    const hidden = estimateDifficulty(input);
    expect(hidden.level).toBe('expert');
    const shown = estimateDifficulty({ ...input, platformLevel: label });
    expect(shown).toMatchObject({
      level: 'intermediate',
      textLevel: 'expert',
      platformLevel: 'intermediate',
    });
    expect(shown.score).toBe(hidden.score);
    expect(shown.reasons[0]).toBe('Upwork says Intermediate; the text reads as expert');
    expect(shown.reasons.slice(1)).toEqual(hidden.reasons.slice(0, 3));
  });

  it('Entry level on the saved page becomes beginner, whatever the text reads as', () => {
    const listing = savedTile(SEARCH_2026, 'Build shopify website b2b');
    expect(listing.platformLevel).toBe('entry');
    const estimate = estimateDifficulty(listing);
    expect(estimate.level).toBe('beginner');
    expect(estimate.uncertain).toBe(false);
    const { platformLevel: _hidden, ...text } = listing;
    expect(estimate.textLevel).toBe(estimateDifficulty(text).textLevel);
  });

  it('when they agree, no disagreement is reported (line 21, Upwork: Expert)', () => {
    const { input, label } = upworkLine(21);
    const estimate = estimateDifficulty({ ...input, platformLevel: label });
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons.some((r) => r.includes(' says '))).toBe(false);
  });

  it('never changes what the model reads: hiding it leaves the score unchanged (saved feed page)', () => {
    const listing = savedTile(FEED_2024, 'Need WordPress consultation');
    const { platformLevel, ...hidden } = listing;
    expect(platformLevel).toBeDefined();
    expect(estimateDifficulty(listing).score).toBe(estimateDifficulty(hidden).score);
  });

  it('reads the levels as marketplaces print them', () => {
    expect(readPlatformLevel('Entry level')).toBe('entry');
    expect(readPlatformLevel('Intermediate')).toBe('intermediate');
    expect(readPlatformLevel('$$$ Expert')).toBe('expert');
    expect(readPlatformLevel('Fixed-price')).toBeUndefined();
  });
});

/** A score that reads as beginner is held back when the client asks for more than a beginner has. */
import { describe, expect, it } from 'vitest';
import { estimateDifficulty, readListing } from '../../../lib/difficulty';
import { heldBackFromBeginner } from '../../../lib/difficulty/beyond-beginner';
import { factsOf } from '../../../lib/difficulty/features';
import { MODEL } from '../../../lib/difficulty/model';
import { freelancerLine, heldBackRow, shortListing, testModel } from './fixtures';

// The score is the fixed price alone, log(amount / $300): $30 or less reads as beginner, whatever the text.
const cheapIsBeginner = testModel({
  signals: { 'pay.fixedAmount': 1 },
  levels: { beginnerUpTo: Math.log(30 / 300), expertFrom: Math.log(3000 / 300), uncertainUnderWords: 20 },
});
const fixed = (amount: number) => ({ kind: 'fixed' as const, min: amount, max: amount, currency: 'USD' });

describe('held back from beginner', () => {
  it('a job that asks for 5 years is intermediate, and says why first', () => {
    const listing = { ...heldBackRow('upwork-jobs-2025:1121'), budget: fixed(10) };
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(readListing(listing, cheapIsBeginner).linear).toBeLessThan(cheapIsBeginner.levels.beginnerUpTo);
    expect(estimate).toMatchObject({ level: 'intermediate', textLevel: 'intermediate', uncertain: false });
    expect(estimate.reasons[0]).toBe("not a beginner job: asks for 5+ years' experience");
  });

  it('a title that asks for a senior ("Sr Webflow developer", $5 fixed) is a guess, but not a beginner one', () => {
    const estimate = estimateDifficulty(
      { title: 'Sr Webflow developer for immediate assistance', budget: fixed(5), platform: 'upwork' },
      cheapIsBeginner,
    );
    expect(estimate).toMatchObject({ level: 'intermediate', uncertain: true });
    expect(estimate.reasons.slice(0, 2)).toEqual([
      'little text to judge from: a guess',
      "not a beginner job: asks for 'sr'",
    ]);
  });

  it('a client who turns newcomers away ("This is not a beginner role.") is taken at their word', () => {
    const estimate = estimateDifficulty(
      {
        title: 'Real estate analyst',
        description:
          'If you enjoy data-driven property valuations, this is your opportunity to join a high-performance real estate team. This is not a beginner role. This is not a task-based VA job.',
        budget: fixed(20),
      },
      cheapIsBeginner,
    );
    expect(estimate.level).toBe('intermediate');
    expect(estimate.reasons[0]).toBe("not for beginners ('beginner')");
  });

  it('a client who keeps the job for experts is taken at their word, whatever it pays', () => {
    // "Please apply only if you have a proven track record in this area.", $100, marked Expert.
    const listing = { ...heldBackRow('upwork-jobs-2025:1606'), budget: fixed(10) };
    expect(readListing(listing, cheapIsBeginner).linear).toBeLessThan(cheapIsBeginner.levels.beginnerUpTo);
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate.level).toBe('intermediate');
    expect(estimate.reasons[0]).toBe("not for beginners ('apply only if you have a proven track record')");
  });

  it('a title that asks for a lead ("Lead Developer for New Social Media App", $5 fixed) is no beginner guess', () => {
    const listing = heldBackRow('upwork-tiles-2025:771');
    expect(readListing(listing, cheapIsBeginner).linear).toBeLessThan(cheapIsBeginner.levels.beginnerUpTo);
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate).toMatchObject({ level: 'intermediate', uncertain: true });
    expect(estimate.reasons.slice(0, 2)).toEqual([
      'little text to judge from: a guess',
      "not a beginner job: asks for a 'lead developer'",
    ]);
    expect(heldBackFromBeginner(factsOf(heldBackRow('upwork-tiles-2025:352')))).toEqual({
      by: 'lead',
      words: 'cto',
    });
  });

  it('a cheap job that asks for none of it stays beginner ("simple modifications", $21)', () => {
    const listing = freelancerLine(107);
    expect(heldBackFromBeginner(factsOf(listing))).toBeUndefined();
    expect(estimateDifficulty(listing, cheapIsBeginner).level).toBe('beginner');
  });

  it('a job that asks for a proven track record is past a beginner, whatever it pays', () => {
    // Marked Intermediate by its client: "…proven track record in data analysis and SQL…", $100.
    const listing = { ...heldBackRow('upwork-jobs-2025:1118'), budget: fixed(10) };
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate.level).toBe('intermediate');
    expect(estimate.reasons[0]).toBe("not a beginner job: asks for 'proven track record'");
  });

  it('a whole product (a full-stack platform) is past a beginner, whatever it pays', () => {
    // Marked Intermediate by its client: "Full Stack Developer Needed for Business Management Platform…".
    const listing = { ...heldBackRow('upwork-jobs-2025:1513'), budget: fixed(10) };
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate.level).toBe('intermediate');
    expect(estimate.reasons[0]).toBe("not a beginner job: a whole product ('full stack')");
  });

  it('a copy of a named product is a whole product, whatever it pays (the client marked it Expert)', () => {
    // "…create a car bidding platform similar to bringatrailer.com and carsandbids.com…", $4–$47/hr.
    const listing = { ...heldBackRow('upwork-jobs-2025:1472'), budget: fixed(10) };
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate.level).toBe('intermediate');
    expect(estimate.reasons[0]).toBe(
      "not a beginner job: a whole product ('a car bidding platform similar to bringatrailer.com')",
    );
  });

  it('a title that names the product to copy is held back too, its level still a guess (PeoplePerHour, $50)', () => {
    // A careful reader calls it expert: "a Dream11-style fantasy sports platform is a large, real-money system".
    const estimate = estimateDifficulty(shortListing('peopleperhour-jobs-2020.csv', 212));
    expect(estimate.level).not.toBe('beginner');
    expect(estimate.uncertain).toBe(true);
    expect(estimate.reasons).toContain(
      "not a beginner job: a whole product ('a sports website like dream11')",
    );
  });

  it('the plainest ask is the reason given: turned away, a senior, years, then a track record or a product', () => {
    const facts = {
      cues: { provenExperience: 'proven track record', wholeProduct: 'mvp', senior: 'senior' },
      years: 5,
    };
    expect(heldBackFromBeginner(facts)).toEqual({ by: 'senior', words: 'senior' });
    expect(heldBackFromBeginner({ ...facts, cues: { ...facts.cues, senior: undefined } })).toEqual({
      by: 'years',
      years: 5,
    });
    expect(
      heldBackFromBeginner({ cues: { wholeProduct: 'mvp', provenExperience: 'strong background' } }),
    ).toEqual({
      by: 'provenExperience',
      words: 'strong background',
    });
    // "Experienced" alone is said of easy work too ("experienced QR code specialist"): not held back.
    expect(heldBackFromBeginner({ cues: { expert: 'experienced' } })).toBeUndefined();
    // Made anew is no product's scope: "design my logo from scratch" stays as its score reads.
    expect(heldBackFromBeginner({ cues: { wholeProduct: 'from scratch' } })).toBeUndefined();
    // Nor "end-to-end" alone: "executing end-to-end test suites" (upwork-jobs-2025-03.csv).
    expect(heldBackFromBeginner({ cues: { wholeProduct: 'end-to-end' } })).toBeUndefined();
    // A client who welcomes newcomers outweighs a product's scope ("Full Stack Developer Intern"), not a senior.
    expect(
      heldBackFromBeginner({ cues: { wholeProduct: 'full stack', beginnersWelcome: 'intern' } }),
    ).toBeUndefined();
    expect(heldBackFromBeginner({ cues: { senior: 'senior', beginnersWelcome: 'junior' } })).toEqual({
      by: 'senior',
      words: 'senior',
    });
  });

  it('a cheap, simple job on Toptal is not a beginner one: only screened freelancers may take it', () => {
    // A real $21 "simple modifications" job: beginner on Freelancer.com, where it was posted.
    const listing = freelancerLine(107);
    expect(estimateDifficulty({ ...listing, platform: 'freelancer' }).level).toBe('beginner');
    const onToptal = estimateDifficulty({ ...listing, platform: 'toptal' });
    expect(onToptal).toMatchObject({ level: 'intermediate', textLevel: 'intermediate' });
    expect(onToptal.reasons[0]).toBe(
      'not a beginner job: Toptal takes only freelancers who pass its screening',
    );
  });

  it("on Toptal the client's own ask is the reason given: it says more about the job", () => {
    const listing = { ...heldBackRow('upwork-jobs-2025:1121'), budget: fixed(10), platform: 'toptal' };
    expect(estimateDifficulty(listing, cheapIsBeginner).reasons[0]).toBe(
      "not a beginner job: asks for 5+ years' experience",
    );
  });

  it('only a beginner score is held back: the same asks on a well-paid job leave it expert', () => {
    const listing = { ...heldBackRow('upwork-jobs-2025:1121'), budget: fixed(5000) };
    const estimate = estimateDifficulty(listing, cheapIsBeginner);
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons.join(' · ')).not.toContain('not a beginner job');
  });

  it('with the committed model: the client marked it Entry and its score reads as beginner, the 5 years keep it intermediate', () => {
    const listing = heldBackRow('upwork-jobs-2025:1121');
    const reading = readListing(listing, MODEL);
    expect(reading.linear).toBeLessThanOrEqual(MODEL.levels.beginnerUpTo);
    expect(reading.heldBack).toEqual({ by: 'years', years: 5 });
    expect(estimateDifficulty(listing).level).toBe('intermediate');
  });

  it('with the committed model: a full-stack platform at $15–$35 an hour reads as beginner, its scope keeps it intermediate', () => {
    const listing = heldBackRow('upwork-jobs-2025:1513');
    const reading = readListing(listing, MODEL);
    expect(reading.linear).toBeLessThanOrEqual(MODEL.levels.beginnerUpTo);
    expect(reading.heldBack).toEqual({ by: 'wholeProduct', words: 'full stack' });
    expect(estimateDifficulty(listing).level).toBe('intermediate');
  });
});

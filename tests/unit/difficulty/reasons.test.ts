/**
 * Reasons come from the model's own contributions: grouped by what they are about, worded for a
 * person, strongest first, and none for a feature the model does not weigh.
 */
import { describe, expect, it } from 'vitest';
import { estimateDifficulty, explainDifficulty } from '../../../lib/difficulty';
import { freelancerLine, testModel, upworkLine } from './fixtures';

describe('reasons', () => {
  it('say nothing of a feature the model gives no weight (pay weighed, time not: line 21)', () => {
    const model = testModel({ signals: { 'pay.hourlyRate': 1 } });
    expect(explainDifficulty(upworkLine(21).input, model)).toEqual([
      { group: 'pay', reason: 'pays $40–$70/hr', weight: Math.log(55 / 25) },
    ]);
  });

  it('sum the features about one thing into one reason (a band and the amount of one price)', () => {
    const model = testModel({ signals: { 'pay.fixedUpTo50': -0.5, 'pay.fixedAmount': 0.1 } });
    const [pay, ...rest] = explainDifficulty(freelancerLine(78), model);
    expect(rest).toEqual([]);
    expect(pay?.reason).toBe('pays $21 fixed');
    expect(pay?.weight).toBeCloseTo(-0.5 + 0.1 * Math.log(21 / 300), 6);
  });

  it('fold a phrase holding a cue’s words into that cue ("senior" the phrase and the cue, Freelancer.com line 33)', () => {
    const model = testModel({
      signals: { 'cue.senior': 0.8 },
      phrases: { senior: 0.3, 'senior full': 0.1, web: 0.2 },
    });
    const reasons = explainDifficulty(freelancerLine(33), model);
    expect(reasons[0]).toEqual({
      group: 'cue.senior',
      reason: "asks for 'senior'",
      weight: expect.closeTo(1.2, 6),
    });
    expect(reasons[1]).toEqual({ group: 'words', reason: "wording of harder jobs: 'web'", weight: 0.2 });
  });

  it('quote the phrases that weigh most, a phrase inside a quoted one not repeated, easier and harder apart', () => {
    const model = testModel({
      signals: {},
      phrases: { simple: -0.3, 'simple css': -0.2, css: -0.05, fixing: -0.01, issue: 0.06 },
    });
    expect(explainDifficulty(freelancerLine(78), model).map((r) => r.reason)).toEqual([
      "wording of easier jobs: 'simple', 'css'",
      "wording of harder jobs: 'issue'",
    ]);
  });

  it('quote no phrase of the asking alone ("i need", "someone"), only words that name the work (line 78)', () => {
    const model = testModel({
      signals: {},
      phrases: { 'i need': 0.3, someone: 0.2, 'need someone': 0.1, css: 0.05 },
    });
    expect(explainDifficulty(freelancerLine(78), model).map((r) => r.reason)).toEqual([
      "wording of harder jobs: 'css'",
    ]);
  });

  it('quote no word of whom the client asks for ("developer", "developer to"), though it weighs (line 33)', () => {
    const model = testModel({ signals: {}, phrases: { developer: 0.4, 'web developer': 0.05, web: 0.02 } });
    expect(explainDifficulty(freelancerLine(33), model)).toEqual([
      { group: 'words', reason: "wording of harder jobs: 'web developer'", weight: expect.closeTo(0.47, 6) },
    ]);
  });

  it('say "many small word cues" when every phrase that weighs is of the asking (line 33: "strong", "highly")', () => {
    const model = testModel({ signals: {}, phrases: { strong: 0.3, highly: 0.2, 'security issues': -0.1 } });
    expect(explainDifficulty(freelancerLine(33), model).map((r) => r.reason)).toEqual([
      'many small word cues of harder jobs',
      "wording of easier jobs: 'security issues'",
    ]);
  });

  it('never quote one phrase as harder and a phrase inside it as easier (line 33: "web developer", "web")', () => {
    const model = testModel({
      signals: {},
      phrases: { 'web developer': 0.3, web: -0.2, 'security issues': -0.05 },
    });
    expect(explainDifficulty(freelancerLine(33), model).map((r) => r.reason)).toEqual([
      "wording of harder jobs: 'web developer'",
      "wording of easier jobs: 'security issues'",
    ]);
  });

  it('put the ones that agree with the level first, and show at most four', () => {
    // $19/hr weighs −0.55 here, more than the whole product's +0.2, but speaks against "expert".
    const model = testModel({
      signals: { 'cue.senior': 3, 'pay.hourlyRate': 2, 'cue.wholeProduct': 0.2 },
      phrases: { web: 0.1, developer: 0.05 },
    });
    const estimate = estimateDifficulty(freelancerLine(33), model);
    expect(estimate.level).toBe('expert');
    expect(estimate.reasons).toEqual([
      "asks for 'senior'",
      "a whole product ('full stack')",
      // "developer" weighs (in the group's sum) but is not quoted: it says whom, not what.
      "wording of harder jobs: 'web'",
      'pays $19/hr',
    ]);
  });

  it('on the fitted model, a real expert listing is explained by what it asks for (line 21)', () => {
    const reasons = estimateDifficulty(upworkLine(21).input).reasons;
    expect(reasons[0]).toBe('pays $40–$70/hr');
    expect(reasons).toContain('6+ months, 30+ hrs/week');
  });
});

/** Client history and competition, read from Upwork's client line. */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../../lib/difficulty';
import { readClientLine } from '../../../../scripts/difficulty/rows';
import { upworkLine } from '../fixtures';

const marketReasons = (input: DifficultyInput) =>
  explainDifficulty(input)
    .filter((c) => c.kind === 'market')
    .map((c) => [c.reason, Math.sign(c.weight)]);

describe("reading Upwork's client line", () => {
  it('reads payment, rating, spend, country and proposals', () => {
    expect(
      readClientLine(
        'Payment verified Rating is 4.972 out of 5. $200K+ spent   United States Proposals: 10 to 15 Connects to apply:  16 Connects Posted 5 days ago',
      ),
    ).toEqual({
      client: { paymentVerified: true, rating: 4.972, spent: 200_000, country: 'United States' },
      proposals: { min: 10, max: 15 },
    });
  });

  it('"Rating is 0 out of 5. $0 spent" is a client with no history, not a bad one', () => {
    const { client } = readClientLine(
      'Payment unverified Rating is 0 out of 5. $0 spent   United States Proposals: 10 to 15 Connects to apply:  16 Connects Posted 2 days ago',
    );
    expect(client).toEqual({ paymentVerified: false, country: 'United States' });
  });
});

describe('client and competition signals', () => {
  it('a client who spent $200K+ and is rated 4.97 counts toward expert (line 38)', () => {
    expect(marketReasons(upworkLine(38).input)).toEqual([
      ['client has spent $200K+', 1],
      ['already 10 to 15 proposals', 1],
      ['client has hired before (rated 5.0)', 1],
    ]);
  });

  it('$200K+ spent counts more than $1K+ spent (lines 38 and 40)', () => {
    const weight = (line: number, reason: string) =>
      explainDifficulty(upworkLine(line).input).find((c) => c.reason === reason)?.weight ?? 0;
    expect(weight(40, 'client has spent $1K+')).toBeGreaterThan(0);
    expect(weight(38, 'client has spent $200K+')).toBeGreaterThan(weight(40, 'client has spent $1K+'));
  });

  it('$19 spent is no history worth a reason; the rating still is (line 3)', () => {
    expect(marketReasons(upworkLine(3).input)).toEqual([['client has hired before (rated 5.0)', 1]]);
  });

  it('10 to 15 proposals already make the job harder to win (line 11, a new client)', () => {
    expect(marketReasons(upworkLine(11).input)).toEqual([['already 10 to 15 proposals', 1]]);
  });

  it('an exact count is said once (Guru, "47 Quotes Received")', () => {
    const input = { title: 'Web app upgrade', proposals: { min: 47, max: 47 } };
    expect(explainDifficulty(input).map((c) => c.reason)).toContain('already 47 proposals');
  });
});

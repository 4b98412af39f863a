/** Client history and competition, read from Upwork's client line. */
import { describe, expect, it } from 'vitest';
import { type DifficultyInput, explainDifficulty } from '../../../lib/difficulty';
import { factsOf } from '../../../lib/difficulty/features';
import { readClientLine } from '../../../scripts/difficulty/rows';
import { testModel, upworkLine } from './fixtures';

const MARKET = testModel({ signals: { 'market.proposals': 1, 'market.spent': 1, 'market.newClient': -1 } });
const marketReasons = (input: DifficultyInput) =>
  explainDifficulty(input, MARKET)
    .filter((r) => r.group.startsWith('market.'))
    .map((r) => [r.reason, Math.sign(r.weight)]);

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
  it('a client who spent $200K+ (line 38); 10 to 15 proposals is the usual count, no evidence either way', () => {
    expect(factsOf(upworkLine(38).input)).toMatchObject({ spent: 200_000, proposals: 10 });
    expect(marketReasons(upworkLine(38).input)).toEqual([['client has spent $200K+', 1]]);
    expect(marketReasons({ title: 'Web scraping', proposals: { min: 20, max: 50 } })).toEqual([
      ['already 20 to 50 proposals', 1],
    ]);
  });

  it('more spent weighs more: $200K+ against $1K+ (lines 38 and 40)', () => {
    const weight = (line: number) =>
      explainDifficulty(upworkLine(line).input, MARKET).find((r) => r.group === 'market.spent')?.weight ?? 0;
    expect(weight(38)).toBeGreaterThan(weight(40));
  });

  it('an exact count is said once (Guru, "47 Quotes Received"); "Less than 5" is said as such', () => {
    expect(marketReasons({ title: 'Web app upgrade', proposals: { min: 47, max: 47 } })).toEqual([
      ['already 47 proposals', 1],
    ]);
    expect(marketReasons({ title: 'Web app upgrade', proposals: { min: 0, max: 4 } })).toEqual([
      ['fewer than 5 proposals so far', -1],
    ]);
  });

  it('a client with nothing spent is a new client; no client shown is no evidence', () => {
    expect(marketReasons({ title: 'Web app upgrade', client: { spent: 0 } })).toEqual([
      ['new client: nothing spent yet', -1],
    ]);
    expect(marketReasons({ title: 'Web app upgrade' })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { answerWaits, cardsReadEarly, clsOf } from '../../../bench/chromium-stats';

describe('answerWaits', () => {
  const origin = 1_000_000;

  it('sets each answer beside the batch of its size the worker finished, in order', () => {
    const batches = [
      { endAt: origin + 85, durationMs: 2.4, cards: 27 },
      { endAt: origin + 140, durationMs: 3.4, cards: 23 },
    ];
    const answers = [
      { start: 148.5, cards: 27 },
      { start: 176.3, cards: 23 },
    ];
    expect(answerWaits(origin, answers, batches).map((w) => Math.round(w * 10) / 10)).toEqual([63.5, 36.3]);
  });

  it('leaves out batches from before the page and answers with no batch', () => {
    const batches = [
      { endAt: origin - 500, durationMs: 1, cards: 10 },
      { endAt: origin + 20, durationMs: 1, cards: 10 },
    ];
    expect(
      answerWaits(
        origin,
        [
          { start: 30, cards: 10 },
          { start: 40, cards: 5 },
        ],
        batches,
      ),
    ).toEqual([10]);
  });
});

describe('clsOf', () => {
  it('sums shifts in one session window and ignores those after input', () => {
    const shifts = [
      { start: 100, value: 0.01, input: false },
      { start: 300, value: 0.012, input: false },
      { start: 350, value: 0.5, input: true },
    ];
    expect(clsOf(shifts)).toBeCloseTo(0.022, 6);
  });
});

describe('cardsReadEarly', () => {
  it("counts the cards read while the page was parsed, before the page's first read", () => {
    const earlyReads = [
      { start: 61.2, cards: 10 },
      { start: 88.4, cards: 27 },
      { start: 152.0, cards: 3 },
    ];
    expect(cardsReadEarly(earlyReads, 140.5)).toBe(37);
  });

  it('counts none for a load whose page was parsed before the early reads could start', () => {
    expect(cardsReadEarly([], 132.2)).toBe(0);
    expect(cardsReadEarly([{ start: 60, cards: 10 }], undefined)).toBe(0);
  });
});

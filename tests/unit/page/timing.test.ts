/** The content script's marks on the page's timeline, as a benchmark in the browser reads them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mark, measureSince, now, TIMING } from '@/lib/page/timing';

afterEach(() => {
  performance.clearMarks();
  performance.clearMeasures();
  vi.restoreAllMocks();
});

describe('timing marks', () => {
  it('marks the page timeline with how many cards show a UI', () => {
    mark(TIMING.firstCardRead);
    mark(TIMING.lastCardUi, { cards: 50 });
    expect(performance.getEntriesByName(TIMING.firstCardRead)).toHaveLength(1);
    const [ui] = performance.getEntriesByName(TIMING.lastCardUi) as PerformanceMark[];
    expect(ui?.detail).toEqual({ cards: 50 });
  });

  it('measures work from a reading of the clock to now, with its card count', () => {
    const start = now();
    measureSince(TIMING.read, start, 10);
    const [read] = performance.getEntriesByName(TIMING.read) as PerformanceMeasure[];
    expect(read?.startTime).toBeCloseTo(start, 3);
    expect(read?.duration).toBeGreaterThanOrEqual(0);
    expect(read?.detail).toEqual({ cards: 10 });
  });

  it('never throws when the timeline refuses an entry', () => {
    vi.spyOn(performance, 'mark').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new TypeError('bad start');
    });
    expect(() => mark(TIMING.lastCardUi, { cards: 1 })).not.toThrow();
    expect(() => measureSince(TIMING.draw, -1, 1)).not.toThrow();
  });
});

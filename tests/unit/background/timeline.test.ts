import { describe, expect, it, vi } from 'vitest';
import { KEPT_PER_NAME, measureOnWorker } from '@/lib/background/timeline';

describe('measures on the worker timeline', () => {
  it('records each with its detail', () => {
    performance.clearMeasures('test:one');
    measureOnWorker('test:one', performance.now(), { cards: 3 });
    const [entry] = performance.getEntriesByName('test:one') as PerformanceMeasure[];
    expect(entry?.detail).toEqual({ cards: 3 });
  });

  it('never keeps more than KEPT_PER_NAME of one name: a warm worker does not pile them up', () => {
    performance.clearMeasures('test:many');
    for (let i = 0; i < KEPT_PER_NAME * 2 + 10; i++) measureOnWorker('test:many', performance.now());
    const kept = performance.getEntriesByName('test:many').length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(KEPT_PER_NAME);
  });

  it('does not throw when the timeline refuses the entry', () => {
    vi.spyOn(performance, 'measure').mockImplementation(() => {
      throw new Error('buffer full');
    });
    expect(() => measureOnWorker('test:refused', 0)).not.toThrow();
  });
});

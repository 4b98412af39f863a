/**
 * The confidence features are written as one array in the order of FEATURES (the weights' order):
 * each named feature must land at its own index, or every weight would apply to another feature.
 */
import { describe, expect, it } from 'vitest';
import { FEATURES, type Feature, featuresOf } from '../../../lib/skills/confidence';
import type { Evidence } from '../../../lib/skills/types';

const summary = { explicit: 2, titleCategories: new Set<string>(), specificCategories: new Set<string>() };
const ctx = { descriptionWords: 120, entryOf: () => undefined, prior: {}, impliedPrior: {} };
const at = (x: readonly number[], f: Feature) => x[FEATURES.indexOf(f)];

describe('featuresOf', () => {
  it('gives one value per feature, each at the index FEATURES names', () => {
    // "Shopify" in the title and in a requirement line, 500 characters into the description.
    const named: Evidence[] = [
      { in: 'title', text: 'Shopify', offset: 6 },
      { in: 'description', text: 'Shopify', offset: 500, zone: 'requirement' },
    ];
    const x = featuresOf('shopify', named, undefined, ctx, summary, 0);
    expect(x).toHaveLength(FEATURES.length);
    expect(at(x, 'bias')).toBe(1);
    expect(at(x, 'title')).toBe(1);
    expect(at(x, 'requirement')).toBe(1);
    expect(at(x, 'body')).toBe(0);
    expect(at(x, 'mentions')).toBeCloseTo(Math.log1p(2));
    expect(at(x, 'impliedOnly')).toBe(0);
    // Named in the title, so its place in the description does not count.
    expect(at(x, 'firstPosition')).toBe(0);
    expect(at(x, 'crowd')).toBeCloseTo(Math.log1p(2));
    expect(at(x, 'longListing')).toBeCloseTo(Math.log1p(1.2));
  });

  it('scores an optional mention among alternatives, and a skill only implied', () => {
    const alternative: Evidence[] = [
      { in: 'description', text: 'Figma', offset: 1000, zone: 'optional', alternative: true },
    ];
    const x = featuresOf('figma', alternative, undefined, ctx, summary, 0);
    expect([at(x, 'optional'), at(x, 'alternativeOnly'), at(x, 'firstPosition')]).toEqual([1, 1, 0.5]);
    const implied: Evidence[] = [{ in: 'implied', from: ['psd-to-html'], title: true }];
    const y = featuresOf('html', implied, undefined, ctx, summary, 0.8);
    expect([at(y, 'impliedOnly'), at(y, 'impliedSource'), at(y, 'impliedInTitle')]).toEqual([1, 0.8, 1]);
    expect(at(y, 'mentions')).toBe(0);
  });
});

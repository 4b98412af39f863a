/** Skill names in the default collation's order, without loading a collator. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../lib/skills/name-order';
import { taxonomy } from '../../../lib/skills/taxonomy';

const collator = new Intl.Collator('en');
const sign = (n: number): number => Math.sign(n);

describe('the order of skill names', () => {
  it('sorts every skill name of the taxonomy as the collator does, so any tie is ordered the same', () => {
    const names = taxonomy().skills.map((s) => s.name);
    expect([...names].sort(compareNames)).toEqual([...names].sort(collator.compare));
  });

  it('orders spaces and punctuation before digits, digits before letters, a small letter first', () => {
    const order = ['E commerce', 'E-Business Suite', 'E-commerce SEO', 'E++ pattern language', 'E2E', 'Ea'];
    expect([...order].reverse().sort(compareNames)).toEqual(order);
    expect(compareNames('ios', 'IOS')).toBeLessThan(0);
    expect(compareNames('React', 'React Native')).toBeLessThan(0);
    expect(compareNames('Go', 'Go')).toBe(0);
  });

  it('agrees with the collator on any two names of printable ASCII', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 32, max: 126 }).map((c) => String.fromCharCode(c)),
      maxLength: 12,
    });
    fc.assert(
      fc.property(ascii, ascii, (a, b) => sign(compareNames(a, b)) === sign(collator.compare(a, b))),
      { numRuns: 5_000 },
    );
  });

  it('leaves any other character to the collator', () => {
    expect(sign(compareNames('Español', 'Espanol'))).toBe(sign(collator.compare('Español', 'Espanol')));
    expect(sign(compareNames('Ångström', 'Angular'))).toBe(sign(collator.compare('Ångström', 'Angular')));
  });
});

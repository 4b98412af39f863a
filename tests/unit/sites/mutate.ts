/**
 * Robustness of a reader under markup drift: a real (or constructed) fixture page is mutated
 * the way redesigns, lazy rendering and hostile text mutate pages — elements removed,
 * duplicated, moved, texts made huge or odd, links broken — and the reader must neither
 * throw nor return a listing that fails the schema.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Listing } from '@/lib/core/model';

const ODD_TEXTS = [
  'x'.repeat(60_000),
  '\u202e\u0000\ud83d\ude00 \u00a0\u200b',
  '<img src=x onerror=alert(1)>',
  '$',
  '$999999999999999999999999 - $1',
  '€-5 to £NaN',
  '  ',
  'Less than -3 bids',
  'Posted 99999999 years ago',
  '1e400',
];
const ODD_HREFS = [
  'javascript:alert(1)',
  '',
  '#',
  '//evil.example/x',
  'http://[::1',
  '/projects/',
  '/a/b/c-1',
];

const mutation = fc.record({
  op: fc.constantFrom('remove', 'duplicate', 'move', 'text', 'href', 'unwrap', 'empty'),
  target: fc.nat(),
  other: fc.nat(),
  text: fc.oneof(fc.constantFrom(...ODD_TEXTS), fc.string({ unit: 'grapheme', maxLength: 40 })),
  href: fc.constantFrom(...ODD_HREFS),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Document, m: Mutation): void {
  const all = Array.from(doc.body.querySelectorAll('*'));
  const el = all[m.target % Math.max(1, all.length)];
  const other = all[m.other % Math.max(1, all.length)];
  if (!el) return;
  switch (m.op) {
    case 'remove':
      el.remove();
      break;
    case 'duplicate':
      el.after(el.cloneNode(true));
      break;
    case 'move':
      if (other && !el.contains(other)) other.before(el);
      break;
    case 'text':
      el.textContent = m.text;
      break;
    case 'href':
      (el.closest('a') ?? el.querySelector('a') ?? el).setAttribute('href', m.href);
      break;
    case 'unwrap':
      el.replaceWith(...Array.from(el.childNodes));
      break;
    case 'empty':
      el.replaceChildren();
      break;
  }
}

/** Runs `read` on `numRuns` mutated copies of `html`; every listing it returns must be valid. */
export function expectRobust(html: string, read: (doc: Document) => Listing[], numRuns = 30): void {
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      for (const m of mutations) apply(doc, m);
      const listings = read(doc);
      for (const listing of listings) expect(Listing.safeParse(listing).success).toBe(true);
    }),
    { numRuns },
  );
}

/** Removes every class, id and data-* attribute: what a redesign with new class names leaves us. */
export function stripHooks(doc: Document): Document {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      if (name === 'class' || name === 'id' || name.startsWith('data-')) el.removeAttribute(name);
    }
  }
  return doc;
}

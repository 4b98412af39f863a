import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLayoutReport, listingArea, safeAddress, safeName } from '@/lib/page/layout-report';
import { MARK_ATTRIBUTE } from '@/lib/page/marks';

const pages = import.meta.glob<string>('../../fixtures/**/*.html', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.keys(pages).sort();
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The report's lines below its header: only element descriptions and the two run markers. */
const body = (report: string) => report.split('\n').slice(5).filter(Boolean);
const LINE =
  /^( {2})*(\.\.\. more like the one above|\.\.\. and more|[a-z#-]+[1-6]?(\.[A-Za-z_#-]+)*(#[A-Za-z_#-]+)?( \[data-[A-Za-z_#-]+( data-[A-Za-z_#-]+)*\])?)$/;
const VOCABULARY = new Set(['more', 'like', 'the', 'one', 'above', 'and', 'data']);

/** Every letter run of every name the page itself uses (tags, classes, ids, data names). */
function pageNames(d: Document): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    for (const part of name.match(/[A-Za-z]+/g) ?? []) names.add(part.toLowerCase());
  };
  for (const el of Array.from(d.querySelectorAll('*'))) {
    add(el.tagName);
    for (const c of Array.from(el.classList)) add(c);
    add(el.id);
    for (const n of el.getAttributeNames()) if (n.startsWith('data-')) add(n);
  }
  return names;
}

const FIRST = ['Maria', 'Ahmed', 'Sofia', 'Kwame', 'Yuki', 'Olga', 'Rafael', 'Priya'];
const LAST = ['Garcia', 'Okonkwo', 'Lindqvist', 'Tanaka', 'Kowalczyk', 'Haddad', 'Fernandes', 'Iyer'];
/** Prefixes of the ids sites build for people and orders: names of structure, kept once digits are gone. */
const PREFIXES = ['user', 'seller', 'profile', 'order', 'member'];

const digits = fc.integer({ min: 10, max: 999_999_999 }).map(String);
const person = fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST), n: digits });
const personal = fc.oneof(
  person.map(({ first, last }) => ({ kind: 'name', value: `${first} ${last}`, pieces: [first, last] })),
  person.map(({ first, last, n }) => {
    const email = `${first.toLowerCase()}.${last.toLowerCase()}${n}@mail-${last.toLowerCase()}.example`;
    return { kind: 'email', value: email, pieces: [email, n, first, last] };
  }),
  fc.tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 1000, max: 9999 })).map(([a, b]) => {
    const phone = `+1 (${a}) 555-${b}`;
    return { kind: 'phone', value: phone, pieces: [String(a), String(b), phone] };
  }),
  fc.tuple(fc.integer({ min: 5, max: 99_999 }), fc.constantFrom('$', '€', '£')).map(([n, c]) => ({
    kind: 'price',
    value: `${c}${n}.50`,
    pieces: [`${c}${n}`, String(n)],
  })),
  person.map(({ last, n }) => {
    const url = `https://portfolio-${last.toLowerCase()}.example/u/${n}?token=${n}abc`;
    return { kind: 'url', value: url, pieces: [url, `portfolio-${last.toLowerCase()}`, n, last] };
  }),
);
const injection = fc.record({
  where: fc.constantFrom('text', 'href', 'title', 'alt', 'aria-label', 'data-user', 'class', 'id'),
  target: fc.nat(),
  data: personal,
  prefix: fc.constantFrom(...PREFIXES),
});
type Injection = typeof injection extends fc.Arbitrary<infer T> ? T : never;

/** Puts personal data where pages carry it: in text, in attribute values, in class names and ids. */
function inject(d: Document, inj: Injection): void {
  const all = Array.from(d.body.querySelectorAll('*'));
  const el = all[inj.target % Math.max(1, all.length)] ?? d.body;
  const { value } = inj.data;
  switch (inj.where) {
    case 'text':
      el.append(d.createTextNode(` ${value} `));
      break;
    case 'class':
    case 'id': {
      // Sites put people's and orders' numbers in class names and ids ("user-12345"), and
      // sometimes an address, an email or a price. (A name of letters only, "seller-maria",
      // cannot be told from a structural name: that limit is stated in the report's module.)
      const name =
        inj.data.kind === 'name'
          ? `${inj.prefix}-${inj.target}${value.length}`
          : `${inj.prefix}-${value.replace(/\s+/g, '')}`;
      if (inj.where === 'class') el.classList.add(name);
      else el.id = name;
      break;
    }
    default:
      el.setAttribute(inj.where, value);
  }
}

describe('the layout report', () => {
  it('describes the structure around the cards read: tag, classes, id and data names', () => {
    const d = doc(pages['../../fixtures/upwork/search-2025-entry-level.html'] ?? '');
    for (const tile of Array.from(d.querySelectorAll('article'))) tile.setAttribute(MARK_ATTRIBUTE, 'read');
    const report = buildLayoutReport(d, {
      version: '0.1.0',
      url: 'https://www.upwork.com/nx/search/jobs/?q=react',
    });
    const lines = report.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'SkillScout layout report (page structure only: no text, no links, no values)',
      'extension: 0.1.0',
      'page: https://www.upwork.com/nx/search/jobs',
      'area: around the listings SkillScout read',
    ]);
    expect(lines[5]).toBe(
      'section.card-list-container [data-ev-label data-ev-label-prefix data-ev-sublocation data-ev-page_number data-v-#cd# data-test]',
    );
    expect(lines[6]).toMatch(
      /^ {2}article\.job-tile\.cursor-pointer.* \[data-ev-job-uid .*data-test data-test-key\]$/,
    );
    expect(report).toContain('      h2.h#.mb-#.mr-#.job-tile-title [data-v-#eea#]');
    expect(report).not.toContain('Full-Stack');
    expect(report).not.toContain('skillscout');
  });

  it('shows a run of cards built from one template once', () => {
    const cards = Array.from(
      { length: 30 },
      () => '<li class="row"><h3><a href="/j/1">Job</a></h3><p>Text</p></li>',
    ).join('');
    const report = buildLayoutReport(doc(`<main><ul class="list">${cards}</ul></main>`), {
      version: '1.0.0',
      url: 'https://x.example/',
    });
    expect(body(report)).toEqual([
      'main',
      '  ul.list',
      '    li.row',
      '      h3',
      '        a',
      '      p',
      '    ... more like the one above',
    ]);
  });

  it('keeps route words of the address and nothing else of it', () => {
    expect(safeAddress('https://www.upwork.com/jobs/Full-Stack_~022071462232250613619/?q=1#x')).toBe(
      'https://www.upwork.com/jobs/*',
    );
    expect(safeAddress('https://www.fiverr.com/maria_garcia/design-a-logo?pos=2')).toBe(
      'https://www.fiverr.com/*/*',
    );
    expect(safeAddress('https://jobs2go.example/Search/Jobs')).toBe('https://jobs#go.example/search/jobs');
    expect(safeAddress('not a url')).toBe('(no address)');
  });

  it('drops names that may carry data, and hides the digits of the rest', () => {
    expect(safeName('user-12345')).toBe('user-#');
    expect(safeName('_1uflkdh14')).toBe('_#uflkdh#');
    expect(safeName('maria.garcia@mail.example')).toBeUndefined();
    expect(safeName('https://x.example/u/1')).toBeUndefined();
    expect(safeName('list__item⤍List⤚2ytmm')).toBeUndefined();
    expect(safeName('a'.repeat(41))).toBeUndefined();
    expect(safeName('12345')).toBeUndefined();
  });

  it('describes the main content, or the whole page, when nothing was read', () => {
    expect(listingArea(doc('<main><p>x</p></main>')).what).toBe("the page's main content");
    expect(listingArea(doc('<div><p>x</p></div>')).what).toBe('the whole page');
  });

  it('holds no page text, no number and no personal data, whatever the page carries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(injection, { minLength: 1, maxLength: 12 }),
        person,
        fc.boolean(),
        (file, injections, visitor, marked) => {
          const d = doc(pages[file] ?? '');
          const names = pageNames(d);
          for (const p of PREFIXES) names.add(p);
          if (marked)
            for (const el of Array.from(d.querySelectorAll('article, li')).slice(0, 5))
              el.setAttribute(MARK_ATTRIBUTE, 'read');
          for (const inj of injections) inject(d, inj);
          const url = `https://www.example-board.test/${visitor.first}-${visitor.last}-${visitor.n}/jobs?email=${visitor.first}@x.test&id=${visitor.n}#${visitor.n}`;
          const report = buildLayoutReport(d, { version: '0.1.0', url });
          const lines = body(report);
          // Only element descriptions: no sentence, no value can sit in a line of this shape.
          for (const line of lines) expect(line).toMatch(LINE);
          // No number: digits only in the version line and in heading tags (h1–h6).
          const withoutVersion = report
            .replace('extension: 0.1.0', '')
            .replace(/(^|\n)( *)h[1-6]\b/g, '$1$2h');
          expect(withoutVersion).not.toMatch(/\d/);
          // No word that is not a name the page uses for its structure: no text, no personal data.
          for (const word of lines.join(' ').match(/[A-Za-z]+/g) ?? [])
            expect(names.has(word.toLowerCase()) || VOCABULARY.has(word)).toBe(true);
          for (const inj of injections)
            for (const piece of inj.data.pieces)
              if (piece.length > 3 && !names.has(piece.toLowerCase())) expect(report).not.toContain(piece);
          expect(report).not.toContain(visitor.last);
          expect(report).not.toContain(visitor.n);
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000); // 60 whole fixture pages parsed by happy-dom: about 2 s alone, more under a full run
});

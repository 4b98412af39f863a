import { describe, expect, it } from 'vitest';
import { Listing } from '@/lib/core/model';
import fiverr, { gigPath } from '@/lib/sites/fiverr';
import { gigFromJson, perseusProps, searchData } from '@/lib/sites/fiverr-perseus';
import gigPage from '../../fixtures/fiverr/gig-page-2026-09.html?raw';
import search from '../../fixtures/fiverr/search-logo-design-2026-09.html?raw';
import { expectRobust } from './mutate';

const SEARCH = 'https://www.fiverr.com/search/gigs?query=logo%20design&source=top-bar&page=1';
const GIG =
  'https://www.fiverr.com/brandoradesign/do-a-luxury-minimalist-logo-design-for-your-business?context_referrer=x';
const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const parse = (html: string, url = SEARCH) => fiverr.parse(doc(html), new URL(url));
const withoutJson = (html: string) =>
  html.replace(/<script type="application\/json" id="perseus-initial-props">.*?<\/script>/s, '');

/**
 * Every placement in the saved page's JSON (48 results and the 4 Fiverr's Choice picks), as
 * the page printed it: [placement id, gig path, seller level, rating, reviews, price in USD, ad/choice].
 */
const PAGE: Array<[string, string, string, number, number, number, string]> = [
  ['500823954_0', 'adnan_creates/create-brand-logo-design-for-your-business', 'top-rated', 5, 28, 40, 'ad'],
  [
    '500529769_1',
    'warisakhan/create-modern-minimalist-luxury-logo-design-for-your-business',
    'level-1',
    5,
    32,
    35,
    'ad',
  ],
  ['3477079_2', 'design_desk/do-lovely-ebook-or-kindle-cover-for-you', 'level-2', 4.8, 5606, 30, 'ad'],
  [
    '315594843_3',
    'naeemnasir455/do-modern-professional-3d-minimalist-business-logo-design',
    'level-1',
    5,
    43,
    30,
    'ad',
  ],
  ['317160323_4', 'luciano_xl/design-an-abstract-logo', 'pro', 4.7, 7, 850, ''],
  [
    '459112484_5',
    'brandoradesign/do-a-luxury-minimalist-logo-design-for-your-business',
    'level-2',
    5,
    627,
    40,
    '',
  ],
  [
    '461650263_6',
    'qais_ishfaq48/vectorize-redraw-trace-or-recreate-your-logo-or-image',
    'level-2',
    4.9,
    299,
    5,
    '',
  ],
  ['156202007_7', 'kairachel451/create-a-professional-logo-design', 'top-rated', 4.9, 14182, 25, ''],
  ['436835336_8', 'nguyenhoangvn/design-military-patch-logo-badge', 'level-2', 4.9, 257, 25, 'ad'],
  ['3646708_9', 'vivek0401/design-retro-vintage-logo', 'level-2', 4.8, 13208, 25, 'ad'],
  ['156202007_10', 'kairachel451/create-a-professional-logo-design', 'top-rated', 4.9, 14182, 25, 'ad'],
  [
    '389893809_11',
    'shahmed/create-a-professional-minimalist-company-logo-design',
    'level-2',
    5,
    667,
    30,
    'ad',
  ],
  [
    '286340835_12',
    'nooraaiin/do-3d-timeless-modern-business-logo-design-in-24-hours',
    'level-2',
    4.8,
    2205,
    20,
    '',
  ],
  ['490270539_13', 'seprosf/create-modern-minimalist-business-logo-design', 'level-2', 5, 129, 25, ''],
  [
    '485339192_14',
    'design1287/do-modern-minimalist-custom-business-logo-design-and-branding',
    'level-2',
    4.9,
    101,
    25,
    '',
  ],
  ['404835392_15', 'archtech2/create-an-outstanding-professional-logo-design', 'level-2', 4.9, 167, 10, ''],
  [
    '445851645_16',
    'chamudhi_pixel/create-premium-modern-minimalist-business-logo-design',
    'level-2',
    5,
    474,
    25,
    '',
  ],
  ['166036628_17', 'feargodstudio/make-detailed-illustration-designs-for-you', 'top-rated', 4.9, 229, 25, ''],
  [
    '500529769_18',
    'warisakhan/create-modern-minimalist-luxury-logo-design-for-your-business',
    'level-1',
    5,
    32,
    35,
    '',
  ],
  ['192945874_19', 'mewindson/do-minimal-logo-design', 'top-rated', 4.8, 14095, 45, ''],
  ['142669323_20', 'gemmawilson/design-a-minimal-logo', 'level-2', 4.9, 4414, 20, 'ad'],
  [
    '457083769_21',
    'kaishabi15/do-modern-minimalist-logo-design-for-your-business',
    'level-2',
    5,
    805,
    25,
    'ad',
  ],
  [
    '429427089_22',
    'nathenya/do-modern-minimalist-luxury-business-logo-design',
    'level-2',
    4.9,
    1411,
    25,
    'ad',
  ],
  [
    '441973523_23',
    'alextrender1/do-unique-modern-minimalist-luxury-business-logo-design',
    'level-2',
    4.9,
    1649,
    25,
    'ad',
  ],
  ['124132182_24', 'sidrraaa/do-modern-minimalist-logo-design', 'level-2', 4.8, 2838, 30, ''],
  ['102109223_25', 'unique_lab/design-3-premium-logo-with-vector-files', 'level-2', 4.8, 2229, 25, ''],
  [
    '441973523_26',
    'alextrender1/do-unique-modern-minimalist-luxury-business-logo-design',
    'level-2',
    4.9,
    1649,
    25,
    '',
  ],
  [
    '466786112_27',
    'inshape_studio/do-modern-minimalist-logo-design-for-your-business',
    'level-2',
    5,
    599,
    40,
    '',
  ],
  [
    '493240269_28',
    'toddcoleen/create-a-modern-minimalist-logo-design-and-brand-identity',
    'level-2',
    5,
    62,
    20,
    '',
  ],
  ['461554166_29', 'marnieseron/do-minimalist-logo-design-and-luxury-branding', 'level-2', 4.9, 202, 20, ''],
  ['146927460_30', 'sumayya_designs/design-5-modern-signature-logo', 'level-2', 4.9, 295, 20, ''],
  ['139772236_31', 'farnaz_designer/do-modern-minimalist-logo-design', 'level-2', 4.9, 1684, 25, ''],
  ['395886565_32', 'dygram_/design-logo-for-your-brand-or-business', 'level-2', 4.9, 2800, 40, 'ad'],
  [
    '497279590_33',
    'marlee_john/do-modern-custom-logo-design-redesign-and-brand-identity',
    'level-1',
    5,
    25,
    20,
    'ad',
  ],
  ['107567748_34', 'saadishahh/do-logo-design-with-in-24-hours', 'level-2', 4.9, 9946, 45, 'ad'],
  ['124132182_35', 'sidrraaa/do-modern-minimalist-logo-design', 'level-2', 4.8, 2838, 30, 'ad'],
  ['487349656_36', 'artcore_/design-luxury-minimalist-logo-and-brand-identity', 'level-2', 4.8, 47, 10, ''],
  [
    '297992699_37',
    'brandy_gfx/create-luxury-versatile-modern-minimalist-logo-design',
    'level-2',
    5,
    153,
    30,
    '',
  ],
  ['3477079_38', 'design_desk/do-lovely-ebook-or-kindle-cover-for-you', 'level-2', 4.8, 5606, 30, ''],
  ['499476702_39', 'sky_blew/create-brand-logo-design-for-your-business', 'level-1', 5, 64, 30, ''],
  [
    '468822882_40',
    'cosmicbeauty2/create-modern-minimalist-logo-design-for-your-business',
    'level-2',
    4.9,
    416,
    25,
    '',
  ],
  [
    '485714974_41',
    'umair_mal/do-logo-design-and-branding-kit-for-your-business-or-brand-58dd',
    'level-2',
    5,
    66,
    45,
    '',
  ],
  ['185817793_42', 'energig/design-a-unique-modern-minimal-logo', 'level-2', 4.8, 90, 25, ''],
  [
    '457083769_43',
    'kaishabi15/do-modern-minimalist-logo-design-for-your-business',
    'level-2',
    5,
    805,
    25,
    '',
  ],
  ['414372837_44', 'asadfaizullah/redesign-and-improve-your-current-logo', 'level-2', 4.9, 181, 10, 'ad'],
  ['455607116_45', 'okamitix/create-modern-minimalist-business-logo-design', 'top-rated', 4.8, 490, 25, 'ad'],
  ['125481448_46', 'zain141997/do-beautiful-hand-drawn-logo-designs', 'level-2', 4.8, 210, 15, 'ad'],
  ['404835392_47', 'archtech2/create-an-outstanding-professional-logo-design', 'level-2', 4.9, 167, 10, 'ad'],
  ['390553914_0', 'laria5/do-outstanding-modern-3d-business-logo-design', 'level-2', 4.9, 111, 20, 'choice'],
  [
    '98031123_0',
    'xam_designs/design-a-beautiful-logo-with-unlimited-revisions',
    'level-2',
    4.9,
    1747,
    25,
    'choice',
  ],
  [
    '311759054_0',
    'arham_mustakim/elevate-your-brand-with-a-professional-logo-design',
    'level-2',
    4.8,
    779,
    50,
    'choice',
  ],
  ['143534112_0', 'poppy_lights/do-high-end-minimalist-logo-design', 'top-rated', 4.8, 1761, 100, 'choice'],
];

describe('Fiverr gig search, real page of 2026-09-19 ("logo design")', () => {
  const listings = parse(search);

  it("reads the 12 gig cards the server rendered: 4 Fiverr's Choice picks, then the first 8 results", () => {
    expect(listings.map((l) => l.id.replace('fiverr:', ''))).toEqual(
      [...PAGE.slice(48), ...PAGE.slice(0, 8)].map((row) => row[1]),
    );
    for (const l of listings) expect(Listing.safeParse(l).success).toBe(true);
  });

  it('gives each card its exact facts from the page JSON: gig id, seller, level, rating, reviews, price, ad, choice', () => {
    const rows = [...PAGE.slice(48), ...PAGE.slice(0, 8)];
    expect(
      listings.map((l) => [
        l.gig?.gigId,
        l.gig?.seller,
        l.gig?.sellerLevel,
        l.gig?.rating,
        l.gig?.reviews,
        l.budget,
        l.gig?.ad,
        l.gig?.fiverrChoice,
      ]),
    ).toEqual(
      rows.map(([uid, path, level, rating, reviews, price, flags]) => [
        uid.split('_')[0],
        path.split('/')[0],
        level,
        rating,
        reviews,
        { kind: 'fixed', min: price, currency: 'USD' },
        flags === 'ad',
        flags === 'choice',
      ]),
    );
  });

  it('keeps the title and link the card shows', () => {
    expect(listings[4]).toMatchObject({
      url: 'https://www.fiverr.com/adnan_creates/create-brand-logo-design-for-your-business',
      title: 'I will create brand logo design for your business',
      description: '',
      platformSkills: [],
    });
    expect(listings[1]?.title).toBe('I will create a timeless business logo design and animation');
  });

  it('reads every gig the page lists from its JSON, the 36 its script renders after load included', () => {
    const data = searchData(perseusProps(doc(search)));
    expect(
      data.gigs.map((g) => {
        const gig = gigFromJson(g);
        const flags = gig.ad ? 'ad' : gig.fiverrChoice ? 'choice' : '';
        return [g.u_id, g.gig_url.slice(1), gig.sellerLevel, gig.rating, gig.reviews, g.price_i, flags];
      }),
    ).toEqual(PAGE);
    expect(data.currency).toBe('USD');
    expect(PAGE.filter((row) => row[6] === 'ad')).toHaveLength(20);
    expect(new Set(PAGE.map((row) => row[1])).size).toBe(45); // seven gigs are listed twice: as an ad and again
  });

  it('tells the ad copy of a gig from its organic copy by the placement id on the card', () => {
    // The page lists kairachel451's gig twice: at 7 unpaid, at 10 as an ad (JSON type promoted_gigs).
    const [organic] = parse(search).filter((l) => l.gig?.gigId === '156202007');
    const [ad] = parse(search.replace('data-gig-id="156202007_7"', 'data-gig-id="156202007_10"')).filter(
      (l) => l.gig?.gigId === '156202007',
    );
    expect([organic?.gig?.ad, ad?.gig?.ad]).toEqual([false, true]);
  });
});

describe('the same cards with no JSON (a page whose script changed shape, cards added later)', () => {
  const listings = parse(withoutJson(search));

  it('reads level, rating, rounded review count and the printed price (fee included) from the card', () => {
    expect(
      listings.map((l) => [l.gig?.gigId, l.gig?.sellerLevel, l.gig?.rating, l.gig?.reviews, l.budget?.min]),
    ).toEqual([
      ['390553914', 'level-2', 4.9, 111, 25],
      ['98031123', 'level-2', 4.9, 1000, 30],
      ['311759054', 'level-2', 4.8, 779, 57],
      ['143534112', 'top-rated', 4.8, 1000, 109],
      ['500823954', 'top-rated', 5, 28, 46],
      ['500529769', 'level-1', 5, 32, 41],
      ['3477079', 'level-2', 4.8, 5000, 36],
      ['315594843', 'level-1', 5, 43, 36],
      ['317160323', 'pro', 4.7, 7, 897],
      ['459112484', 'level-2', 5, 627, 46],
      ['461650263', 'level-2', 4.9, 299, 9],
      ['156202007', 'top-rated', 4.9, 14000, 30],
    ]);
  });

  it("knows Fiverr's Choice from the section's badge, and sees no ad where the card prints none", () => {
    expect(listings.map((l) => l.gig?.fiverrChoice)).toEqual([
      ...Array(4).fill(true),
      ...Array(8).fill(false),
    ]);
    expect(listings.every((l) => l.gig?.ad === false)).toBe(true);
  });

  it('marks a card that prints "Ad by" as an ad (the badge Fiverr renders on promoted gigs)', () => {
    const html = withoutJson(search).replace('>Lumexa</span>', '>Ad by Lumexa</span>');
    expect(parse(html).find((l) => l.gig?.gigId === '500823954')?.gig?.ad).toBe(true);
  });

  it('ignores JSON that is not JSON, or whose entry is for another gig, and never runs it', () => {
    const broken = search.replace('{"appData"', 'alert(1);{"appData"');
    expect(parse(broken).map((l) => l.budget?.min)).toEqual(listings.map((l) => l.budget?.min));
    const moved = search.replace('"gig_url":"/adnan_creates/', '"gig_url":"/someone_else/');
    expect(parse(moved).find((l) => l.gig?.gigId === '500823954')?.budget?.min).toBe(46);
  });
});

describe('a Fiverr gig page, real page of 2026-09-19', () => {
  it('reads the gig, its seller and level, its rating and its three packages exactly', () => {
    expect(parse(gigPage, GIG)).toEqual([
      {
        id: 'fiverr:brandoradesign/do-a-luxury-minimalist-logo-design-for-your-business',
        platform: 'fiverr',
        url: 'https://www.fiverr.com/brandoradesign/do-a-luxury-minimalist-logo-design-for-your-business',
        title: 'I will create a professional minimalist logo design',
        description:
          'Starter: Single Professional Logo concepts + Jpeg + PNG + 3D mock ups\nAdvanced: 2 Professional Logo concepts + JPEG + PNG + 3D Mock Up + Source file + PDF\nElite: 3 Amazing Professional Logo concepts with UNLIMITED REVISIONS + All Source files + Priority Service',
        budget: { kind: 'fixed', min: 40, max: 145, currency: 'USD' },
        platformSkills: [
          'company logo design',
          'custom logo',
          'brand logo',
          'logo redesign',
          'business logo',
        ],
        gig: {
          gigId: '459112484',
          seller: 'brandoradesign',
          sellerLevel: 'level-2',
          rating: 5,
          reviews: 627,
          packages: [
            {
              name: 'Starter',
              description: 'Single Professional Logo concepts + Jpeg + PNG + 3D mock ups',
              price: 40,
              deliveryDays: 3,
              revisions: 2,
            },
            {
              name: 'Advanced',
              description: '2 Professional Logo concepts + JPEG + PNG + 3D Mock Up + Source file + PDF',
              price: 95,
              deliveryDays: 3,
              revisions: 5,
            },
            {
              name: 'Elite',
              description:
                '3 Amazing Professional Logo concepts with UNLIMITED REVISIONS + All Source files + Priority Service',
              price: 145,
              deliveryDays: 3,
              revisions: 'unlimited',
            },
          ],
        },
      },
    ]);
  });

  it('reads the first package, the level and the rating from the page itself when there is no JSON', () => {
    const [listing] = parse(withoutJson(gigPage), GIG);
    expect(listing?.gig).toEqual({
      seller: 'brandoradesign',
      sellerLevel: 'level-2',
      rating: 5,
      reviews: 627,
      packages: [
        {
          name: 'Starter',
          description: 'Single Professional Logo concepts + Jpeg + PNG + 3D mock ups',
          price: 45.7,
          deliveryDays: 3,
          revisions: 2,
        },
      ],
    });
    expect(listing?.budget).toEqual({ kind: 'fixed', min: 45.7, max: 45.7, currency: 'USD' });
  });

  it('tells search, category and gig pages apart', () => {
    expect(fiverr.pageKind(new URL(SEARCH))).toBe('search');
    expect(fiverr.pageKind(new URL('https://www.fiverr.com/categories/graphics-design'))).toBe('category');
    expect(fiverr.pageKind(new URL(GIG))).toBe('details');
    expect(fiverr.pageKind(new URL('https://www.fiverr.com/brandoradesign'))).toBe('other');
  });
});

describe('other card hooks public scrapers record', () => {
  it('reads cards known only by data-testid or data-gig-id, with a "Starting at" price', () => {
    const html = `<div><div data-testid="gig-card-layout"><a href="/ana_m/edit-your-podcast">Edit your podcast</a><span>Starting at $25</span></div>
      <div data-gig-id="42"><a href="/bo/write-product-descriptions"><h3>I will write product descriptions</h3></a><b>From £10</b></div></div>`;
    expect(parse(html).map((l) => [l.id, l.title, l.budget, l.gig?.gigId])).toEqual([
      [
        'fiverr:ana_m/edit-your-podcast',
        'Edit your podcast',
        { kind: 'fixed', min: 25, currency: 'USD' },
        undefined,
      ],
      [
        'fiverr:bo/write-product-descriptions',
        'I will write product descriptions',
        { kind: 'fixed', min: 10, currency: 'GBP' },
        '42',
      ],
    ]);
  });
});

describe('pages that are not what the adapter expects', () => {
  it('finds nothing, without throwing, on a page with no gig cards', () => {
    expect(
      parse('<main><a href="/categories/data">Data</a><a href="/codingdan/x-y">I will</a></main>'),
    ).toEqual([]);
  });

  it('skips a card without a title', () => {
    const html = search.replace(
      /<p role="heading"[^>]*>I will create brand logo design for your business<\/p>/,
      '',
    );
    const ids = parse(html).map((l) => l.id);
    expect(ids).toHaveLength(11);
    expect(ids).not.toContain('fiverr:adnan_creates/create-brand-logo-design-for-your-business');
  });

  it('knows gig links from Fiverr pages and seller profiles', () => {
    const base = new URL(SEARCH);
    expect(gigPath('https://nl.fiverr.com//codingdan/scrape-it?pos=1', base)).toBe('codingdan/scrape-it');
    expect(gigPath('/categories/programming-tech', base)).toBeUndefined();
    expect(gigPath('/codingdan', base)).toBeUndefined();
    expect(gigPath('/search/gigs', base)).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws and returns only valid listings on mutated pages', () => {
    expectRobust(search, (d) => fiverr.parse(d, new URL(SEARCH)), 25);
    expectRobust(gigPage, (d) => fiverr.parse(d, new URL(GIG)), 15);
  });
});

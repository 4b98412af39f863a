/**
 * How the tagger reads where a mention stands: requirements, nice-to-haves, the company's
 * description of itself, alternatives, coordinated names, ambiguous words and implied skills.
 * Sentences are real: quoted from the committed fixtures with `sentenceWith` (a drifting fixture
 * fails loudly), or short quotes from listings of the careful readers' set (Upwork 2024–2025,
 * Freelancer 2020, PeoplePerHour 2020, Fiverr 2023; ../shared/data/labelled/careful), marked "careful".
 */
import { describe, expect, it } from 'vitest';
import { CONFIDENT_FROM, confidentSkills, tagText } from '../../../lib/skills';
import { tokenize } from '../../../lib/skills/tokens';
import { sentenceZones } from '../../../lib/skills/zones';
import { listing, sentenceWith, upworkFeed, upworkSearch } from './fixtures';

const tag = (description: string, title = '') => tagText({ title, description });
const confident = (description: string, title = '') =>
  confidentSkills(tag(description, title)).map((s) => s.id);
const confidenceOf = (skills: ReturnType<typeof tag>, id: string) =>
  skills.find((s) => s.id === id)?.confidence;
const zonesOf = (text: string) => {
  const tokens = tokenize(text);
  const zones = sentenceZones(tokens, text, new Set(tokens.map((t) => t.sentence)));
  return tokens.map((t) => zones.get(t.sentence));
};

describe('what the company does is not what the job asks for', () => {
  it('reads a company describing itself as its own zone', () => {
    // careful, Upwork 2025: a website-testing job posted by a marketing company.
    const blurb =
      'LawMed Social is a marketing company based out of Santa Monica, CA that helps professional businesses across the country including law firms and medical practices increase their online presence through SEO (search engine optimization).';
    expect(new Set(zonesOf(blurb))).toEqual(new Set(['about']));
    const skills = tag(blurb, 'Website Testing - California, Arizona, Nevada, or Oregon');
    expect(confidentSkills(skills).map((s) => s.id)).toContain('website-testing');
    for (const id of ['legal-industry', 'healthcare-industry']) {
      expect(confidenceOf(skills, id) ?? 0).toBeLessThan(CONFIDENT_FROM);
    }
  });

  it('trusts tools named in a client’s description of their own business less', () => {
    // The Upwork search fixture (Feb 2026), a content-creation job.
    const row = upworkSearch().find((r) => r.title.startsWith('Content Creation'));
    const about =
      'About Me and My Business I am an AI automation & systems architect with a growing B2B AI automation consultancy. I build custom automation systems using n8n, Make.com, and Zapier, and design Notion workspaces as operational single sources of truth for clients.';
    expect(row?.description).toContain(about);
    expect(new Set(zonesOf(about))).toEqual(new Set(['about']));
    const asked = tag('Must have: you build custom automation systems using n8n, Make.com, and Zapier.');
    expect(confidenceOf(tag(about), 'n8n') ?? 1).toBeLessThan(confidenceOf(asked, 'n8n') ?? 0);
    // The job's own headings end the introduction.
    expect(zonesOf(`${about} The Opportunity The system already exists.`).at(-1)).toBe('body');
  });

  it('reads headings: requirements, nice-to-haves and the application boilerplate', () => {
    // careful, Freelancer 2020 and Upwork 2025.
    expect(zonesOf('Requirements: - React.js, TypeScript, Html, CSS, Git')).toContain('requirement');
    const bonus =
      'Bonus Skills (Not Required, But a Plus!): Experience with Figma or Adobe XD for design mockups.';
    expect(new Set(zonesOf(bonus))).toEqual(new Set(['optional']));
    expect(new Set(zonesOf('How to Apply: Submit your portfolio of past WordPress work.'))).toEqual(
      new Set(['about']),
    );
    expect(new Set(zonesOf('Rust knowledge is a plus but not necessary.'))).toEqual(new Set(['optional']));
  });

  it('counts a requirement line for more than the same skill in the company blurb', () => {
    // careful, Upwork 2025 (a fintech company's attribution job).
    const company = tag(
      'Lopay is a fast-growing payment platform operating across multiple countries with iOS and Android apps.',
    );
    const required = tag('Must have: iOS and Android apps you built and shipped.');
    expect(confidenceOf(required, 'ios-development') ?? 0).toBeGreaterThan(
      confidenceOf(company, 'ios-development') ?? 1,
    );
  });
});

describe('zones of the sentences asked about', () => {
  it('a heading no skill is named in still sets the zone of the sentences after it', () => {
    // The shape of many Upwork job pages: a heading line, a line of prose, then the stack.
    const text = 'Requirements:\nYou will join a small team.\nReact and Node.js on the front and back end.';
    const tokens = tokenize(text);
    const stack = (tokens.find((t) => t.norm === 'react') as { sentence: number }).sentence;
    const zones = sentenceZones(tokens, text, new Set([stack]));
    expect([...zones]).toEqual([[stack, 'requirement']]);
  });
});

describe('alternatives are one possibility, not several demands', () => {
  it('marks "Flask, Django or the suitable framework" as alternatives', () => {
    const row = listing(upworkFeed(), 'Web Developer Needed to build a Web site for a web Scraping Tool');
    const sentence = sentenceWith([row], 'Flask, Django or the suitable framework');
    const skills = tag(sentence);
    for (const id of ['flask', 'django']) {
      const s = skills.find((x) => x.id === id);
      expect(s?.evidence.every((e) => e.in !== 'description' || e.alternative)).toBe(true);
    }
  });

  it('marks "(e.g., using Branch.io, AppsFlyer, Adjust, or Firebase)" as alternatives', () => {
    // careful, Upwork 2025.
    const skills = tag(
      'Set up deep linking (e.g., using Branch.io, AppsFlyer, Adjust, or Firebase) to attribute installs.',
    );
    const firebase = skills.find((s) => s.id === 'firebase');
    expect(firebase?.evidence.some((e) => e.in === 'description' && e.alternative)).toBe(true);
    expect(
      skills
        .find((s) => s.id === 'deep-linking')
        ?.evidence.some((e) => e.in === 'description' && e.alternative),
    ).toBeFalsy();
  });

  it('keeps a list joined by "and" as demands', () => {
    // careful, Upwork 2025.
    const skills = tag('Experience with ChatGPT, SurferSEO, and Koala AI Writer.');
    for (const id of ['chatgpt', 'surfer-seo', 'ai-content-writing']) {
      expect(
        skills.find((s) => s.id === id)?.evidence.some((e) => e.in === 'description' && e.alternative),
      ).toBe(false);
    }
  });
});

describe('names a list shares a word of', () => {
  it('reads "data mining, collection and extraction" as data collection too', () => {
    // careful, Fiverr 2023 gig title.
    const found = confident(
      '',
      'I will do web scraping, data mining, collection and extraction of any data scraper',
    );
    expect(found).toEqual(expect.arrayContaining(['web-scraping', 'data-mining', 'data-collection']));
  });
});

describe('context decides ambiguous words', () => {
  it('reads "GA" beside metrics as Google Analytics, and "GTM" beside lead generation as not Tag Manager', () => {
    // careful, PeoplePerHour 2020; the Upwork search fixture (Feb 2026).
    expect(confident('', 'Step by Step actionable custom metrics & insights - GA')).toContain(
      'google-analytics',
    );
    const gtm = upworkSearch().find((r) => r.title.startsWith('GTM Engineer'));
    expect(gtm).toBeDefined();
    expect(tag('', gtm?.title ?? '').map((s) => s.id)).not.toContain('google-tag-manager');
  });

  it('does not read "VA" in a WordPress to-do list as virtual assistance without its context', () => {
    // careful, Freelancer 2020: "I need a WP VA who can install and configure a few plugins".
    expect(tag('I need a WP VA who can install and configure a few plugins').map((s) => s.id)).not.toContain(
      'virtual-assistant',
    );
    expect(confident('', 'Virtual assistant (VA) for email and calendar management')).toContain(
      'virtual-assistant',
    );
  });

  it('does not read "crawl validation" in an SEO list as web scraping', () => {
    const row = upworkSearch().find((r) => r.title.startsWith('Shopify + Toast'));
    expect(tag(row?.description ?? '', row?.title).map((s) => s.id)).not.toContain('web-scraping');
  });
});

describe('implied skills, checked against careful readers', () => {
  it('adds Dart to Flutter work, C# to Unity work and JavaScript to Vue work', () => {
    // careful, Upwork 2025 and PeoplePerHour 2020 titles.
    expect(confident('', 'Flutter Developer Needed for App Improvement and Bug Fixes')).toEqual(
      expect.arrayContaining(['flutter', 'dart', 'mobile-app-development']),
    );
    expect(tag('', 'Unity2d Mobile Game SENIOR Developer').map((s) => s.id)).toEqual(
      expect.arrayContaining(['csharp', 'game-development']),
    );
    expect(tag('', 'NuxtJS (VueJs) Website Browser Bug Fixes').map((s) => s.id)).toEqual(
      expect.arrayContaining(['nuxtjs', 'vuejs', 'javascript']),
    );
  });

  it('does not add JavaScript to every website job', () => {
    // careful, Freelancer 2020 and PeoplePerHour 2020.
    expect(
      tag(
        'Need to convert html to WordPress... update the website update the database',
        'Build me a website',
      ).map((s) => s.id),
    ).not.toContain('javascript');
    expect(tag('', 'Need to Create a Sports Website Like Dream11 / Halaplay').map((s) => s.id)).not.toContain(
      'javascript',
    );
  });

  it('adds the broad skill a narrow service belongs to', () => {
    // careful, PeoplePerHour 2020 titles.
    expect(confident('', 'Freelancer required to create simple Flyer')).toEqual(
      expect.arrayContaining(['flyer-design', 'graphic-design']),
    );
    expect(confident('', 'Map drawing')).toEqual(
      expect.arrayContaining(['map-illustration', 'illustration']),
    );
    expect(confident('', 'Subtitles needed for short youtube videos')).toEqual(
      expect.arrayContaining(['subtitling', 'transcription']),
    );
  });
});

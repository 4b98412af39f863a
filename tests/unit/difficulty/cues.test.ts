/** Cues in the wording, years of experience and the size of the deliverable, read from real listing text. */
import { describe, expect, it } from 'vitest';
import type { DifficultyInput } from '../../../lib/difficulty';
import { findCues, leadAskedFor, productCopied, yearsAsked } from '../../../lib/difficulty/cues';
import { freelancerLine, heldBackRow, SEARCH_2026, savedTile, shortListing, upworkLine } from './fixtures';

const textOf = (input: DifficultyInput): string =>
  `${input.title}\n${input.description ?? ''}`.replace(/\s+/g, ' ');
const cuesOf = (input: DifficultyInput) => findCues(textOf(input));

describe('seniority and hard-work cues', () => {
  it('"Sr. Python Developer" asks for a senior (Upwork line 38)', () => {
    expect(cuesOf(upworkLine(38).input).senior).toBe('sr.');
  });

  it('"Sr Webflow developer", without the dot, asks for a senior too; "SR&ED" (a tax credit) does not', () => {
    // Titles of two Upwork search tiles, Jan 2025 (upwork-tiles-2025-01.csv), both marked Expert.
    expect(findCues('Sr Webflow developer for immediate assistance').senior).toBe('sr');
    expect(findCues('SR&ED Specialist - Information & Technology').senior).toBeUndefined();
    expect(findCues('Principal engineer for our payments platform').senior).toBe('principal engineer');
  });

  it('"Senior Full Stack Web Developer" (Freelancer.com)', () => {
    expect(cuesOf(freelancerLine(33))).toMatchObject({ senior: 'senior', wholeProduct: 'full stack' });
  });

  it('a lead role asked for in a title; "Lead Generation" is no role', () => {
    // Titles of Upwork search tiles, Jan 2025 (upwork-tiles-2025-01.csv), the first two marked Expert.
    expect(leadAskedFor(heldBackRow('upwork-tiles-2025:771').title)).toBe('lead developer');
    expect(leadAskedFor(heldBackRow('upwork-tiles-2025:352').title)).toBe('cto');
    expect(leadAskedFor('Lead Generation Specialist for B2B SaaS')).toBeUndefined();
    expect(leadAskedFor('Leading e-commerce brand needs a Shopify developer')).toBeUndefined();
  });

  it('"Scalability: the database should be designed…" means it has to scale (line 10)', () => {
    expect(cuesOf(upworkLine(10).input).scale).toBe('scalability');
  });

  it('"a strong background in web scraping" asks for proven experience (line 6)', () => {
    expect(cuesOf(upworkLine(6).input).provenExperience).toBe('strong background');
  });
});

describe('a copy of a named product', () => {
  it('is read from a title and from a description, the name as written (PeoplePerHour line 212, Upwork line 1472)', () => {
    expect(productCopied(textOf(shortListing('peopleperhour-jobs-2020.csv', 212)))).toBe(
      'a sports website like dream11',
    );
    expect(productCopied(textOf(heldBackRow('upwork-jobs-2025:1472')))).toBe(
      'a car bidding platform similar to bringatrailer.com',
    );
  });

  it("is not a platform to build for, a site like one's own, or a copied page", () => {
    // Real wording of Upwork jobs: VR "for platforms like Oculus", a Squarespace page to redo.
    expect(productCopied('an error in VR project in Unity for platforms like Oculus')).toBeUndefined();
    expect(productCopied('I want a website like this one, with my colours')).toBeUndefined();
    expect(productCopied('Clone this landing page into Elementor')).toBeUndefined();
    expect(productCopied('a voice clone of my podcast host')).toBeUndefined();
    expect(productCopied('Build an Uber clone app for our town')).toBe('an uber clone');
  });
});

describe('names that only look like cues', () => {
  it('"Thrive Architect" is a WordPress page builder, not architecture work (a careful reader\'s beginner)', () => {
    // Freelancer.com 2020, "Finalize My WP website": setting up plugins and a home page.
    const text = 'Make changes to the theme and setup the home page using thrive architect Thanks';
    expect(findCues(text).architecture).toBeUndefined();
    expect(findCues('We need a solutions architect for our AWS migration').architecture).toBe('architect');
  });
});

describe('easy-work cues', () => {
  it('"allows for easy expansion" is not the client calling the work easy (line 10)', () => {
    expect(cuesOf(upworkLine(10).input).simple).toBeUndefined();
  });

  it('"which is easy to load on both computers and phones" describes the result, not the work', () => {
    expect(cuesOf(freelancerLine(71)).simple).toBeUndefined();
  });

  it('"I need something simple" and "it\'s an easy job" call the work easy', () => {
    expect(cuesOf(upworkLine(4).input).simple).toBe('something simple');
    expect(cuesOf(freelancerLine(80)).simple).toBe('an easy');
  });

  it('"another small project" is about a later job, not this one (Freelancer.com line 107)', () => {
    const cues = cuesOf(freelancerLine(107));
    expect(cues.simple).toBeDefined();
    expect(cues.smallTask).toBeUndefined();
  });
});

describe('who is welcome', () => {
  it('"this is not a beginner level job" turns newcomers away instead of welcoming them', () => {
    const cues = cuesOf(freelancerLine(131));
    expect(cues.notForBeginners).toBe('beginner');
    expect(cues.beginnersWelcome).toBeUndefined();
  });

  it('"WHO THIS IS NOT FOR … Junior freelancers learning Shopify" (saved Upwork page)', () => {
    expect(cuesOf(savedTile(SEARCH_2026, 'Shopify + Toast Marketing')).notForBeginners).toBe(
      'junior freelancers',
    );
  });

  it('an internship or a junior role is open to newcomers; "not for junior developers" is not', () => {
    // The first is the title of an Upwork job page of Mar 2025 that its client marked Entry level.
    expect(findCues('Part-Time Web Developer Intern (Remote, US/Canada)').beginnersWelcome).toBe('intern');
    expect(findCues('As a Junior Developer at our studio, you will join a small team').beginnersWelcome).toBe(
      'junior developer',
    );
    expect(findCues('Internal tools for our sales team').beginnersWelcome).toBeUndefined();
    const turnedAway = findCues('This role is not for junior developers.');
    expect(turnedAway.notForBeginners).toBe('junior developers');
    expect(turnedAway.beginnersWelcome).toBeUndefined();
  });

  it('a client who keeps the job for experts turns newcomers away (three Upwork listings marked Expert)', () => {
    expect(cuesOf(heldBackRow('upwork-jobs-2025:232')).notForBeginners).toBe('only experts');
    expect(cuesOf(heldBackRow('upwork-jobs-2025:1606')).notForBeginners).toBe(
      'apply only if you have a proven track record',
    );
    expect(cuesOf(heldBackRow('upwork-tiles-2025:2085'))).toMatchObject({ notForBeginners: 'expert only' });
    expect(findCues('Experienced developers only, please.').notForBeginners).toBe(
      'experienced developers only',
    );
  });

  it('"only" keeps no one out when it is about a use or a part of the job', () => {
    expect(findCues('The images are for professional use only.').notForBeginners).toBeUndefined();
    expect(findCues('We need an expert only for the payment integration.').notForBeginners).toBeUndefined();
    expect(findCues('We only hire experts who live in Canada.').notForBeginners).toBeUndefined();
  });

  it('"no new freelancers" and "not for first-time freelancers" turn them away; "first-time freelancers welcome" does not', () => {
    expect(findCues('No new freelancers please, this is urgent.').notForBeginners).toBe('new freelancers');
    const notFor = findCues('This is not for first-time freelancers.');
    expect(notFor.notForBeginners).toBe('first-time freelancers');
    expect(notFor.beginnersWelcome).toBeUndefined();
    expect(findCues('First-time freelancers welcome!')).toMatchObject({
      beginnersWelcome: 'first-time freelancers',
    });
    expect(findCues('First-time freelancers welcome!').notForBeginners).toBeUndefined();
  });

  it('a "NOT FOR" list naming beginners does not also count as welcoming them', () => {
    // The saved tile's wording with "Junior freelancers" replaced by "Beginners".
    const cues = cuesOf({
      title: 'Shopify + Toast Marketing & Growth Specialist (Coffee Brand)',
      description: 'WHO THIS IS NOT FOR\n\nFull agencies with layered teams\nBeginners learning Shopify',
    });
    expect(cues).toEqual({ notForBeginners: 'beginners' });
  });
});

describe('years of experience', () => {
  it('"At least 5 years’ experience" (curly apostrophe)', () => {
    expect(yearsAsked(textOf(freelancerLine(135)))).toBe(5);
  });

  it('"mimimum of 3+ years with rails" (typo and all)', () => {
    expect(yearsAsked(textOf(freelancerLine(125)))).toBe(3);
  });

  it('"5 years in html" without the word experience', () => {
    expect(yearsAsked(textOf(freelancerLine(140)))).toBe(5);
  });

  it('"a minimum of 4-5 hours overlap" is hours, not years (Freelancer.com line 33)', () => {
    expect(yearsAsked(textOf(freelancerLine(33)))).toBeUndefined();
  });

  it("the client's own years are not asked of anyone (upwork-jobs-2025-03.csv line 1044)", () => {
    const aboutMe = 'A Bit About Me:\r\n- I have 10 years of experience using Power BI and DAX.';
    expect(yearsAsked(aboutMe)).toBeUndefined();
    expect(yearsAsked("We've over 12 years of experience in web design.")).toBeUndefined();
    // Asked after the client's own, the freelancer's years still count.
    expect(yearsAsked(`${aboutMe}\nYou have at least 3 years of experience with DAX.`)).toBe(3);
  });
});

describe('deliverable size', () => {
  it('"a complete website created" is a whole product (line 14)', () => {
    expect(cuesOf(upworkLine(14).input).wholeProduct).toBe('complete website');
  });

  it('"I need one page website" and "fix simple css issue" are small deliverables', () => {
    expect(cuesOf(freelancerLine(141)).smallDeliverable).toBe('one page');
    expect(cuesOf(freelancerLine(78)).smallDeliverable).toBe('fix simple css issue');
  });
});

/**
 * The hard cases of skill tagging (short names that are also words, platform names, punctuation,
 * inflections, implied skills), on real listing sentences from tests/fixtures/skills (quoted with
 * `sentenceWith`, so a sentence that drifts from the fixture fails loudly). Where the shared data
 * has no listing naming a skill (R, C, C++, Rust, "excel at", an Access database), the sentence is
 * written here and says so.
 */
import { describe, expect, it } from 'vitest';
import { tagText } from '../../../lib/skills';
import {
  fiverrTitles,
  freelancerJobs,
  listing,
  peoplePerHourTitles,
  sentenceWith,
  upworkFeed,
  upworkSearch,
} from './fixtures';

const freelancer = freelancerJobs();
const pph = peoplePerHourTitles();
const ids = (description: string, title = ''): string[] => tagText({ title, description }).map((s) => s.id);

describe('short and common-word names', () => {
  it('reads "Go" in a list of languages, not the verb', () => {
    expect(ids(sentenceWith(freelancer, 'back-end languages (e.g. Go'))).toEqual(
      expect.arrayContaining(['go', 'java', 'python']),
    );
    for (const phrase of [
      'as things go on through time',
      'needed to go live',
      'If things go well',
      'probably go for',
    ]) {
      expect(ids(sentenceWith(freelancer, phrase))).not.toContain('go');
    }
    const ror = listing(
      freelancer,
      'ROR Integration Project - Ready-to-Go HTML design integration to a fully functioning ROR rental/sales website',
    );
    expect(ids('', ror.title)).not.toContain('go');
  });

  it('reads "R" and "C" as languages only with context (written here: no listing in the data names them)', () => {
    expect(ids('Statistical analysis in R and SPSS for a survey of 300 patients')).toContain('r');
    expect(ids('Our R&D team needs a product brochure')).not.toContain('r');
    expect(ids('Embedded firmware in C for an STM32 microcontroller')).toContain('c');
    expect(ids('We need a pitch deck for C-level executives')).not.toContain('c');
    expect(ids('Senior C/C++ developer for a trading engine')).toEqual(expect.arrayContaining(['c', 'cpp']));
  });

  it('reads "Swift" beside iOS, not as an adjective', () => {
    expect(ids(sentenceWith(freelancer, 'iOS:\nSwift'))).toContain('swift');
    const listingWithSwift = listing(freelancer, 'Location based multi-vendor android/ios project');
    expect(ids(listingWithSwift.description)).toContain('swift');
    expect(ids('Looking for a swift turnaround on a logo redesign')).not.toContain('swift');
  });

  it('reads "Rust" as a language only among programming words (written here)', () => {
    expect(ids('Backend services in Rust with Tokio and PostgreSQL')).toContain('rust');
    expect(ids('Photoshop the rust off these car photos')).not.toContain('rust');
  });

  it('tells the spreadsheet "Excel" from "excel at"', () => {
    const gig = listing(
      fiverrTitles(),
      'I will do data entry, web research, copy paste, excel data entry, and web scraping',
    );
    expect(ids('', gig.title)).toContain('excel');
    expect(ids('You will excel at client communication and deadlines (written here)')).not.toContain('excel');
    expect(ids('Candidates who excel in customer support (written here)')).not.toContain('excel');
  });

  it('does not read "access" as Microsoft Access', () => {
    expect(ids(sentenceWith(freelancer, 'provide me a full access'))).not.toContain('microsoft-access');
    expect(ids(sentenceWith(freelancer, 'we want to access it from IOS'))).not.toContain('microsoft-access');
    expect(ids('Fix the queries in our Access database and move it to SQL Server (written here)')).toContain(
      'microsoft-access',
    );
  });

  it('reads "word" as Microsoft Word only next to document words', () => {
    expect(
      ids('', listing(pph, 'I need a copy of a agency contract typing up in word format.').title),
    ).toContain('microsoft-word');
    expect(ids('', listing(pph, 'Re-Type document on word and save as PDF file').title)).toContain(
      'microsoft-word',
    );
    expect(
      ids('', listing(pph, 'Write a 250 word SEO optimised blog on essential oils').title),
    ).not.toContain('microsoft-word');
    expect(ids('', listing(pph, '1250 Word Real Estate Blog Article').title)).not.toContain('microsoft-word');
    const wordPress = ids('', listing(pph, 'Custom plugin for my word press website').title);
    expect(wordPress).toContain('wordpress');
    expect(wordPress).not.toContain('microsoft-word');
  });

  it('does not let a list of skills run across a full stop', () => {
    // "…in CSS. Make changes to themes": Make (the automation tool) is not listed beside CSS.
    const sentence = sentenceWith(freelancer, 'in various page makers or in CSS. Make changes');
    expect(ids(sentence)).toContain('css');
    expect(ids(sentence)).not.toContain('make-com');
    expect(ids(sentenceWith(upworkSearch(), 'n8n, Make.com'))).toEqual(
      expect.arrayContaining(['n8n', 'make-com']),
    );
  });

  it('reads "Express" beside Node, not as fast delivery', () => {
    expect(ids(sentenceWith(freelancer, '- Redux and Express'))).toContain('express');
    const stack = listing(freelancer, 'Full time freelancer 40,000INR');
    expect(ids(stack.description)).toEqual(expect.arrayContaining(['nodejs', 'express', 'angular']));
    expect(ids('Express delivery of the final files is required (written here)')).not.toContain('express');
  });

  it('reads "blogging" as blog writing, but not a "blogging forum" to be built', () => {
    const backlinks = sentenceWith(freelancer, 'activities like blogging, forum-participant');
    expect(ids(backlinks)).toContain('blog-writing');
    // The Freelancer.com card in tests/fixtures/freelancer/search-2020-03.html.
    const forum = 'This is an online Social Blogging forum! built on PHP';
    expect(ids(forum, 'Develop My Website')).not.toContain('blog-writing');
    expect(ids(forum, 'Develop My Website')).toContain('php');
  });

  it('finds Figma in the text but nothing inside a URL', () => {
    expect(ids(sentenceWith(freelancer, 'Link to Figma preview'))).toContain('figma');
    const skills = tagText({
      title: 'Landing page from our design',
      description: 'Design: https://www.figma.com/file/Xy12/react-landing-page?node-id=0 (written here)',
    });
    expect(skills.map((s) => s.id)).not.toContain('figma');
    expect(skills.map((s) => s.id)).not.toContain('react');
    // The landing page comes from the title, never from the URL's path.
    expect(skills.find((s) => s.id === 'landing-page')?.evidence.every((e) => e.in === 'title')).toBe(true);
  });
});

describe('platform names', () => {
  it('reads LinkedIn or Instagram as marketing skills only when the job is about marketing there', () => {
    expect(ids('', 'Need a LinkedIn scraper asap')).not.toContain('linkedin-marketing');
    expect(ids('', 'Need a LinkedIn scraper asap')).toContain('web-scraping');
    const manager = ids('', 'Social Media Manager Linkedin and Instagram; + Nesletter in HTML Code');
    expect(manager).toEqual(expect.arrayContaining(['linkedin-marketing', 'instagram-marketing']));
  });

  it('does not read a company name as Naming work', () => {
    expect(ids(sentenceWith(upworkFeed(), 'collecting company names'))).not.toContain('naming');
  });
});

describe('names with punctuation', () => {
  it('reads C#, .NET and ASP.NET', () => {
    expect(ids(sentenceWith(freelancer, 'C#  using .NET Core 3.0'))).toEqual(
      expect.arrayContaining(['csharp', 'dotnet']),
    );
    expect(ids('', 'Looking for freelancer who can support for React JS and .net core')).toEqual(
      expect.arrayContaining(['react', 'dotnet']),
    );
    expect(ids(sentenceWith(freelancer, 'I need ASP.NET REST-service'))).toEqual(
      expect.arrayContaining(['asp-net', 'csharp', 'dotnet']),
    );
  });

  it('reads C++ and keeps C separate (written here)', () => {
    expect(ids('Optimise a C++ physics engine')).toEqual(expect.arrayContaining(['cpp']));
    expect(ids('Optimise a C++ physics engine')).not.toContain('c');
  });

  it('reads Node.js and CI/CD', () => {
    expect(ids(sentenceWith(freelancer, 'bulk email node.js script'))).toContain('nodejs');
    expect(ids(sentenceWith(freelancer, 'CI/CD enabled'))).toContain('ci-cd');
    expect(ids('', 'Ruby on Rails/NodeJS Fullstack Developer')).toEqual(
      expect.arrayContaining(['ruby-on-rails', 'nodejs']),
    );
  });
});

describe('multi-word names, plurals and inflections', () => {
  it('prefers the longest name: React Native is not React, Google Sheets is not a sheet', () => {
    const rn = tagText({ title: 'React Native - Web Developer Assistant', description: '' });
    expect(rn.map((s) => s.id)).toContain('react-native');
    expect(rn.map((s) => s.id)).not.toContain('react');
    const sheets = listing(
      freelancer,
      'create a Google Sheets formula that combines data in cells with HTML code',
    );
    expect(ids('', sheets.title)).toEqual(expect.arrayContaining(['google-sheets', 'html']));
  });

  it('matches plurals and inflected forms', () => {
    // "HTML-5" is HTML; "banners" meets the alias "web banner"; "animated" is animation work.
    expect(ids(sentenceWith(freelancer, 'animated web banners created in HTML-5'))).toEqual(
      expect.arrayContaining(['banner-design', 'animation', 'html']),
    );
    expect(ids('', listing(pph, 'I need a 28 page brochure designing').title)).toContain('flyer-design');
    expect(ids('', listing(pph, 'We need content writers to write 3-5 articles per week.').title)).toEqual(
      expect.arrayContaining(['content-writing', 'article-writing']),
    );
    expect(ids('', listing(pph, 'Looking for copywriters for ad copies').title)).toContain('copywriting');
  });
});

describe('implied skills', () => {
  it('reads "convert my PSD to a responsive site" as PSD to HTML, HTML, CSS, Responsive Design', () => {
    const found = ids('convert my PSD to a responsive site');
    expect(found).toEqual(expect.arrayContaining(['psd-to-html', 'html', 'css', 'responsive-design']));
    // Converting a PSD is front-end work, not Photoshop work.
    expect(found).not.toContain('photoshop');
  });

  it('reads the task in real PSD listings', () => {
    expect(ids(sentenceWith(freelancer, 'one psd file that needs to convert into HTML'))).toEqual(
      expect.arrayContaining(['psd-to-html', 'html', 'css']),
    );
    const wp = listing(freelancer, 'psd to wordpress');
    expect(ids(wp.description, wp.title)).toEqual(
      expect.arrayContaining(['psd-to-wordpress', 'wordpress', 'html']),
    );
  });

  it('reads a PSD handed over as a file as Photoshop work', () => {
    const logo = listing(freelancer, 'Logo Design');
    expect(ids(logo.description, logo.title)).toEqual(expect.arrayContaining(['logo-design', 'photoshop']));
  });

  it('reads "build … website" as web development only when the words are close', () => {
    // A careful reader names "Web Development" for "build my site" when no stack is named.
    expect(ids('', 'Need to Create a Sports Website Like Dream11 / Halaplay')).toContain('web-development');
    expect(
      ids(
        'Build a scraper that logs in every morning, collects the prices and also watches our website (written here)',
      ),
    ).not.toContain('web-development');
  });

  it('says where an implied skill came from', () => {
    const css = tagText({ title: '', description: 'convert my PSD to a responsive site' }).find(
      (s) => s.id === 'css',
    );
    expect(css?.evidence.some((e) => e.in === 'implied')).toBe(true);
    expect(css?.evidence.every((e) => e.in === 'implied')).toBe(true);
  });
});

describe('evidence and platform skills', () => {
  it('records field, text and offset of each mention', () => {
    const title = 'Senior Full Stack Web Developer - React, NodeJS & MongoDB.';
    const react = tagText({ title, description: '' }).find((s) => s.id === 'react');
    expect(react?.evidence[0]).toEqual({ in: 'title', text: 'React', offset: title.indexOf('React') });
  });

  it('adds the marketplace chips through label normalisation', () => {
    const row = upworkFeed()[0];
    const skills = tagText({
      title: row?.title ?? '',
      description: '',
      platformSkills: ['Selenium', 'Python', 'Data Scraping'],
    });
    const selenium = skills.find((s) => s.id === 'selenium');
    expect(selenium?.evidence).toEqual([{ in: 'platformSkills', text: 'Selenium', offset: 0 }]);
    expect(skills.map((s) => s.id)).toEqual(expect.arrayContaining(['python', 'web-scraping']));
  });

  it('trusts a broad area less when a specific skill of it is named', () => {
    const sentence = sentenceWith(
      freelancer,
      'Front-end developer needed to do basic CSS/HTML styling updates',
    );
    const found = tagText({ title: '', description: sentence });
    const confidence = (id: string) => found.find((s) => s.id === id)?.confidence ?? 0;
    expect(confidence('css')).toBeGreaterThan(confidence('frontend-development'));
    expect(confidence('html')).toBeGreaterThan(confidence('frontend-development'));
    const alone = tagText({ title: '', description: 'We need a front-end developer (written here)' });
    expect(alone.find((s) => s.id === 'frontend-development')?.confidence).toBeGreaterThan(
      confidence('frontend-development'),
    );
  });
});

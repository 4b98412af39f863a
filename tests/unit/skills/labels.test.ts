/** Marketplace label normalisation: the names Upwork and Freelancer print → taxonomy ids. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveLabel } from '../../../lib/skills';
import { splitGluedLabels } from '../../../scripts/eval/split-glued';
import { freelancerJobs, upworkFeed, upworkSearch } from './fixtures';

describe('resolveLabel', () => {
  it.each([
    ['Javascript', 'javascript'],
    ['HTML5', 'html'],
    ['Angular.js', 'angular'],
    ['jQuery / Prototype', 'jquery'],
    ['C# Programming', 'csharp'],
    ['Website Design', 'web-design'],
    ['PSD to HTML', 'psd-to-html'],
    ['NoSQL Couch & Mongo', 'nosql'],
    ['LESS/Sass/SCSS', 'sass'],
    ['Express JS', 'express'],
    ['Open Cart', 'opencart'],
    ['User Interface / IA', 'ui-design'],
    ['Sales Funnel Copywriting', 'sales-funnel-copywriting'],
    ['n8n', 'n8n'],
    ['Make.com', 'make-com'],
    ['Data Scraping', 'web-scraping'],
    ['Microsoft Excel', 'excel'],
    ['Go', 'go'],
    ['R', 'r'],
    // Guru's chip on a job building a ticketing system: software, not answering support e-mail.
    ['Ticketing Software', 'helpdesk-software'],
  ])('%s → %s', (label, id) => {
    expect(resolveLabel(label)).toBe(id);
  });

  it('returns undefined for what is not a skill', () => {
    expect(resolveLabel('Payment verified')).toBeUndefined();
    expect(resolveLabel('')).toBeUndefined();
  });

  it('resolves every Freelancer tag in the fixtures but two documented gaps', () => {
    const tags = new Set(freelancerJobs().flatMap((r) => r.tags));
    const unresolved = [...tags].filter((t) => !resolveLabel(t)).sort();
    // Google Web Toolkit is obsolete and MVC a pattern, not a skill a learner picks up alone.
    expect(unresolved).toEqual(['Google Web Toolkit', 'MVC']);
  });

  it('resolves every skill token of a real 2026 Upwork search page, categories and industries too', () => {
    const tokens = new Set(upworkSearch().flatMap((r) => r.platformSkills));
    expect(tokens.size).toBeGreaterThan(40);
    expect([...tokens].filter((t) => !resolveLabel(t))).toEqual([]);
    // An industry and a category resolve to the skill such listings ask for.
    expect(resolveLabel('FinTech')).toBe('fintech-industry');
    expect(resolveLabel('Tech & IT')).toBe('software-development');
  });
});

describe('splitGluedLabels (Upwork feed exports)', () => {
  it('splits names glued without a separator', () => {
    expect(splitGluedLabels('SeleniumPythonAutomationData ScrapingScripting')).toEqual([
      'Selenium',
      'Python',
      'Automation',
      'Data Scraping',
      'Scripting',
    ]);
    expect(splitGluedLabels('PythonData ScrapingData MiningList BuildingLead GenerationMarketing')).toEqual([
      'Python',
      'Data Scraping',
      'Data Mining',
      'List Building',
      'Lead Generation',
      'Marketing',
    ]);
  });

  it('does not glue a space to either neighbour', () => {
    // "Instagram API" is a name of its own (a marketplace skill), so it stays whole.
    expect(splitGluedLabels('InstagramInstagram APIPython')).toEqual([
      'Instagram',
      'Instagram API',
      'Python',
    ]);
  });

  it('resolves most pieces of the real feed', () => {
    const pieces = upworkFeed().flatMap((r) => splitGluedLabels(r.skills_concatenated));
    const resolved = pieces.filter((p) => resolveLabel(p));
    expect(resolved.length / pieces.length).toBeGreaterThan(0.9);
  });
});

describe('labels from every marketplace and from careful readers', () => {
  const fixture = (path: string) =>
    readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', path), 'utf8');

  it('resolves the skill chips of a real Guru search page (2020)', () => {
    const chips = [
      ...fixture('guru/search-2020-03.html').matchAll(/skillsList__skill[^"]*">\s*([^<]+?)\s*</g),
      // The page's markup escapes "&": the adapter reads textContent, which decodes it.
    ].map((m) => (m[1] as string).replace(/&amp;/g, '&'));
    expect(chips.length).toBeGreaterThan(5);
    expect(chips.filter((c) => !resolveLabel(c))).toEqual([]);
    expect(resolveLabel('Ruby On Rails')).toBe('ruby-on-rails');
  });

  it('resolves the skill of a Toptal job address (/freelance-jobs/developers/<skill>)', () => {
    const slugs = [
      ...new Set(
        [
          ...fixture('toptal/react-jobs-constructed.html').matchAll(
            /\/freelance-jobs\/developers\/([a-z0-9-]+)/g,
          ),
        ].map((m) => m[1] as string),
      ),
    ].filter((s) => s !== 'jobs');
    expect(slugs.length).toBeGreaterThan(5);
    expect(slugs.filter((s) => !resolveLabel(s.replace(/-/g, ' ')))).toEqual([]);
    expect(resolveLabel('next js')).toBe('nextjs');
  });

  it('resolves names the way a careful reader writes them (the labelling guide’s own examples)', () => {
    for (const [name, id] of [
      ['WordPress', 'wordpress'],
      ['Logo Design', 'logo-design'],
      ['Data Entry', 'data-entry'],
      ['Microsoft Excel', 'excel'],
      ['Web Scraping', 'web-scraping'],
      ['Video Editing', 'video-editing'],
      ['Bookkeeping', 'bookkeeping'],
      ['French to English Translation', 'french-to-english-translation'],
      ['Social Media Marketing', 'social-media-marketing'],
      ['Website Speed Optimization', 'website-speed-optimization'],
      ['Responsive Web Design', 'responsive-design'],
      ['UI/UX Design', 'ui-ux-design'],
      ['Website Content Writing', 'website-copywriting'],
      ['App Store Deployment', 'app-store-submission'],
    ] as const) {
      expect(resolveLabel(name), name).toBe(id);
    }
  });

  it('resolves a marketplace label by its field when nothing more specific is known', () => {
    expect(resolveLabel('Academic Editing')).toBe('editing');
    expect(resolveLabel('Augmented Reality (AR)')).toBe('ar-vr');
    expect(resolveLabel('Oracle Accounting')).toBe('accounting');
  });
});

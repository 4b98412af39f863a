/** The bundled learning resources (lib/learn/resources.ts, resources.data.ts): every link validated. */
import { describe, expect, it } from 'vitest';
import { allResources, Resource, trackingParams, unpackResources } from '@/lib/learn/resources';
import { getSkill } from '@/lib/skills';

const line = (url: string, covers = 'html') => `course|beginner|3|MDN Web Docs|A title|${url}|${covers}`;

describe('the bundled resources', () => {
  const resources = allResources();

  it('are many, across every kind of work', () => {
    expect(resources.length).toBeGreaterThanOrEqual(300);
    const categories = new Set(resources.flatMap((r) => r.skills.map((s) => getSkill(s)?.category)));
    for (const c of ['writing', 'design-ux', 'marketing-seo', 'admin-va', 'finance', 'translation', 'legal'])
      expect(categories).toContain(c);
  });

  it('link only to https addresses with a host, without credentials or tracking parameters', () => {
    for (const r of resources) {
      const url = new URL(r.url);
      expect(url.protocol, r.url).toBe('https:');
      expect(url.hostname, r.url).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(url.username + url.password, r.url).toBe('');
      expect(trackingParams(url), r.url).toEqual([]);
      expect(r.url, r.url).not.toMatch(/[?&#](utm_|fbclid|gclid|ref=)/i);
    }
  });

  it('hold each address once (also ignoring a trailing slash and the case of the host)', () => {
    const key = (u: string) => {
      const url = new URL(u);
      return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/$/, '')}${url.search}`;
    };
    const keys = resources.map((r) => key(r.url));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('have a title, provider, kind, level, rough hours and a checked date no later than today', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const r of resources) {
      expect(Resource.safeParse(r).success, r.url).toBe(true);
      expect(r.checked <= today, r.url).toBe(true);
      expect(r.skills.length + r.categories.length, r.url).toBeGreaterThan(0);
    }
  });

  it('name only skills the taxonomy knows', () => {
    const unknown = resources.flatMap((r) => r.skills).filter((s) => !getSkill(s));
    expect(unknown).toEqual([]);
  });
});

describe('unpackResources', () => {
  const dated = (body: string) => `# checked 2026-11-30\n${body}`;

  it('reads a line into a resource dated by the line before it', () => {
    const [r] = unpackResources(
      dated(line('https://developer.mozilla.org/en-US/docs/Web/HTML', 'html @web-dev')),
    );
    expect(r).toEqual({
      kind: 'course',
      level: 'beginner',
      hours: 3,
      provider: 'MDN Web Docs',
      title: 'A title',
      url: 'https://developer.mozilla.org/en-US/docs/Web/HTML',
      skills: ['html'],
      categories: ['web-dev'],
      checked: '2026-11-30',
    });
  });

  it.each([
    ['http://example.org/course', /https/],
    ['https://example.org/course?utm_source=skillscout', /tracking/],
    ['https://example.org/course?ref=abc', /tracking/],
    ['https://example.org/course?fbclid=1', /tracking/],
    ['https://example.org/course?gclid=1', /tracking/],
    ['https://user:pw@example.org/', /https/],
    ['not a url', /https/],
  ])('refuses %s with the line number', (url, reason) => {
    expect(() => unpackResources(dated(line(url)))).toThrow(/line 2/);
    expect(() => unpackResources(dated(line(url)))).toThrow(reason);
  });

  it('keeps query parameters that are not tracking (a course id)', () => {
    expect(unpackResources(dated(line('https://example.org/course?id=42')))[0]?.url).toBe(
      'https://example.org/course?id=42',
    );
  });

  it('refuses a line without a checked date, with a missing field, or with an unknown kind or category', () => {
    expect(() => unpackResources(line('https://example.org/'))).toThrow(/checked/);
    expect(() => unpackResources(dated('course|beginner|3|MDN|Title|https://example.org/'))).toThrow(
      /7 fields/,
    );
    expect(() => unpackResources(dated(line('https://example.org/').replace('course', 'video')))).toThrow(
      /kind/,
    );
    expect(() => unpackResources(dated(line('https://example.org/', '@cooking')))).toThrow(/categories/);
  });
});

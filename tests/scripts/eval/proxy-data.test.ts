/** The proxy lines read only the client's text of an RSS item (scripts/eval/proxy-data.ts). */
import { describe, expect, it } from 'vitest';
import { rssClientText } from '../../../scripts/eval/proxy-data';
import { listing, upworkRss } from '../../unit/skills/fixtures';

describe('rssClientText', () => {
  it("cuts the feed's metadata, which prints the skill tokens the proxy scores against", () => {
    const item = listing(upworkRss(), 'Help to create OCR systems to extract tables from images - Upwork');
    expect(item.description).toContain('Skills\n:Python');
    const text = rssClientText(item.description);
    expect(text).not.toMatch(/Posted On|Skills|OCR Algorithm/);
    expect(text).toMatch(
      /^We are looking for an expert to assist us in setting up a system to extract tables/,
    );
    expect(text).toMatch(/once we have agreed to the specific requirements\.$/);
  });

  it('keeps a description without metadata whole', () => {
    const item = listing(upworkRss(), 'Backend Rewrite  (Includes AI) - Upwork');
    expect(rssClientText(item.description)).toBe(item.description.trim());
  });
});

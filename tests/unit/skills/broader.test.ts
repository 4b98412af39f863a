/** Which skill a narrower skill is a kind of, as the build decided it (lib/skills/broader.generated.ts). */
import { describe, expect, it } from 'vitest';
import { broaderOf, covers, withBroader } from '@/lib/skills/broader';
import { getSkill } from '@/lib/skills/taxonomy';

describe('the narrower skills', () => {
  it('name the skill they are a kind of', () => {
    expect(broaderOf('on-page-seo')).toBe('seo');
    expect(broaderOf('wordpress-theme-development')).toBe('wordpress');
    expect(broaderOf('shopify-theme-development')).toBe('shopify');
    expect(broaderOf('legal-translation')).toBe('translation');
    expect(broaderOf('english-to-spanish-translation')).toBe('translation');
  });

  it('leave out skills that build on another without being a kind of it', () => {
    for (const id of ['react-native', 'ruby-on-rails', 'tailwind-css', 'revit-api', 'html5-canvas', 'seo']) {
      expect(getSkill(id), id).toBeDefined();
      expect(broaderOf(id), id).toBeUndefined();
    }
  });

  it('are known skills whose broader one is a known skill too', () => {
    for (const id of [
      'on-page-seo',
      'wordpress-theme-development',
      'legal-translation',
      'customer-support-plugin',
    ]) {
      expect(getSkill(id), id).toBeDefined();
      const broader = broaderOf(id);
      if (broader) expect(getSkill(broader), broader).toBeDefined();
    }
    // An Upwork name the import filed under support is a plugin to build, not a kind of support.
    expect(broaderOf('customer-support-plugin')).toBeUndefined();
  });
});

describe('covers', () => {
  it("is true for a skill the person has or one it is a kind of, not for a broader one's", () => {
    expect(withBroader('on-page-seo')).toEqual(['on-page-seo', 'seo']);
    expect(covers(new Set(['seo']), 'on-page-seo')).toBe(true);
    expect(covers(new Set(['on-page-seo']), 'seo')).toBe(false);
    expect(covers(new Set(['react']), 'react-native')).toBe(false);
  });
});

/**
 * The built manifest asks for what the design allows and nothing more: `storage` and the
 * marketplace hosts (through the content script), `activeTab` + `scripting` for a page the user
 * asks to scan, `contextMenus` for asking from the page itself; no broad host access, no remote code.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_MATCHES } from '../../lib/core/platforms';
import { EXTENSION_DIR } from './harness';

const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the built Chrome manifest', () => {
  it("carries package.json's version (the one place it is set)", () => {
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.version).toBe(pkg.version);
  });

  it('is Manifest V3 with a service worker background', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('asks for storage, the six marketplace hosts, and the active tab only when the user clicks', () => {
    // contextMenus: "Scan this page with SkillScout" in the page's menu; its click grants activeTab.
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus']);
    expect([...manifest.host_permissions].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
  });

  it('has its icons and no remote code', () => {
    expect(Object.keys(manifest.icons ?? {})).toEqual(expect.arrayContaining(['16', '48', '128']));
    expect(manifest.content_security_policy).toBeUndefined();
    const bundled = readFileSync(`${EXTENSION_DIR}/background.js`, 'utf8');
    expect(bundled).not.toMatch(/https?:\/\/(?!www\.w3\.org)[a-z0-9.-]+\.[a-z]{2,}\/[^\s'"]*\.js/);
  });
});

describe('the permission justifications (store/permissions.md)', () => {
  it('give one line to every permission and host the manifest asks for, and to nothing else', () => {
    const page = readFileSync(new URL('../../store/permissions.md', import.meta.url), 'utf8');
    const justified = [...page.matchAll(/^\| `([^`]+)` \| (.+) \|$/gm)].map(([, name, why]) => {
      expect(why?.trim().length).toBeGreaterThan(20);
      return name;
    });
    expect(justified.sort()).toEqual([...manifest.permissions, ...manifest.host_permissions].sort());
  });
});

/**
 * The built manifest asks for what the design allows and nothing more: `storage` and the
 * marketplace hosts (through the content script), `activeTab` + `scripting` for a page the user
 * asks to scan, `contextMenus` for asking from the page itself, `sidePanel` for the panel that
 * stays open while browsing; no broad host access, no remote code.
 */
import { existsSync, readFileSync } from 'node:fs';
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
    // sidePanel: the panel beside the page (no `tabs`: the marketplace hosts show their tabs' addresses).
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting', 'contextMenus', 'sidePanel']);
    expect([...manifest.host_permissions].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts[0].matches].sort()).toEqual([...MARKETPLACE_MATCHES].sort());
  });

  it('has the side panel, a tooltip that says what the badge counts, and the keyboard commands', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(existsSync(`${EXTENSION_DIR}/sidepanel.html`)).toBe(true);
    expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
    expect(manifest.commands).toEqual({
      'open-panel': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpenPanel__' },
      'next-fit': { suggested_key: { default: 'Alt+Shift+N' }, description: '__MSG_commandNextFit__' },
      'previous-fit': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousFit__',
      },
    });
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

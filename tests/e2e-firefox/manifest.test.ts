/**
 * The built Firefox manifest: Manifest V3 like the Chrome one, with the same permissions and
 * hosts (but Chrome's `sidePanel`: Firefox's sidebar needs none), the same panel as a sidebar,
 * the same commands, a stable add-on id, the Firefox version it needs, no data collected, and
 * package.json's version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../e2e/harness';
import { FIREFOX_EXTENSION_DIR } from './harness';

const read = (dir: string) => JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
const firefox = read(FIREFOX_EXTENSION_DIR);
const chrome = read(EXTENSION_DIR);
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('the built Firefox manifest', () => {
  it("carries package.json's version, as the Chrome one does", () => {
    expect(firefox.version).toBe(pkg.version);
    expect(chrome.version).toBe(pkg.version);
  });

  it('is Manifest V3 with an event-page background', () => {
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
  });

  it('asks for what the Chrome build asks for, and nothing more', () => {
    expect(firefox.permissions).toEqual(chrome.permissions.filter((p: string) => p !== 'sidePanel'));
    expect(chrome.permissions).toContain('sidePanel');
    expect([...firefox.host_permissions].sort()).toEqual([...chrome.host_permissions].sort());
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.optional_permissions).toBeUndefined();
    expect(firefox.content_security_policy).toBeUndefined();
  });

  it("has the side panel as its sidebar, with Chrome's commands and Firefox's own to open it", () => {
    expect(firefox.sidebar_action).toEqual({ default_panel: 'sidepanel.html', default_title: 'SkillScout' });
    expect(chrome.side_panel).toEqual({ default_path: firefox.sidebar_action.default_panel });
    expect(existsSync(`${FIREFOX_EXTENSION_DIR}/sidepanel.html`)).toBe(true);
    expect(firefox.side_panel).toBeUndefined();
    const { _execute_sidebar_action: open, ...steps } = firefox.commands;
    const { 'open-panel': chromeOpen, ...chromeSteps } = chrome.commands;
    expect(open).toEqual(chromeOpen);
    expect(steps).toEqual(chromeSteps);
    expect(firefox.action.default_title).toBe(chrome.action.default_title);
  });

  it('has a stable add-on id, the Firefox it needs, and says it collects no data', () => {
    expect(firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'skillscout@skillscout.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});

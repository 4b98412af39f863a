/**
 * The built Firefox manifest: Manifest V3 like the Chrome one, with the same permissions and
 * hosts, a stable add-on id, the Firefox version it needs, no data collected, and package.json's
 * version.
 */
import { readFileSync } from 'node:fs';
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
    expect(firefox.permissions).toEqual(chrome.permissions);
    expect([...firefox.host_permissions].sort()).toEqual([...chrome.host_permissions].sort());
    expect(firefox.content_scripts).toEqual(chrome.content_scripts);
    expect(firefox.optional_permissions).toBeUndefined();
    expect(firefox.content_security_policy).toBeUndefined();
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

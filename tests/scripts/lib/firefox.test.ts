/** The Firefox the e2e tests need: an old one is named with how to update it, never skipped. */
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIREFOX_FOR_TESTS, tooOldFirefox } from '../../../scripts/lib/firefox.mjs';

const dir = mkdtempSync(join(tmpdir(), 'fake-firefox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in binary that prints what `firefox --version` prints. */
function firefoxSaying(version: string): string {
  const path = join(dir, `firefox-${version}`);
  writeFileSync(path, `#!/bin/sh\necho "Mozilla Firefox ${version}"\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('tooOldFirefox', () => {
  it("names Debian's stale ESR 140 and says how to update it", () => {
    const message = tooOldFirefox(firefoxSaying('140.12.0esr'));
    expect(message).toContain('Mozilla Firefox 140.12.0esr is too old');
    expect(message).toContain(`need ${FIREFOX_FOR_TESTS} or newer`);
    expect(message).toContain('apt-get install -y firefox-esr');
  });

  it('accepts the ESR the tests were run with, and newer', () => {
    expect(tooOldFirefox(firefoxSaying('153.8.0esr'))).toBeUndefined();
    expect(tooOldFirefox(firefoxSaying(`${FIREFOX_FOR_TESTS}.0`))).toBeUndefined();
  });
});

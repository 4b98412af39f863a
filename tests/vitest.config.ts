import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Two projects so `npm test` ends with one summary line:
 * - unit: happy-dom, fake-indexeddb, WXT's fake browser; no build needed;
 * - e2e: real headless Chromium driving the built extension (run `wxt build` first);
 * - e2e-firefox: real headless Firefox driving the built Firefox extension (`wxt build -b firefox`),
 *   after the others, so that only one browser runs at a time on a two-core machine.
 * A browser answers on its own time: `expect.poll` waits for a condition up to 10 s (1 s by default).
 */
export default defineConfig({
  root,
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        root,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/scripts/**/*.test.ts'],
          setupFiles: ['fake-indexeddb/auto', 'tests/setup/english.ts'],
          restoreMocks: true,
        },
      },
      {
        root,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        root,
        test: {
          name: 'e2e-firefox',
          environment: 'node',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

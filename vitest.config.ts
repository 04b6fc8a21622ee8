// Two test groups. fast: every test/**/*.test.ts but the two kinds below; no model, under a minute.
// model: *.model.test.ts (the real model: the sample index, a CLI command that embeds) and
// *.browser.test.ts (Chromium); the sample index is built once, only when this group runs.
import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';
import { CHROMIUM_ENV, findChromium, isBrowserRequired, REQUIRE_BROWSER_ENV } from './test/helpers/find-chromium.js';

const MODEL_TESTS = 'test/**/*.model.test.ts';
const BROWSER_TESTS = 'test/**/*.browser.test.ts';

const chromiumPath = findChromium();
// Without a browser the browser tests are skipped with a notice, unless the run must have them
// (.ci/run sets PAPERS_REQUIRE_BROWSER=1): then they run and fail with the install line.
const runBrowserTests = chromiumPath !== undefined || isBrowserRequired();

let modelGroupRuns = false;
const browserNotice: Reporter = {
  onInit(vitest) {
    modelGroupRuns = vitest.projects.some((project) => project.name === 'model');
  },
  onTestRunEnd() {
    if (runBrowserTests || !modelGroupRuns) return;
    process.stderr.write(
      `\nNOTICE: the browser tests (${BROWSER_TESTS}) were skipped: no Chromium found.\n` +
        `  Install one (Debian/Ubuntu: apt-get install -y chromium; or npx playwright-core install chromium),\n` +
        `  or point ${CHROMIUM_ENV} at a Chrome/Chromium executable. ${REQUIRE_BROWSER_ENV}=1 makes a missing browser a failure.\n\n`,
    );
  },
};

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }], browserNotice],
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['test/**/*.test.ts'],
          exclude: [MODEL_TESTS, BROWSER_TESTS],
          globalSetup: ['test/build-setup.ts'],
          setupFiles: ['test/helpers/forbid-model.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'model',
          include: runBrowserTests ? [MODEL_TESTS, BROWSER_TESTS] : [MODEL_TESTS],
          globalSetup: ['test/build-setup.ts', 'test/global-setup.ts'],
          env: chromiumPath ? { [CHROMIUM_ENV]: chromiumPath } : {},
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});

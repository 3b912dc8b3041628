// Playwright drives Debian's Chromium (never a downloaded browser) against the release build
// in dist/, served by serve.mjs under the strict CSP.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const PORT = 4173;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../../target/e2e/artifacts',
  reporter: [['list'], ['json', { outputFile: '../../target/e2e/results.json' }]],
  workers: 2,
  timeout: 60_000,
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    // The standalone page's service worker would answer requests that tests route or count;
    // the offline test (present.spec.mjs) allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.OMKERING_CHROMIUM || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  // The same server twice: the second port is another origin, for the cross-origin test.
  webServer: [PORT, PORT + 1].map((port) => ({
    command: `node serve.mjs --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  })),
});

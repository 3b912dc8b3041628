// Playwright drives Debian's Chromium (never a downloaded browser) against the release build
// in dist/, served by serve.mjs under the strict CSP; with `OMKERING_E2E_SERVER=nginx`, the
// specs of embedding, cross-origin, iframe and offline run against Debian's nginx with the
// explainer's own deploy/nginx.conf (tests/e2e/nginx.mjs).
import { defineConfig } from '@playwright/test';
import { nginxCommand } from './nginx.mjs';

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
const NGINX = process.env.OMKERING_E2E_SERVER === 'nginx';
/// What runs against nginx: the embed on host pages, the bundle from another origin, the iframe,
/// offline and releases.
const NGINX_SPECS = ['demo.spec.mjs', 'hostile.spec.mjs', 'lazy.spec.mjs', 'origins.spec.mjs', 'iframe.spec.mjs', 'offline.spec.mjs', 'csp.spec.mjs'];

export default defineConfig({
  testDir: '.',
  testMatch: NGINX ? NGINX_SPECS : '*.spec.mjs',
  outputDir: NGINX ? '../../target/e2e/artifacts-nginx' : '../../target/e2e/artifacts',
  reporter: [['list'], ['json', { outputFile: NGINX ? '../../target/e2e/results-nginx.json' : '../../target/e2e/results.json' }]],
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
  // The same server twice: the second port is another origin, for the cross-origin test. With
  // nginx, one nginx listens on both.
  webServer: NGINX
    ? [{ command: nginxCommand([PORT, PORT + 1]), url: `http://127.0.0.1:${PORT + 1}/`, reuseExistingServer: false, stdout: 'ignore' }]
    : [PORT, PORT + 1].map((port) => ({
        command: `node serve.mjs --port ${port}`,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: false,
        stdout: 'ignore',
      })),
});

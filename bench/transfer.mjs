// Transfer: what the start page and an embed download, brotli-compressed (as size.spec.mjs
// measures the budget).
import { recordTransfer } from '../tests/e2e/helpers.mjs';
import { deployed } from './deployed.mjs';

async function responses(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const transfer = recordTransfer(page);
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return await transfer.sizes();
  } finally {
    await context.close();
  }
}

/// The start page's files, and the bundle files an embed on the demo host page loads (the host
/// page's own HTML and CSS left out).
export async function transfers(browser, base) {
  const start = await responses(browser, `${base}/`);
  const embed = (await responses(browser, `${base}/examples/host.html`)).filter((f) => !f.path.startsWith('/examples/'));
  return { start, embed };
}

/// What the standalone page's service worker downloads on a first visit beyond the page's own
/// files (it caches the release for offline use once the page has loaded and is idle), over a
/// server that sends and keeps files as a deployment does (`deployed.mjs`): every file sent whose
/// request did not come from the page itself, brotli, until the worker is active and the
/// network idle.
export async function workerTransfer(browser, dist, port) {
  const sent = [];
  const server = await deployed(dist, port, (path, bytes) => sent.push({ path, brotli: bytes }));
  const context = await browser.newContext();
  const page = await context.newPage();
  const own = new Map();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.replace(/\/$/, '/index.html');
    own.set(path, (own.get(path) ?? 0) + 1);
  });
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { polling: 250, timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // The files sent beyond the page's own requests are the worker's.
    return sent.filter(({ path }) => {
      const left = own.get(path) ?? 0;
      if (left > 0) own.set(path, left - 1);
      return left === 0;
    });
  } finally {
    await context.close();
    server.close();
  }
}

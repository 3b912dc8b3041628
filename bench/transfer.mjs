// Transfer: what the start page and an embed download, brotli-compressed (as size.spec.mjs
// measures the budget).
import { brotliCompressSync, constants } from 'node:zlib';
import { recordTransfer } from '../tests/e2e/helpers.mjs';

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
/// files (it caches the release for offline use once the page has loaded and is idle): the
/// responses of its requests, brotli, until it is active and the network is idle.
export async function workerTransfer(browser, base) {
  const context = await browser.newContext();
  const bodies = [];
  context.on('response', (res) => {
    if (res.request().serviceWorker()) bodies.push(res.body().then((b) => [res.url(), b]).catch(() => [res.url(), Buffer.alloc(0)]));
  });
  const page = await context.newPage();
  try {
    await page.goto(`${base}/`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated', null, { polling: 250, timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return (await Promise.all(bodies)).map(([url, body]) => ({
      path: new URL(url).pathname,
      raw: body.length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    }));
  } finally {
    await context.close();
  }
}

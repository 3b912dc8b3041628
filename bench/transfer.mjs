// Transfer: what the start page and an embed download, brotli-compressed (as size.spec.mjs
// measures the budget).
import { brotliSizes } from './start.mjs';

async function responses(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (res) => bodies.push(res.body().then((b) => [res.url(), b]).catch(() => [res.url(), Buffer.alloc(0)])));
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    return brotliSizes(await Promise.all(bodies));
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

// Transfer: what the start page and an embed download, brotli-compressed (as size.spec.mjs
// measures the budget).
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

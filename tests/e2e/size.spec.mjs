// The size budget: everything the start page transfers, brotli-compressed, stays under 150 KB.
// Sizes are deterministic, so the budget is a test; timings live in `cargo xtask bench`.
import { test, expect } from '@playwright/test';
import { brotliCompressSync, constants } from 'node:zlib';
import { open } from './helpers.mjs';

const BUDGET = 150 * 1024;

test('the start page transfers under 150 KB brotli', async ({ page }) => {
  const bodies = [];
  page.on('response', (res) => bodies.push(res.body().then((b) => [res.url(), b]).catch(() => [res.url(), Buffer.alloc(0)])));
  await open(page);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const sizes = files.map(([url, body]) => [
    new URL(url).pathname,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  ]);
  const total = sizes.reduce((sum, [, n]) => sum + n, 0);
  console.log(`start page: ${sizes.map(([p, n]) => `${p} ${n}`).join(', ')}; total ${total} bytes brotli`);
  expect(sizes.some(([p]) => /^\/omkering_bg-[0-9a-f]{12}\.wasm$/.test(p))).toBe(true);
  expect(total).toBeLessThan(BUDGET);
});

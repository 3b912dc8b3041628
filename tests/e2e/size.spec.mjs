// The size budget: everything the start page transfers, brotli-compressed, stays under 150 KB.
// Sizes are deterministic, so the budget is a test; timings live in `cargo xtask bench`.
import { test, expect } from './guard.mjs';
import { open, recordTransfer } from './helpers.mjs';

const BUDGET = 150 * 1024;

test('the start page transfers under 150 KB brotli', async ({ page }) => {
  const transfer = recordTransfer(page);
  await open(page);
  await page.waitForLoadState('networkidle');
  const sizes = await transfer.sizes();
  const total = sizes.reduce((sum, f) => sum + f.brotli, 0);
  console.log(`start page: ${sizes.map((f) => `${f.path} ${f.brotli}`).join(', ')}; total ${total} bytes brotli`);
  expect(sizes.some((f) => /^\/omkering_bg-[0-9a-f]{12}\.wasm$/.test(f.path))).toBe(true);
  expect(total).toBeLessThan(BUDGET);
});

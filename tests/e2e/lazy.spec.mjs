// Lazy start and the room the element keeps: nothing heavy is fetched before the element comes
// near the viewport, the page does not shift when it starts, and the `height` and `theme`
// attributes work (a wrong value warns and falls back).
import { test, expect } from './guard.mjs';
import { explainer, axeViolations } from './helpers.mjs';

/// Starts summing layout shifts (the CLS score) from the beginning of every page load.
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () => page.evaluate(() => window.__cls);
}

test('nothing heavy is fetched before the element comes near the viewport', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const cls = await watchShifts(page);
  await page.goto('/__test/lazy.html');
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const heavy = (path) => /\.wasm$/.test(path) || /^\/omkering-[0-9a-f]+\.js$/.test(path);
  expect(fetched).toContain('/omkering-loader.js');
  expect(fetched.filter(heavy)).toEqual([]);
  await expect(page.locator('#far > p')).toBeVisible();
  await page.locator('#far').scrollIntoViewIfNeeded();
  await expect(explainer(page).locator('.omk-svg')).toBeVisible();
  expect(fetched.filter(heavy).length).toBe(2);
  await page.waitForTimeout(300);
  expect(await cls()).toBeLessThan(0.05);
});

test('the standalone page does not shift when the explainer starts', async ({ page }) => {
  const cls = await watchShifts(page);
  await page.goto('/#/omkering');
  await expect(explainer(page).locator('.omk-svg')).toBeVisible();
  await page.waitForTimeout(300);
  expect(await cls()).toBeLessThan(0.05);
});

test('a fixed height holds from the placeholder on, the explainer scrolls inside it', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const cls = await watchShifts(page);
  await page.goto('/__test/attributes.html');
  const fixed = page.locator('#fixed');
  await expect(explainer(page).locator('.omk-svg')).toBeVisible();
  expect((await fixed.boundingBox()).height).toBeCloseTo(500, 0);
  const mount = await fixed.evaluate((el) => {
    const m = el.shadowRoot.querySelector('.omk-mount');
    return { client: m.clientHeight, scroll: m.scrollHeight, overflow: getComputedStyle(m).overflowY };
  });
  expect(mount.client).toBeLessThanOrEqual(500);
  expect(mount.scroll).toBeGreaterThan(mount.client);
  expect(mount.overflow).toBe('auto');
  expect(await cls()).toBeLessThan(0.05);
  // High contrast: the theme class, black text, and still no axe violations.
  await expect(explainer(page)).toHaveClass(/omk-theme--contrast/);
  await expect(explainer(page).locator('#omk-view-title')).toHaveCSS('color', 'rgb(0, 0, 0)');
  expect(await axeViolations(page, '#fixed')).toEqual([]);
  // The second element has wrong values: warnings that name them, and the defaults.
  await expect(explainer(page, 1)).toBeVisible();
  await expect(explainer(page, 1)).not.toHaveClass(/omk-theme--contrast/);
  expect(warnings.some((w) => w.includes('height="veel"') && w.includes('240 to 4000'))).toBe(true);
  expect(warnings.some((w) => w.includes('theme="donker"') && w.includes('default, contrast'))).toBe(true);
  // present-button="hide" hides the presentation button; a wrong value warns and shows it.
  await expect(explainer(page).locator('.omk-present-button')).toHaveCount(0);
  await expect(explainer(page, 1).locator('.omk-present-button')).toHaveCount(1);
  expect(warnings.some((w) => w.includes('present-button="nee"') && w.includes('show, hide'))).toBe(true);
  const wrongHeight = (await page.locator('#wrong').boundingBox()).height;
  const scroll = await page.locator('#wrong').evaluate((el) => el.shadowRoot.querySelector('.omk-mount').scrollHeight);
  expect(Math.abs(wrongHeight - scroll)).toBeLessThan(2);
});

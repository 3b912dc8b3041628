// Lazy start and the room the element keeps: nothing heavy is fetched before the element comes
// near the viewport, the page does not shift when it starts, and the `height` and `theme`
// attributes work (a wrong value warns and falls back).
import { test, expect } from './guard.mjs';
import { explainer, axeViolations, idle } from './helpers.mjs';

/// Starts summing layout shifts (the CLS score) from the beginning of every page load; the score
/// also counts the shifts still queued for the observer.
async function watchShifts(page) {
  await page.addInitScript(() => {
    window.__cls = 0;
    const add = (entries) => {
      for (const e of entries) if (!e.hadRecentInput) window.__cls += e.value;
    };
    window.__clsObserver = new PerformanceObserver((list) => add(list.getEntries()));
    window.__clsObserver.observe({ type: 'layout-shift', buffered: true });
    window.__clsNow = () => (add(window.__clsObserver.takeRecords()), window.__cls);
  });
  return () => page.evaluate(() => window.__clsNow());
}

/// Resolves once the page's IntersectionObservers have reported on `selector` (a new observer
/// reports in the same frame as, or after, the loader's, which observed the element first).
async function intersectionReported(page, selector) {
  await page.evaluate(
    (selector) =>
      new Promise((resolve) => {
        const seen = new IntersectionObserver(() => (seen.disconnect(), resolve()));
        seen.observe(document.querySelector(selector));
      }),
    selector,
  );
}

/// The explainer has started and drawn, and the page then stayed still (see `idle`): the
/// shifts the start could cause have happened.
async function startedAndStill(page) {
  await expect(explainer(page).locator('.omk-svg')).toBeVisible();
  await expect(page.locator('omkering-explainer[data-omk-started]').first()).toBeAttached();
  await idle(page);
}

test('nothing heavy is fetched before the element comes near the viewport', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const cls = await watchShifts(page);
  await page.goto('/__test/lazy.html');
  await page.waitForLoadState('networkidle');
  // The loader has had its chance: its observer reported that the element is far away, and the
  // page was idle after that (nothing started on the way).
  await intersectionReported(page, '#far');
  await idle(page);
  const heavy = (path) => /\.wasm$/.test(path) || /^\/omkering-[0-9a-f]+\.js$/.test(path);
  expect(fetched).toContain('/omkering-loader.js');
  expect(fetched.filter(heavy)).toEqual([]);
  await expect(page.locator('#far > p')).toBeVisible();
  await page.locator('#far').scrollIntoViewIfNeeded();
  await expect(explainer(page).locator('.omk-svg')).toBeVisible();
  expect(fetched.filter(heavy).length).toBe(2);
  await startedAndStill(page);
  expect(await cls()).toBeLessThan(0.05);
});

test('the standalone page does not shift when the explainer starts', async ({ page }) => {
  const cls = await watchShifts(page);
  await page.goto('/#/omkering');
  await startedAndStill(page);
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

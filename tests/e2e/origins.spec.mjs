// Serving and privacy: the bundle works when another origin's page loads it (two loopback
// ports), nothing sets a cookie, and no request leaves the serving origins.
import { test, expect } from './guard.mjs';
import { content, explainer, open, watchViolations } from './helpers.mjs';
import { BUNDLE_ORIGIN } from './policy.mjs';

test.describe('from the second origin', () => {
  test.use({ allowedOrigins: [BUNDLE_ORIGIN] });

  test('a page on another origin runs the bundle under its strict policy', async ({ page, baseURL }) => {
    const problems = await watchViolations(page);
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/__test/cross-origin.html');
    const app = explainer(page);
    await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', '2');
    await app.locator('[data-step-control="next"]').click();
    await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', '3');
    // A view from a wasm chunk comes from the bundle's origin too.
    await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
    await expect(app.getByText(content.themes[0].name.nl).first()).toBeVisible();
    // The loader keeps its name; the files it loads carry a content hash (cargo xtask build).
    for (const file of [
      /\/omkering-loader\.js$/, /\/omkering-[0-9a-f]{12}\.js$/, /\/omkering-split-[0-9a-f]{12}\.js$/,
      /\/omkering_bg-[0-9a-f]{12}\.wasm$/, /\/omkering-lazy-[0-9a-f]{12}\.wasm$/, /\/omkering-[0-9a-f]{12}\.css$/,
      /\/omkering-lazy-[0-9a-f]{12}\.css$/,
    ]) {
      expect(fetched.some((u) => u.startsWith(BUNDLE_ORIGIN) && file.test(u)), String(file)).toBe(true);
    }
    expect(fetched.filter((u) => !u.startsWith(baseURL) && !u.startsWith(BUNDLE_ORIGIN) && !u.startsWith('data:'))).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});

test('no cookies and no request to any other origin, on any view', async ({ page, context, baseURL }) => {
  const foreign = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(baseURL) && !url.startsWith('data:')) foreign.push(url);
  });
  await open(page, '/');
  const app = explainer(page);
  for (const title of ['omkering', 'themes', 'development', 'context']) {
    await app.locator('.omk-nav__link', { hasText: content.ui[title].title.nl }).click();
    await expect(app.locator('#omk-view-title')).toHaveText(content.ui[title].title.nl);
  }
  await app.locator('.omk-lang button').click();
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
});

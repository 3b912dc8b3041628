// The strict Content-Security-Policy holds: serve.mjs sends it with every response, and no page
// load or interaction causes a violation. The build holds no inline script or style.
import { test, expect } from './guard.mjs';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { content, views, open, explainer, watchViolations } from './helpers.mjs';
import { CSP } from './policy.mjs';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

// The policy itself is written once, in deploy/nginx.conf; xtask's tests keep it strict
// (xtask/src/policy.rs).
test('the server sends exactly the strict policy', async ({ request }) => {
  const res = await request.get('/');
  expect(res.headers()['content-security-policy']).toBe(CSP);
});

test('every view and the interactions cause no CSP violation and no console error', async ({ page }) => {
  const report = await watchViolations(page);
  for (const view of views()) {
    await open(page, view.hash);
  }
  const app = explainer(page);
  await app.locator('.omk-lang button').click();
  await app.locator('.omk-nav__link', { hasText: content.ui.omkering.title.en }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.en);
  await page.goto('/__test/two.html');
  await expect(explainer(page, 1)).toBeVisible();
  expect(await report()).toEqual([]);
});

test('the rendered explainer carries no style attribute (the CSP would block it)', async ({ page }) => {
  for (const view of views()) {
    await open(page, view.hash);
    const styled = await page.evaluate(() =>
      [...document.querySelector('omkering-explainer').shadowRoot.querySelectorAll('[style]')].map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(styled).toEqual([]);
  }
});

test('the built HTML has no inline script, inline style or style attribute', () => {
  const pages = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.html'));
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'configurator.html', 'examples/host.html']));
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html, file).not.toMatch(/<style[\s>]/i);
    expect(html, file).not.toMatch(/\sstyle=/i);
  }
});

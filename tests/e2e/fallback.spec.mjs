// The element's own content is the text version (on the standalone page: the start view painted
// into it): it shows without JavaScript, the explainer replaces it when it starts, and printing gives the current view as a readable document.
import { test, expect } from './guard.mjs';
import { explainer, open, modeOf, defaultMode } from './helpers.mjs';

test('without JavaScript the standalone page shows the start view, an embed its text version', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  // The start view painted into the page (first-view.spec.mjs checks it in detail).
  const painted = page.locator('omkering-explainer .omk-prerender');
  await expect(painted.locator('#omk-view-title')).toBeVisible();
  await expect(painted.locator('.omk-start__diagram svg.omk-svg:visible')).toHaveCount(1);
  await page.goto('/__test/lazy.html');
  await expect(page.locator('#far > p')).toBeVisible();
  await context.close();
});

test('printing shows the current view without controls', async ({ page }) => {
  await open(page, '/omkering/stap/3');
  const app = explainer(page);
  await expect(app.locator('.omk-svg')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.omk-nav', '.omk-lang', '.omk-modeswitch', '.omk-stepper__controls']) {
    await expect(app.locator(hidden)).toBeHidden();
  }
  await expect(app.locator('.omk-svg')).toBeVisible();
  await expect(app.locator('.omk-caption__title')).toContainText(modeOf(defaultMode()).step[2].title.nl);
  await expect(app.locator('[data-text-version="steps"]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

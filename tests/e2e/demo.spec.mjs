// The demo host page (examples/host.html, copied into dist/ by `cargo xtask build`): the
// documented snippet on a busy CMS page works, and axe-core finds nothing inside the explainers.
import { test, expect } from './guard.mjs';
import { content, explainer, axeViolations, watchViolations } from './helpers.mjs';

test('the demo host page runs both explainers with no violation inside them', async ({ page }) => {
  const problems = await watchViolations(page);
  await page.goto('/examples/host.html');
  const main = explainer(page, 0);
  await expect(main.locator('.omk-svg')).toBeVisible();
  await main.locator('[data-step-control="next"]').click();
  await expect(main.locator('.omk-caption')).toHaveAttribute('data-step', '1');
  await page.locator('aside omkering-explainer').scrollIntoViewIfNeeded();
  const side = explainer(page, 1);
  await expect(side.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  expect((await page.locator('aside omkering-explainer').boundingBox()).height).toBeCloseTo(600, 0);
  // Before axe: axe-core itself adds inline styles, which the page's policy reports.
  expect(await problems()).toEqual([]);
  expect(await axeViolations(page, 'omkering-explainer')).toEqual([]);
});

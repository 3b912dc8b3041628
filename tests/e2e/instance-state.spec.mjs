// Issue 22, "State per instance": each explainer on a page keeps its own presentation settings
// (contrast, single-letter keys), and the running show's full screen follows the state.
import { test, expect } from './guard.mjs';
import { content, explainer, open, twoExplainers } from './helpers.mjs';

const t = content.ui.present_view;

test('two presentations on one page keep their own settings', async ({ page }) => {
  await twoExplainers(page, '/present/2', 700);
  const show = (i) => explainer(page, i).locator('.omk-show');
  for (const i of [0, 1]) await expect(show(i)).toBeVisible();
  // The first one: contrast on, letter keys off.
  await show(0).getByRole('button', { name: t.settings.nl }).click();
  await show(0).getByRole('switch', { name: t.contrast.nl }).click();
  await show(0).getByRole('switch', { name: t.letters.nl }).click();
  await expect(show(0)).toHaveClass(/omk-theme--contrast/);
  await expect(show(1), 'the other presentation keeps its own contrast').not.toHaveClass(/omk-theme--contrast/);
  // B blacks the screen of the second one, which has its letter keys on; not of the first.
  await show(1).focus();
  await page.keyboard.press('b');
  await expect(show(1).locator('.omk-show__black'), 'the second one keeps its letter keys').toBeVisible();
  await show(0).focus();
  await page.keyboard.press('b');
  await expect(show(0).locator('.omk-show__black')).toHaveCount(0);
  await show(1).focus();
  await page.keyboard.press('x');
  await expect(show(1).locator('.omk-show__black')).toHaveCount(0);
  await show(1).getByRole('button', { name: t.settings.nl }).click();
  await expect(show(1).getByRole('switch', { name: t.contrast.nl })).toHaveAttribute('aria-checked', 'false');
  await expect(show(1).getByRole('switch', { name: t.letters.nl })).toHaveAttribute('aria-checked', 'true');
});

test('F asks for full screen and F again leaves it; leaving the presentation leaves it too', async ({ page }) => {
  await open(page, '/present/1');
  const show = explainer(page).locator('.omk-show');
  await show.focus();
  const full = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(full).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(full).toBe(false);
  await page.keyboard.press('f');
  await expect.poll(full).toBe(true);
  await show.getByRole('button', { name: t.leave.nl }).click();
  await expect(explainer(page).locator('.omk-nav')).toBeVisible();
  await expect.poll(full).toBe(false);
});

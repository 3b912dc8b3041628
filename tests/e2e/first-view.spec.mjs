// Issue 23, the first view: the start view shows the omkering diagram, whole, in the first
// screen of a phone (390×844) and of a laptop (1280×800), with the way into its steps beside it;
// the diagram leads into the omkering view; its legend and its text version stay with it.
import { test, expect } from './guard.mjs';
import { content, explainer, open, routeOf, axeViolations, defaultMode, modeOf } from './helpers.mjs';

const SCREENS = [
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ['laptop', { viewport: { width: 1280, height: 800 } }],
];

/// The element's box against the viewport: whether it lies wholly inside.
const wholly = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

for (const [screen, use] of SCREENS) {
  test.describe(`on a ${screen}`, () => {
    test.use(use);

    test('the start view shows the whole diagram and the way into its steps in the first screen', async ({ page }) => {
      await open(page, '/');
      const app = explainer(page);
      const svg = app.locator('.omk-start__diagram svg.omk-svg');
      await expect(svg).toHaveAttribute('data-mode', defaultMode());
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await wholly(svg), 'the diagram lies wholly in the first screen').toBe(true);
      const actors = Object.values(modeOf(defaultMode()).placement);
      expect(actors.length).toBe(5);
      for (const actor of actors) {
        expect(await wholly(app.locator(`.omk-start__diagram [data-actor="${actor}"]`)), `${actor} in the first screen`).toBe(true);
      }
      const explore = app.locator('.omk-start__explore a');
      await expect(explore).toHaveText(`${content.ui.start_explore.nl} →`);
      expect(await wholly(explore), 'the invitation to walk the steps in the first screen').toBe(true);
    });
  });
}

test('the start diagram leads into the omkering view: an actor opens its panel, an arrow key the first step', async ({ page }) => {
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-start__diagram [data-actor="gemeenten"]').click();
  await expect.poll(() => routeOf(page)).toBe('/omkering/actor/gemeenten');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await open(page, '/');
  await app.locator('.omk-start__diagram .omk-diagram__canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.locator('.omk-caption__title')).toHaveText(modeOf(defaultMode()).step[0].title.nl);
});

test('the start view keeps the legend and the text version with its diagram; axe finds nothing', async ({ page }) => {
  for (const lang of ['nl', 'en']) {
    await open(page, lang === 'nl' ? '/' : '/?lang=en');
    const app = explainer(page);
    await expect(app.locator('.omk-start__diagram + .omk-start__explore + .omk-legend .omk-reading-legend')).toHaveText(content.ui.diagram.legend_reading[lang]);
    const fold = app.locator('details.omk-start__text');
    // The same element across the language switch keeps its state: start folded.
    await fold.evaluate((d) => (d.open = false));
    await expect(fold.locator('summary')).toHaveText(`${content.ui.diagram.text_version[lang]}: ${modeOf(defaultMode()).name[lang]}`);
    // The diagram's long description is the folded text version: every step, linked to it.
    await expect(app.locator('.omk-start__diagram .omk-diagram__canvas')).toHaveAttribute('aria-details', 'omk-textversion');
    await expect(fold.locator('#omk-textversion .omk-step')).toHaveCount(modeOf(defaultMode()).step.length);
    expect(await axeViolations(page), `axe, folded (${lang})`).toEqual([]);
    await fold.locator('summary').click();
    await expect(fold.locator('.omk-step').first()).toBeVisible();
    expect(await axeViolations(page), `axe, open (${lang})`).toEqual([]);
  }
});

// Issue 28, "One meaning per line style": a dashed line means "onze lezing" and nothing else.
// Inactive actors, disabled buttons and the layers' umbrella organisations and networks are drawn
// solid; the reading arrows are dashed in the explainer's diagram, on the presentation's
// omkering slide and on the handout alike. (The self-assessment's radar tells its groups apart by dash patterns with
// a legend keyed to them; it is outside this check until issue 29 reworks the chart.)
import { test, expect } from './guard.mjs';
import { content, explainer, open, omkeringHash } from './helpers.mjs';

/// The elements of the first explainer drawn with a dashed border or stroke, and whether each is
/// (inside) a reading's mark.
async function dashed(page) {
  return page.evaluate(() => {
    const reading = '.omk-arrow--reading, .omk-legend__reading, .omk-tracks__line--reading, .omk-balance__block:not(.omk-balance__block--general), .omk-radar, .omk-legend-choice';
    const root = document.querySelector('omkering-explainer').shadowRoot;
    const out = [];
    for (const el of root.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const sides = ['Top', 'Right', 'Bottom', 'Left'].map((s) => cs[`border${s}Style`]);
      const before = getComputedStyle(el, '::before').borderTopStyle;
      const dash = (cs.strokeDasharray && cs.strokeDasharray !== 'none' && el instanceof SVGElement) || sides.includes('dashed') || before === 'dashed';
      if (dash && el.getClientRects().length) out.push({ what: `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`, reading: !!el.closest(reading) });
    }
    return out;
  });
}

const views = [
  ...content.modes.flatMap((m) => [null, ...m.step.map((_, i) => i)].map((step) => omkeringHash(m.id, step))),
  '/', '/themes', '/layers', '/layers/gemeenten', `/finance/${content.asks.map((a) => a.topic).join('/')}`, '/tracks', '/development',
];

// On a phone (touch) and on a laptop, as issue 28 asks of each of its points.
for (const [device, use] of [
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ['laptop', { viewport: { width: 1366, height: 768 } }],
]) test.describe(`on a ${device}`, () => {
  test.use(use);
  test('dashes stand only for readings: no inactive actor, disabled button or box is dashed', async ({ page }) => {
    let readings = 0;
    for (const hash of views) {
      await open(page, hash);
      const found = await dashed(page);
      for (const d of found) expect(d.reading, `${hash}: ${d.what} is dashed but is no reading`).toBe(true);
      readings += found.length;
    }
    expect(readings, 'the readings themselves are dashed').toBeGreaterThan(0);
    // The disabled "previous step" at the overview: flat, not dashed.
    await open(page, omkeringHash(content.defaultMode));
    const prev = explainer(page).locator('.omk-stepper__controls [aria-disabled="true"]').first();
    await expect(prev).toBeVisible();
    expect(await prev.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  });
});

test('the omkering slide dashes the same reading arrows as the explainer\'s diagram', async ({ page }) => {
  const slide = content.tour.slide.findIndex((s) => s.kind === 'omkering');
  const mode = content.modes.find((m) => m.id === (content.tour.slide[slide].item ?? content.defaultMode));
  let compared = 0;
  for (const [i] of mode.step.entries()) {
    await open(page, omkeringHash(mode.id, i));
    const inView = await explainer(page).locator('.omk-diagram .omk-arrow--reading').count();
    await open(page, `/present/${slide + 1}/${i + 1}`);
    await expect(explainer(page).locator('.omk-slide__diagram svg')).toBeVisible();
    expect(await explainer(page).locator('.omk-slide__diagram .omk-arrow--reading').count(), `step ${i + 1}`).toBe(inView);
    if (inView > 0) {
      compared++;
      const dash = await explainer(page).locator('.omk-slide__diagram .omk-arrow--reading .omk-arrow__shaft').first().evaluate((el) => getComputedStyle(el).strokeDasharray);
      expect(dash).not.toBe('none');
    }
  }
  expect(compared, 'a step of the slide has a reading arrow').toBeGreaterThan(0);
});

test('the handout dashes the same reading arrows as the omkering overview', async ({ page }) => {
  await open(page, omkeringHash(content.defaultMode));
  const inView = await explainer(page).locator('.omk-diagram .omk-arrow--reading').count();
  expect(inView, 'the overview has a reading arrow').toBeGreaterThan(0);
  await open(page, '/handout');
  await expect(explainer(page).locator('.omk-handout__diagram svg')).toBeVisible();
  expect(await explainer(page).locator('.omk-handout__diagram .omk-arrow--reading').count()).toBe(inView);
});

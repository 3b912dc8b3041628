// Issue 30, WCAG 1.4.12 (text spacing): with the criterion's values (line height 1.5, letter
// spacing 0.12 em, word spacing 0.16 em, paragraph spacing 2 em) applied to everything inside the
// explainer, as a visitor's own style sheet or the WCAG bookmarklet does, every name in every
// diagram stays inside its box: the layouts measure the spacing and let the boxes grow.
import { test, expect } from './guard.mjs';
import { explainer, loaded, open } from './helpers.mjs';

/// The criterion's spacing inside the widget (a constructed style sheet in its shadow root: the
/// strict policy allows no inline style, and a page's style sheet does not reach inside).
async function spaced(page) {
  await page.evaluate(() => {
    const root = document.querySelector('omkering-explainer').shadowRoot;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  });
}

/// Every text of the view's diagrams that leaves the box drawn around it.
const overflowing = (page) =>
  explainer(page).locator('svg.omk-svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) =>
      [...svg.querySelectorAll('text')].flatMap((t) => {
        const box = [...t.parentNode.children].filter((c) => c.tagName === 'rect' && !String(c.getAttribute('class')).includes('focus')).pop();
        if (!box) return [];
        const b = t.getBBox();
        const r = { x: +box.getAttribute('x') || 0, y: +box.getAttribute('y') || 0, w: +box.getAttribute('width'), h: +box.getAttribute('height') };
        // A name written upwards (the layers' band) runs along its box's height.
        const out = /rotate/.test(t.getAttribute('transform') ?? '') ? b.width > r.h + 1 : b.x < r.x - 1 || b.x + b.width > r.x + r.w + 1;
        return out ? [`"${t.textContent}" ${b.width.toFixed(0)} px wide in a box of ${r.w.toFixed(0)}`] : [];
      }),
    ),
  );

for (const view of ['/omkering', '/themes', '/development', '/layers', '/tracks']) {
  for (const width of [390, 1280]) {
    test(`with the text spacing of WCAG 1.4.12, every name in ${view} stays in its box at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, '/');
      await spaced(page);
      await page.evaluate((v) => (window.location.hash = `#${v}`), view);
      await loaded(page);
      await expect(explainer(page).locator('svg.omk-svg').first()).toBeVisible();
      expect(await explainer(page).locator('svg.omk-svg text').first().evaluate((t) => getComputedStyle(t).letterSpacing)).not.toBe('normal');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await overflowing(page)).toEqual([]);
    });
  }
}

for (const view of ['/themes', '/development', '/layers', '/tracks']) {
  test(`with 32 px text (WCAG 1.4.4), every name in ${view} stays in its box`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 32 } });
    await open(page, view);
    await expect(explainer(page).locator('svg.omk-svg').first()).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await overflowing(page)).toEqual([]);
  });
}

// Issue 30, WCAG 1.4.4 and 1.4.10 in the presentation: at 200 % zoom (640×450 for a 1280×900
// screen), at 400 % (320×256) and with a default font size of 32 px, the presenter view's notes,
// times and controls can be reached (the view scrolls), and every slide's title can be read whole
// (a slide scrolls where its content does not fit).
import { test, expect } from './guard.mjs';
import { content, explainer, open } from './helpers.mjs';

const slides = content.tour.slide;

/// Whether `locator`, scrolled into view, lies inside the window and shows its whole width, and
/// a visitor could have scrolled there (no box it had to scroll hides its overflow: a script can
/// scroll such a box, a visitor cannot).
async function reachable(page, locator) {
  const scrolledHidden = await locator.evaluate((el) => {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    for (let n = el.parentNode; n; n = n.parentNode ?? n.host) {
      if (!(n instanceof Element)) continue;
      const style = getComputedStyle(n);
      const scrolled = n.scrollTop > 0 || n.scrollLeft > 0;
      if (scrolled && [style.overflowX, style.overflowY].some((o) => o === 'hidden' || o === 'clip')) return true;
    }
    return false;
  });
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  const clipped = await locator.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  return !scrolledHidden && Boolean(box) && box.y >= -1 && box.y + Math.min(box.height, size.height) <= size.height + 1 && box.x >= -1 && box.x + box.width <= size.width + 1 && !clipped;
}

/// A default font size of `px` in this page's browser, as a visitor sets it.
async function fontSize(page, px) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
}

for (const [width, height, font] of [[640, 450, 16], [320, 256, 16], [1280, 720, 32]]) {
  test(`at ${width}×${height} with ${font} px text the presenter view reaches its notes, times and controls`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await fontSize(page, font);
    await open(page, '/presenter/3');
    const app = explainer(page);
    for (const part of ['.omk-presenter__say', '.omk-presenter__questions li', '.omk-timing dd', '.omk-presenter__elapsed', '.omk-presenter__clock', '.omk-presenter__time button', '.omk-presenter .omk-show__bar button']) {
      const target = app.locator(part).last();
      expect(await reachable(page, target), `${part} at ${width}×${height}, ${font} px`).toBe(true);
    }
  });

  test(`at ${width}×${height} with ${font} px text every slide's title can be read whole`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await fontSize(page, font);
    for (let i = 0; i < slides.length; i++) {
      await open(page, `/present/${i + 1}`);
      const title = explainer(page).locator('.omk-slide__title');
      expect(await reachable(page, title), `slide ${i + 1} at ${width}×${height}, ${font} px`).toBe(true);
    }
  });
}

test("the omkering diagram's labels follow the visitor's text size", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const size = async () => {
    await open(page, '/omkering');
    return explainer(page).locator('.omk-actor__name').first().evaluate((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
  };
  const normal = await size();
  await fontSize(page, 32);
  const large = await size();
  expect(large, `labels at ${normal.toFixed(1)} px with 16 px text, ${large.toFixed(1)} px with 32 px`).toBeGreaterThan(normal * 1.6);
});

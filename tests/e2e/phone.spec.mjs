// Issue 21, phones: Chromium's mobile emulation (390×844, touch, a phone's screen density) as the
// nearest the test run has to a visitor's phone: taps on the stepper, the actors and the theme
// chips do what clicks do, and a swipe over the diagram breaks nothing. (WebKitGTK, in the WebKit
// suite, is not iOS Safari either; neither replaces a real phone.)
import { test, expect } from './guard.mjs';
import { content, explainer, open, modeOf, defaultMode, watchViolations } from './helpers.mjs';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 });

/// A swipe with one finger from `from` to `to` (page coordinates), as touch events over CDP.
async function swipe(page, from, to) {
  const cdp = await page.context().newCDPSession(page);
  const point = ([x, y]) => [{ x, y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  for (let i = 1; i <= 8; i++) {
    const at = [from[0] + ((to[0] - from[0]) * i) / 8, from[1] + ((to[1] - from[1]) * i) / 8];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(at) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const noSideScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

test('on a phone, taps walk the stepper, open an actor and a theme chip, and a swipe breaks nothing', async ({ page }) => {
  const problems = await watchViolations(page);
  await open(page, '/omkering');
  const app = explainer(page);
  const mode = modeOf(defaultMode());
  // The stepper by taps.
  await app.locator('[data-step-control="next"]').tap();
  await expect(app.locator('.omk-caption__title')).toContainText(mode.step[0].title.nl);
  await app.locator('[data-step-control="next"]').tap();
  await expect(app.locator('.omk-caption__title')).toContainText(mode.step[1].title.nl);
  // An actor by a tap on it in the diagram.
  const rijk = content.actors.find((a) => a.id === 'rijk').name.nl;
  await app.locator('[data-actor="rijk"]').first().tap();
  await expect(app.locator('#omk-detail-heading')).toContainText(rijk);
  // A theme chip.
  const theme = content.themes[2];
  await app.locator(`button[data-theme="${theme.id}"]`).tap();
  await expect(app.locator('#omk-detail-heading')).toContainText(theme.name.nl);
  // A swipe across the diagram, sideways and down: the page scrolls or stays, nothing else.
  const box = await app.locator('.omk-diagram__canvas').boundingBox();
  await swipe(page, [box.x + box.width * 0.8, box.y + box.height / 2], [box.x + box.width * 0.1, box.y + box.height / 2]);
  await swipe(page, [box.x + box.width / 2, box.y + box.height * 0.8], [box.x + box.width / 2, box.y + 10]);
  await expect(app.locator('.omk-caption__title')).toContainText(mode.step[1].title.nl);
  await expect(app.locator('.omk-error')).toHaveCount(0);
  expect(await noSideScroll(page), 'no sideways scrolling').toBe(true);
  expect(await problems()).toEqual([]);
});

test('on a phone, the navigation, the themes and a score work by taps', async ({ page }) => {
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).tap();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await app.locator(`a[data-theme="${content.themes[0].id}"]`).first().tap();
  await expect(app.locator('.omk-ring__theme--current')).toHaveCount(1);
  await open(page, '/assessment');
  await app.locator(`fieldset[data-point="${content.points[0].id}"] label`, { hasText: /^4$/ }).tap();
  await expect(app.locator(`fieldset[data-point="${content.points[0].id}"]`).getByLabel('4', { exact: true })).toBeChecked();
  expect(await noSideScroll(page)).toBe(true);
});

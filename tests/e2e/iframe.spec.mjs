// The iframe alternative: `index.html?embed=<id>` on another origin sends its height in a
// namespaced message, and the documented listener makes the iframe follow the content.
import { test, expect } from './guard.mjs';
import { content, watchViolations, idle, messagesHandled } from './helpers.mjs';
import { BUNDLE_ORIGIN } from './policy.mjs';

// The iframe's page comes from the second origin, as on a real host.
test.use({ allowedOrigins: [BUNDLE_ORIGIN] });

test('the iframe follows the height of its content, across a view change', async ({ page }) => {
  const problems = await watchViolations(page);
  await page.goto('/__test/iframe-host.html');
  const iframe = page.locator('#uitleg');
  await expect(iframe).toHaveAttribute('title', /omkering/);
  const frame = page.frameLocator('#uitleg');
  await expect(frame.locator('omkering-explainer .omk-svg')).toBeVisible();
  // The height of the document inside the iframe.
  const inner = () =>
    page
      .frames()
      .find((f) => f.url().includes('embed=uitleg'))
      .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await inner());
  const before = Number(await iframe.getAttribute('height'));
  await frame.locator('omkering-explainer .omk-nav__link', { hasText: content.ui.context.title.nl }).click();
  await expect(frame.locator('omkering-explainer #omk-view-title')).toHaveText(content.ui.context.title.nl);
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await inner());
  expect(Number(await iframe.getAttribute('height'))).not.toBe(before);
  expect(await problems()).toEqual([]);
});

test("the iframe follows its content when the host's listener comes after the frame has sent its height", async ({ page }) => {
  // The host page's script loads late (here: held back until the frame has settled).
  let late = false;
  await page.route('**/__test/iframe-host.js', (route) => (late ? route.fallback() : route.fulfill({ contentType: 'text/javascript', body: '' })));
  await page.goto('/__test/iframe-host.html');
  const iframe = page.locator('#uitleg');
  const frame = page.frameLocator('#uitleg');
  await expect(frame.locator('omkering-explainer')).toHaveAttribute('data-omk-started');
  await expect(frame.locator('omkering-explainer .omk-svg')).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes('embed=uitleg'));
  await idle(inner);
  expect(Number(await iframe.getAttribute('height')), 'no listener yet').toBe(600);
  late = true;
  await page.addScriptTag({ url: '/__test/iframe-host.js' });
  const height = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(height).toBeGreaterThan(600);
  await expect.poll(async () => Number(await iframe.getAttribute('height')), { timeout: 20_000 }).toBe(height);
});

test('a message from another source or with another id is ignored', async ({ page }) => {
  await page.goto('/__test/iframe-host.html');
  const frame = page.frameLocator('#uitleg');
  await expect(frame.locator('omkering-explainer .omk-svg')).toBeVisible();
  await expect.poll(async () => Number(await page.locator('#uitleg').getAttribute('height'))).toBeGreaterThan(600);
  const height = await page.locator('#uitleg').getAttribute('height');
  await page.evaluate(() => window.postMessage({ type: 'omkering:height', id: 'uitleg', height: 5 }, '*'));
  // The listener has had the message: a marker posted after it has arrived.
  await messagesHandled(page);
  expect(await page.locator('#uitleg').getAttribute('height')).toBe(height);
});

test('the presentation in the iframe keeps a usable height', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/__test/iframe-host.html');
  const iframe = page.locator('#uitleg');
  const frame = page.frameLocator('#uitleg');
  await expect(frame.locator('omkering-explainer .omk-svg')).toBeVisible();
  await frame.locator('omkering-explainer').getByRole('button', { name: content.ui.present_button.nl }).click();
  await expect(frame.locator('omkering-explainer .omk-slide__title')).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes('embed=uitleg'));
  const show = () => inner.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.querySelector('.omk-show').getBoundingClientRect().toJSON());
  // The frame follows its document, which holds the slide at 16:9 and its bar.
  await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
  const height = Number(await iframe.getAttribute('height'));
  const box = await show();
  expect(box.width, 'the slide fills the frame\'s width').toBeGreaterThan(1000);
  expect(box.height, 'a 16:9 slide, not a strip').toBeGreaterThan((box.width * 9) / 16 - 1);
  expect(box.bottom, 'the whole slide is inside the frame').toBeLessThanOrEqual(height + 1);
  // A step on the slide does not make the frame jump.
  await frame.locator('omkering-explainer .omk-show').focus();
  await page.keyboard.press('PageDown');
  // The frame has shown the step and was still after it (its height message, if any, is sent
  // by then), and the host has handled every message the frame sent before a marker.
  await expect.poll(() => inner.evaluate(() => window.location.hash)).toMatch(/^#\/present\/\d+\/1/);
  await idle(inner);
  await messagesHandled(page, inner);
  expect(Number(await iframe.getAttribute('height'))).toBe(height);
});

test("the README's listener keeps the iframe's height within bounds", async ({ page }) => {
  await page.goto('/__test/iframe-host.html');
  const frame = page.frameLocator('#uitleg');
  await expect(frame.locator('omkering-explainer .omk-svg')).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes('embed=uitleg'));
  for (const [sent, want] of [[1e9, 20000], [Number.MAX_VALUE, 20000], [3, 200]]) {
    await inner.evaluate((h) => window.parent.postMessage({ type: 'omkering:height', id: 'uitleg', height: h }, '*'), sent);
    await expect.poll(async () => Number(await page.locator('#uitleg').getAttribute('height')), String(sent)).toBe(want);
  }
});

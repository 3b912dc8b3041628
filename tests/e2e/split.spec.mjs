// Code splitting: the views outside the start module come from a wasm chunk that is fetched
// only when a visitor heads for one of them, once; when it cannot be fetched the view says so
// and offers to try again, and nothing else breaks.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations } from './helpers.mjs';
import { idle } from './wait.mjs';

const chunk = (path) => /^\/omkering-lazy-[0-9a-f]{12}\.wasm$/.test(path);
// The styles of those views: their own sheet, fetched with the chunk (web/lazy_sheet.rs).
const sheet = (path) => /^\/omkering-lazy-[0-9a-f]{12}\.css$/.test(path);

function requests(page) {
  const paths = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

test('the start page does not fetch the chunk; the first view from it fetches it once', async ({ page }) => {
  const paths = requests(page);
  await open(page, '/');
  await page.waitForLoadState('networkidle');
  expect(paths.filter(chunk)).toEqual([]);
  expect(paths.filter(sheet)).toEqual([]);
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await app.locator('.omk-nav__link', { hasText: content.ui.development.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await app.locator('.omk-nav__link', { hasText: content.ui.context.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.context.title.nl);
  expect(paths.filter(chunk)).toHaveLength(1);
  expect(paths.filter(sheet)).toHaveLength(1);
});

test('a view from the chunk shows only once its styles are in, in every explainer on the page', async ({ page }) => {
  // The sheet answers late: until then the view keeps its status line, never an unstyled view.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route((url) => sheet(url.pathname), async (route) => {
    await held;
    await route.continue();
  });
  const code = page.waitForResponse((r) => chunk(new URL(r.url()).pathname));
  // Not `open`, which waits for the view.
  await page.goto('/#/themes');
  const app = explainer(page);
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  // The code is in and the page has settled: still the status line, no view.
  await code;
  await idle(page);
  await expect(app.locator('.omk-loading')).toBeVisible();
  await expect(app.locator('.omk-ring__box')).toHaveCount(0);
  release();
  const box = app.locator('.omk-ring__box').first();
  await expect(box).toBeVisible();
  // Styled by omkering-lazy.css: the ring's boxes have a 2 px outline.
  expect(await box.evaluate((e) => getComputedStyle(e).strokeWidth)).toBe('2px');
  // A second explainer added to the page gets the sheet in its own shadow root.
  await page.evaluate(() => {
    const second = document.createElement('omkering-explainer');
    second.setAttribute('view', '/themes');
    second.id = 'second';
    document.body.append(second);
  });
  const other = page.locator('#second');
  // It starts when it comes near the viewport (the loader's lazy start).
  await other.scrollIntoViewIfNeeded();
  await expect(other.locator('.omk-ring__box').first()).toBeVisible();
  expect(await other.locator('.omk-ring__box').first().evaluate((e) => getComputedStyle(e).strokeWidth)).toBe('2px');
  expect(await other.evaluate((e) => e.shadowRoot.querySelectorAll('link[data-omk-lazy]').length)).toBe(1);
});

test('a sheet that cannot be fetched gives the same message and retry as the chunk', async ({ page }) => {
  let block = true;
  await page.route((url) => sheet(url.pathname), (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  page.on('console', () => {});
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  const alert = app.locator('[role=alert]');
  await expect(alert).toContainText(content.ui.load.failed.nl);
  await expect(app.locator('.omk-ring__box')).toHaveCount(0);
  block = false;
  await alert.getByRole('button', { name: content.ui.load.retry.nl }).click();
  await expect(app.locator('.omk-ring__box').first()).toBeVisible();
  expect(await app.locator('.omk-ring__box').first().evaluate((e) => getComputedStyle(e).strokeWidth)).toBe('2px');
});

test('pointing at or focusing a link to a chunk view starts the fetch before the click', async ({ page }) => {
  const paths = requests(page);
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).hover();
  await expect.poll(() => paths.filter(chunk).length).toBe(1);

  const other = await page.context().newPage();
  const otherPaths = requests(other);
  await open(other, '/');
  await explainer(other).locator('.omk-nav__link', { hasText: content.ui.context.title.nl }).focus();
  await expect.poll(() => otherPaths.filter(chunk).length).toBe(1);
});

test('a chunk that cannot be fetched gives a message and a retry, and the rest keeps working', async ({ page }) => {
  let block = true;
  await page.route((url) => chunk(url.pathname), (route) => (block ? route.abort('internetdisconnected') : route.continue()));
  page.on('console', () => {}); // The split loader logs the failed fetch; that is expected here.
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  const alert = app.locator('[role=alert]');
  await expect(alert).toContainText(content.ui.load.failed.nl);
  expect(await axeViolations(page, 'omkering-explainer')).toEqual([]);

  // The views of the start module still work.
  await app.locator('.omk-nav__link', { hasText: content.ui.omkering.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  await expect(alert).toBeVisible();

  block = false;
  await alert.getByRole('button', { name: content.ui.load.retry.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await expect(app.getByText(content.themes[0].name.nl).first()).toBeVisible();
});

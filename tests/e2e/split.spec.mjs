// Code splitting: the views outside the start module come from a wasm chunk that is fetched
// only when a visitor heads for one of them, once; when it cannot be fetched the view says so
// and offers to try again, and nothing else breaks.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations } from './helpers.mjs';

const chunk = (path) => /^\/omkering-explore-[0-9a-f]{12}\.wasm$/.test(path);

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
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await app.locator('.omk-nav__link', { hasText: content.ui.development.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await app.locator('.omk-nav__link', { hasText: content.ui.context.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.context.title.nl);
  expect(paths.filter(chunk)).toHaveLength(1);
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

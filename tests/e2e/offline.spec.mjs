// Offline and releases (issue 20): after one visit the standalone page works offline (the
// presentation, the presenter view and the self-assessment too); a deploy of release B over
// release A never gives a page files of both; a hashed file the server no longer has comes from
// the snapshot, a page the server withdrew does not; two copies of the explainer in two folders
// of one origin keep their own offline copies; and a page of release A still loads its chunk
// after release B is deployed beside it. Also run against nginx with deploy/nginx.conf.
import { test, expect } from './guard.mjs';
import { content, explainer, open, slideTitleOf as titleOf, routeOf as hash } from './helpers.mjs';
import { deploy, marks, whole, withdraw } from './releases.mjs';

const slideTitle = (page) => explainer(page).locator('.omk-show .omk-slide__title');

/// A folder of this test's own (a repeated test gets another).
const own = (name) => `${name}-${test.info().repeatEachIndex}-${test.info().retry}`;

/// Opens `path` and waits for the explainer to show its view.
async function visit(page, path) {
  const response = await page.goto(path);
  await expect(explainer(page).locator('#omk-view-title, .omk-slide__title').first()).toBeVisible();
  return response;
}

/// Waits until this page is controlled by the service worker of its folder.
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/// Waits until the folder's registration has a new release installed and waiting.
async function waiting(page) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const r = await navigator.serviceWorker.getRegistration();
        if (!r.waiting && !r.installing) await r.update().catch(() => {});
        return Boolean(r.waiting);
      }),
      { timeout: 20_000 },
    )
    .toBe(true);
}

/// Waits until the worker of the folder at `scope` has taken over with nothing waiting behind it,
/// asked from a page outside that folder (a page inside it would be one of the old release's).
/// A closed tab counts as a page of the old release until its renderer is gone, which takes
/// Chromium a few seconds.
async function activated(context, scope) {
  const probe = await context.newPage();
  await probe.goto('/__test/ten.html');
  await expect
    .poll(() =>
      probe.evaluate(async (scope) => {
        const r = await navigator.serviceWorker.getRegistration(scope);
        return r?.active?.state === 'activated' && !r.waiting && !r.installing;
      }, scope),
      { timeout: 30_000 },
    )
    .toBe(true);
  await probe.close();
}

/// The omkering caches of this origin.
const cacheNames = (page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('omkering')));

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the worker registers only once the page has loaded, and not at all for a visitor who saves data', async ({ page, context }) => {
    // When it registers: the page's state at that moment.
    await context.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__registeredAt = document.readyState;
        return register.apply(this, args);
      };
    });
    await open(page, '/');
    await controlled(page);
    expect(await page.evaluate(() => window.__registeredAt)).toBe('complete');
    // Save-Data: no worker, so no copy of the release is fetched. Waited for: the page's load and
    // the browser's next idle time after it, when the worker would have registered.
    const saving = await context.browser().newContext({ serviceWorkers: 'allow' });
    await saving.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const other = await saving.newPage();
    await other.goto(`${new URL(page.url()).origin}/#/`);
    await expect(explainer(other).locator('.omk-nav')).toBeVisible();
    await other.evaluate(() => new Promise((resolve) => {
      const idle = () => requestIdleCallback(() => setTimeout(resolve, 200), { timeout: 5000 });
      if (document.readyState === 'complete') idle();
      else addEventListener('load', idle, { once: true });
    }));
    expect(await other.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await cacheNames(other)).toEqual([]);
    await saving.close();
  });

  test('after one visit the standalone page, its presentation, the presenter view and the self-assessment work offline', async ({ page, context }) => {
    await open(page, '/');
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await expect(explainer(page).locator('.omk-nav')).toBeVisible();
    // The presentation's code is a chunk this visit never loaded: it comes from the cache.
    // From the themes slide (found by its kind; one step) to the slide after it.
    const themes = content.tour.slide.findIndex((s) => s.kind === 'themes');
    await page.goto(`/#/present/${themes + 1}`);
    await expect(slideTitle(page)).toHaveText(titleOf(themes));
    await page.keyboard.press('PageDown');
    await expect.poll(() => hash(page)).toBe(`/present/${themes + 2}`);
    const presenter = await context.newPage();
    await presenter.goto(`/#/presenter/${themes + 2}`);
    await expect(explainer(presenter).locator('.omk-presenter__say')).toContainText(content.tour.slide[themes + 1].say.nl);
    await page.goto('/#/assessment');
    await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.assessment.title.nl);
    await explainer(page).locator(`fieldset[data-point="${content.points[0].id}"] label`, { hasText: /^4$/ }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('omkering') ?? '')).toContain(`"${content.points[0].id}":4`);
    await context.setOffline(false);
  });

  test('a deploy of release B over release A never gives a page files of both, online or offline', async ({ page, context }) => {
    const folder = deploy(own('mix'), 'A');
    await visit(page, folder);
    await controlled(page);
    expect(await marks(page)).toEqual(whole('A'));
    // Release B, half uploaded: a file of its offline copy is missing, so B cannot install yet.
    deploy(own('mix'), 'B');
    withdraw(own('mix'), 'omkering-offline.zip');
    // Online the page is release B, all of it.
    await page.reload();
    await expect(explainer(page).locator('#omk-view-title')).toBeVisible();
    expect(await marks(page)).toEqual(whole('B'));
    // Offline A's worker still serves: release A, all of it, from its snapshot.
    await context.setOffline(true);
    await page.reload();
    await expect(explainer(page).locator('#omk-view-title')).toBeVisible();
    expect(await marks(page)).toEqual(whole('A'));
    await context.setOffline(false);
    // The upload completes: B installs and waits until no page of A is open.
    deploy(own('mix'), 'B');
    await page.reload();
    await expect(explainer(page).locator('#omk-view-title')).toBeVisible();
    expect(await marks(page)).toEqual(whole('B'));
    await waiting(page);
    await context.setOffline(true);
    await page.reload();
    await expect(explainer(page).locator('#omk-view-title')).toBeVisible();
    expect(await marks(page)).toEqual(whole('A'));
    // With every page of A closed, release B takes over; offline it is B, all of it.
    await page.close();
    await context.setOffline(false);
    await activated(context, folder);
    await context.setOffline(true);
    const next = await context.newPage();
    await visit(next, folder);
    expect(await marks(next)).toEqual(whole('B'));
    await context.setOffline(false);
  });

  test('a hashed file the server answers with an error comes from the snapshot; a withdrawn page does not live on', async ({ page }) => {
    const folder = deploy(own('gone'), 'A');
    await visit(page, `${folder}index.html#/omkering`);
    await controlled(page);
    // The chunk of the other views, not loaded by this page yet: gone from the server.
    const chunk = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /omkering-lazy-[0-9a-f]{12}\.wasm$/.test(e.name)).map((e) => e.responseStatus));
    expect(await chunk()).toEqual([]);
    withdraw(own('gone'), /^omkering-lazy-[0-9a-f]{12}\.wasm$/);
    await page.evaluate(() => (window.location.hash = '#/themes'));
    await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
    await expect(explainer(page).locator('.omk-loading')).toHaveCount(0);
    await expect(explainer(page).locator('.omk-ring, .omk-svg').first()).toBeVisible();
    expect(await chunk(), 'the page asked for the chunk once, and got it').toEqual([200]);
    // The page itself withdrawn: its 404 reaches the visitor.
    withdraw(own('gone'), 'index.html');
    const response = await page.reload();
    expect(response.status()).toBe(404);
    await expect(page.locator('omkering-explainer')).toHaveCount(0);
  });

  test('two copies of the explainer in two folders of one origin keep their own offline copies', async ({ page, context }) => {
    const one = deploy(own('one'), 'A');
    const two = deploy(own('two'), 'A');
    await visit(page, one);
    await controlled(page);
    const other = await context.newPage();
    await visit(other, two);
    await controlled(other);
    const before = await cacheNames(page);
    expect(before.filter((k) => k.includes(`/__release/${own('one')}/`)).length).toBe(1);
    expect(before.filter((k) => k.includes(`/__release/${own('two')}/`)).length).toBe(1);
    // Release B in the first folder, taking over once its page is closed.
    deploy(own('one'), 'B');
    await page.reload();
    await expect(explainer(page).locator('#omk-view-title')).toBeVisible();
    await waiting(page);
    await page.close();
    await activated(context, one);
    const after = await cacheNames(other);
    expect(after.filter((k) => k.includes(`/__release/${own('one')}/`)).length, 'one snapshot for the first folder').toBe(1);
    expect(after.filter((k) => k.includes(`/__release/${own('two')}/`)), 'the second folder keeps its own').toEqual(before.filter((k) => k.includes(`/__release/${own('two')}/`)));
    // And it still works offline.
    await context.setOffline(true);
    await other.reload();
    await expect(explainer(other).locator('#omk-view-title')).toBeVisible();
    expect(await marks(other)).toEqual(whole('A'));
    await context.setOffline(false);
  });

  test('the worker answers only the explainer\'s own page, not the configurator', async ({ page, context }) => {
    const folder = deploy(own('pages'), 'A');
    await visit(page, folder);
    await controlled(page);
    await context.setOffline(true);
    const configurator = await page.goto(`${folder}configurator.html`).catch((e) => e);
    expect(configurator instanceof Error || !configurator.ok(), 'offline, the configurator is not the explainer page').toBe(true);
    await context.setOffline(false);
  });
});

test('a page of release A still loads its chunk after release B is deployed beside it', async ({ page }) => {
  const folder = deploy(own('beside'), 'A');
  await visit(page, `${folder}#/omkering`);
  deploy(own('beside'), 'B', { beside: true });
  await page.evaluate(() => (window.location.hash = '#/themes'));
  await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await expect(explainer(page).locator('.omk-loading')).toHaveCount(0);
  expect(await marks(page)).toEqual(whole('A'));
  // Deployed over it instead (A's hashed files removed), the same step fails: keep them.
  const replaced = deploy(own('replaced'), 'A');
  await visit(page, `${replaced}#/omkering`);
  deploy(own('replaced'), 'B');
  await page.evaluate(() => (window.location.hash = '#/themes'));
  await expect(explainer(page).locator('.omk-notice[role="alert"]')).toContainText(content.ui.load.failed.nl);
});

// Several explainers on one host page: each owns its state, none touches the host's URL, and
// removing one frees it while the other keeps working.
import { test, expect } from './guard.mjs';
import { content, explainer, settled, views, slideTitleOf, idle } from './helpers.mjs';
import { countLive } from './count.mjs';

test('two elements on one page keep separate state and leave the host URL alone', async ({ page }) => {
  await page.goto('/__test/two.html');
  const first = explainer(page, 0);
  const second = explainer(page, 1);
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  await expect(second.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await expect(first).toHaveAttribute('lang', 'en');
  await expect(second).toHaveAttribute('lang', 'nl');

  await first.locator('.omk-nav__link', { hasText: content.ui.context.title.en }).click();
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.context.title.en);
  await expect(second.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await second.locator('.omk-lang button').click();
  await expect(second).toHaveAttribute('lang', 'en');
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.context.title.en);
  await settled(page);
  expect(new URL(page.url()).hash).toBe('');
});

test('an embedded explainer starts its headings below the host page h1', async ({ page }) => {
  await page.goto('/__test/two.html');
  const first = explainer(page, 0);
  await expect(first.locator('h2').first()).toHaveText(content.ui.app_title.en);
  await expect(first.locator('h3#omk-view-title')).toHaveCount(1);
  await expect(first.locator('h1')).toHaveCount(0);
});

test('removing an element unmounts it, and adding it again mounts it afresh', async ({ page }) => {
  await page.goto('/__test/two.html');
  await expect(explainer(page, 1).locator('#omk-view-title')).toBeVisible();
  const shadowChildren = await page.evaluate(() => {
    const el = document.getElementById('second');
    el.remove();
    const left = el.shadowRoot.childElementCount;
    document.querySelector('main').append(el);
    return left;
  });
  expect(shadowChildren).toBe(0);
  // It starts again once it comes near the viewport (lazy start).
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(explainer(page, 1).locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await expect(explainer(page, 0).locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
});

// Ten explainers with different settings on one page all work; taking them all off the page
// leaves nothing running: no listener on the window, the document or a channel, no timer, no
// frame callback, no open BroadcastChannel, no observed element (counted by count.mjs).
test('ten instances with different settings all work, and removing them leaves no timers, listeners or channels', async ({ page }) => {
  await page.addInitScript(countLive);
  await page.goto('/__test/ten.html');
  await page.waitForFunction(() => customElements.get('omkering-explainer'));
  const before = await page.evaluate(() => window.__omkLive());
  const byName = Object.fromEntries(views().map((v) => [v.name, v]));
  // The presentation starts at the omkering slide, whose steps PageDown walks.
  const omk = content.tour.slide.findIndex((s) => s.kind === 'omkering');
  const ten = [
    { attrs: { view: '/themes', lang: 'en' }, text: content.ui.themes.title.en },
    { attrs: { view: '/development', 'heading-level': '3' }, text: content.ui.development.title.nl },
    { attrs: { view: '/omkering', theme: 'contrast' }, text: content.ui.omkering.title.nl },
    { attrs: { view: '/search?q=gemeenten', height: '400' }, text: content.ui.search.title.nl },
    { attrs: { view: '/assessment', 'present-button': 'hide' }, text: content.ui.assessment.title.nl },
    { attrs: { view: '/map', lang: 'en', theme: 'contrast' }, text: content.ui.map.title.en },
    { attrs: { view: '/timeline' }, text: content.ui.timeline.title.nl },
    { attrs: { view: '/layers', 'heading-level': '4' }, text: content.ui.layers.title.nl },
    { attrs: { view: '/tracks', 'public-url': 'https://www.vng.nl/omkering' }, text: content.ui.tracks.title.nl },
    // Last, as the page's own presentation (standalone, hash sync, the presenter channel): it
    // fills the window.
    { attrs: { view: `/present/${omk + 1}`, 'url-sync': 'hash', standalone: '' }, text: slideTitleOf(omk) },
  ];
  const add = (from, to) =>
    page.evaluate(([ten, from, to]) => {
      for (let i = from; i < to; i++) {
        const el = document.createElement('omkering-explainer');
        el.id = `e${i}`;
        for (const [k, v] of Object.entries(ten[i].attrs)) el.setAttribute(k, v);
        document.querySelector('main').append(el);
      }
    }, [ten, from, to]);
  const title = (i) => explainer(page, i).locator(ten[i].attrs.view.startsWith('/present') ? '.omk-slide__title' : '#omk-view-title');
  await add(0, 9);
  for (let i = 0; i < 9; i++) {
    await page.locator(`#e${i}`).scrollIntoViewIfNeeded();
    await expect(title(i), `instance ${i + 1}`).toHaveText(ten[i].text);
  }
  // Each works on its own: a step in one changes only that one.
  await explainer(page, 0).locator('.omk-nav__link', { hasText: content.ui.development.title.en }).click();
  await expect(title(0)).toHaveText(content.ui.development.title.en);
  await expect(title(1)).toHaveText(content.ui.development.title.nl);
  ten[0].text = content.ui.development.title.en;
  await add(9, 10);
  await page.locator('#e9').scrollIntoViewIfNeeded();
  await expect(title(9)).toHaveText(ten[9].text);
  await explainer(page, 9).locator('.omk-show').focus();
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/present/${omk + 1}/1`);
  for (let i = 0; i < 10; i++) await expect(title(i), `instance ${i + 1} with ten on the page`).toHaveText(ten[i].text);
  const during = await page.evaluate(() => window.__omkLive());
  // The counts see the instances: their listeners, the presentation's channel, watched sizes.
  expect(during.listeners.length, 'listeners while running').toBeGreaterThan(before.listeners.length);
  expect(during.channels, 'channels while running').toBeGreaterThan(before.channels);
  expect(during.observed, 'observed elements while running').toBeGreaterThan(before.observed);

  await page.evaluate(() => document.querySelectorAll('omkering-explainer').forEach((el) => el.remove()));
  // One-shot timers that were already set run out; nothing may start again after that: the
  // counts are back, and still back after the page was idle (see `idle`).
  const live = () => page.evaluate(() => window.__omkLive());
  await expect.poll(live, 'what is left once one-shot timers and frames ran').toEqual(before);
  await idle(page);
  const after = await live();
  expect(after).toEqual(before);
});

// Issue 28, "where the eye is": on a phone (390×844, touch) and on a 1366×768 laptop, what every
// kind of choice changes comes into view at once (step, mode, actor, theme, point, map cell,
// search result) while the focus stays on the control that was used; a link to an item lands on
// the item; an embed does not scroll its host page when it loads; hints fit the input; the
// reading legend stands where the first marked item is; the start view gives its answer;
// "Link kopiëren" gives the address of what is shown; "Naar boven" goes back to the navigation.
// The phone walkthrough's screenshots go to target/walkthrough/ for a person to look at.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './guard.mjs';
import { content, explainer, open, loaded, modeOf, defaultMode, views, axeViolations, settled } from './helpers.mjs';
import { unmark } from './content.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1366, height: 768 } };
const SHOTS = fileURLToPath(new URL('../../target/walkthrough/', import.meta.url));

/// Whether the element shows: wholly when it fits the viewport, else from its top (in the upper
/// quarter, as src/reveal.rs scrolls it).
const inView = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const vh = window.innerHeight;
    return r.height <= vh ? r.top >= -1 && r.bottom <= vh + 1 : r.top >= -1 && r.top <= vh / 4 + 1;
  });

const expectInView = (locator, what) => expect.poll(() => inView(locator), { message: `${what} is in view` }).toBe(true);

/// The data attributes of the element that has the focus inside the explainer.
const focused = (page) => page.evaluate(() => ({ ...document.querySelector('omkering-explainer').shadowRoot.activeElement?.dataset }));

/// Scrolls the page so that `locator` sits at the bottom of the viewport (what it changes is then
/// above or below the screen, as for a visitor who scrolled to reach it).
const toBottom = (locator) => locator.evaluate((el) => el.scrollIntoView({ block: 'end' }));

/// A tap on a phone, a click elsewhere.
const press = (locator, phone) => (phone ? locator.tap() : locator.click());

for (const [device, use] of [['phone', PHONE], ['laptop', LAPTOP]]) {
  const phone = device === 'phone';
  test.describe(`on a ${device}`, () => {
    test.use(use);

    test('a step, a mode, an actor and a theme chip of the omkering show their result in view', async ({ page }) => {
      await open(page, '/omkering');
      const app = explainer(page);
      const mode = modeOf(defaultMode());
      const next = app.locator('[data-step-control="next"]');
      for (const i of [0, 1, 2]) {
        await toBottom(next);
        await press(next, phone);
        await expect(app.locator('.omk-caption__title')).toContainText(mode.step[i].title.nl);
        await expectInView(app.locator('.omk-diagram__canvas'), `the diagram at step ${i + 1}`);
        await expectInView(app.locator('.omk-caption'), `the words of step ${i + 1}`);
        expect((await focused(page)).stepControl, 'the focus stays on "Volgende stap"').toBe('next');
      }
      // The other mode: the picture changes, and shows.
      const other = content.modes.find((m) => m.id !== defaultMode());
      const switcher = app.locator(`[data-mode="${other.id}"]`);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await switcher.scrollIntoViewIfNeeded();
      await toBottom(switcher);
      await press(switcher, phone);
      await expect(app.locator('.omk-svg[data-mode]')).toHaveAttribute('data-mode', other.id);
      await expectInView(app.locator('.omk-diagram__canvas'), 'the diagram of the other mode');
      // An actor: its explanation shows.
      await press(app.locator(`[data-mode="${defaultMode()}"]`), phone);
      const actor = app.locator('[data-actor="rijk"]').first();
      await actor.scrollIntoViewIfNeeded();
      await press(actor, phone);
      await expect(app.locator('#omk-detail-heading')).toContainText(content.actors.find((a) => a.id === 'rijk').name.nl);
      await expectInView(app.locator('.omk-stage__side'), "the actor's explanation");
      expect((await focused(page)).actor, 'the focus stays on the actor').toBe('rijk');
      // A theme chip below the diagram: its panel shows, heading and all.
      const theme = content.themes[2];
      const chip = app.locator(`button[data-theme="${theme.id}"]`);
      await toBottom(chip);
      await press(chip, phone);
      await expect(app.locator('#omk-detail-heading')).toContainText(theme.name.nl);
      await expectInView(app.locator('#omk-detail-heading'), "the theme panel's heading");
      await expectInView(app.locator('.omk-stage__side'), 'the theme panel');
      expect((await focused(page)).theme, 'the focus stays on the chip').toBe(theme.id);
    });

    test('a theme, a development point, a map cell and a search result show their result in view', async ({ page }) => {
      const app = explainer(page);
      // A theme in the ring.
      await open(page, '/themes');
      const theme = content.themes[3];
      const ringTheme = app.locator(`.omk-ring__theme[data-theme="${theme.id}"]`);
      await press(ringTheme, phone);
      await expect(app.locator('#omk-theme-title')).toHaveText(theme.name.nl);
      await expectInView(app.locator('.omk-detail:has(#omk-theme-title)'), "the theme's page");
      expect((await focused(page)).theme).toBe(theme.id);
      // A development point.
      await open(page, '/development');
      const point = content.points[4];
      await press(app.locator(`.omk-ring__theme[data-point="${point.id}"]`), phone);
      await expect(app.locator('#omk-point-title')).toHaveText(point.name.nl);
      await expectInView(app.locator('.omk-point'), "the point's panel");
      expect((await focused(page)).point).toBe(point.id);
      // A map cell.
      await open(page, '/map');
      const cellTheme = content.themes[1].id;
      const cell = app.locator(`tr[data-doc="g40-steden"] td[data-theme="${cellTheme}"] a`);
      await cell.scrollIntoViewIfNeeded();
      await press(cell, phone);
      await expect(app.locator(`.omk-cell[data-doc="g40-steden"][data-theme="${cellTheme}"]`)).toBeVisible();
      await expectInView(app.locator('.omk-cell'), "the cell's topics");
      // A search result that leads to a theme.
      await open(page, '/search');
      await app.locator('#omk-search-input').fill(content.themes[0].name.nl);
      const result = app.locator(`[role="option"][data-route="/themes/${content.themes[0].id}"]`).first();
      await press(result, phone);
      await expect(app.locator('#omk-theme-title')).toHaveText(content.themes[0].name.nl);
      await expectInView(app.locator('.omk-detail:has(#omk-theme-title)'), 'the theme the result leads to');
    });

    test('the page title names the view and the chosen item', async ({ page }) => {
      const app = content.ui.app_title.nl;
      const mode = modeOf(defaultMode());
      const cases = [
        ['/', `${content.ui.start.title.nl} · ${app}`],
        ['/themes', `${content.ui.themes.title.nl} · ${app}`],
        [`/themes/${content.themes[0].id}`, `${content.themes[0].name.nl} · ${app}`],
        [`/development/${content.points[1].id}`, `${content.points[1].name.nl} · ${app}`],
        ['/omkering/stap/2', `${mode.step[1].title.nl} · ${app}`],
        ['/omkering/actor/rijk', `${content.actors.find((a) => a.id === 'rijk').name.nl} · ${app}`],
        [`/map/g40-steden/${content.themes[3].id}`, `${content.documents.find((d) => d.id === 'g40-steden').title.nl} · ${app}`],
        [`/themes/${content.themes[2].id}?lang=en`, `${content.themes[2].name.en} · ${content.ui.app_title.en}`],
      ];
      for (const [hash, title] of cases) {
        await open(page, hash);
        await expect(page, hash).toHaveTitle(title);
      }
    });

    test('a link to an item lands on the item', async ({ page }) => {
      const app = explainer(page);
      const theme = content.themes[4];
      await open(page, `/themes/${theme.id}`);
      await expectInView(app.locator('.omk-detail:has(#omk-theme-title)'), 'the linked theme');
      await open(page, `/development/${content.points[3].id}`);
      await expectInView(app.locator('.omk-point'), 'the linked point');
      await open(page, `/map/g40-steden/${content.themes[3].id}`);
      await expectInView(app.locator('.omk-cell'), 'the linked cell');
      await open(page, '/omkering/stap/3');
      await expect(app.locator('.omk-caption__title')).toContainText(modeOf(defaultMode()).step[2].title.nl);
      await expectInView(app.locator('.omk-caption'), 'the linked step');
      await expectInView(app.locator('.omk-diagram__canvas'), 'the diagram of the linked step');
      await open(page, `/omkering/thema/${theme.id}`);
      await expect(app.locator('#omk-detail-heading')).toContainText(theme.name.nl);
      await expectInView(app.locator('.omk-stage__side'), 'the linked theme panel of the omkering');
    });
  });
}

test.describe('on a phone', () => {
  test.use(PHONE);

  test('hints are for touch: no key hints, the touch hint above the diagram', async ({ page }) => {
    await open(page, '/omkering');
    const app = explainer(page);
    await expect(app.locator('.omk-hint-touch')).toBeVisible();
    await expect(app.locator('.omk-hint-touch')).toHaveText(content.ui.diagram.touch_hint.nl);
    await expect(app.locator('#omk-diagram-keys')).toBeHidden();
    await app.locator('[data-actor="rijk"]').first().tap();
    await expect(app.locator('#omk-diagram-keys')).toBeHidden();
    await open(page, '/search');
    await expect(app.locator('#omk-search-hint')).toBeVisible();
    await expect(app.locator('#omk-search-hint .omk-hint-keys')).toBeHidden();
  });

  test('the themes page is folded, and "Naar boven" goes back to the navigation', async ({ page }) => {
    await open(page, '/themes');
    const app = explainer(page);
    // Before: about 10,000 px of topics outside the themes; now one closed fold per document.
    const height = await app.evaluate((el) => el.getBoundingClientRect().height);
    expect(height, 'the themes page on a phone, in px').toBeLessThan(4000);
    const folds = app.locator('details.omk-fold');
    expect(await folds.count()).toBeGreaterThan(0);
    const first = folds.first();
    await first.locator('summary').tap();
    await expect(first.locator('.omk-item').first()).toBeVisible();
    // The fold names the document once; a topic names only its section.
    const doc = await first.getAttribute('data-doc');
    await expect(first.locator('summary')).toContainText(content.documents.find((d) => d.id === doc).title.nl);
    await expect(first.locator('.omk-item .omk-source__doc')).toHaveCount(0);
    // Back to the navigation from the end of the view.
    const top = app.locator('[data-to-top]');
    await top.scrollIntoViewIfNeeded();
    await top.tap();
    await expectInView(app.locator('.omk-header'), 'the header');
    expect(await page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.activeElement?.getAttribute('aria-current'))).toBe('page');
  });

  test('copy link uses the share sheet where the phone has one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data) => {
          window.__shared = data;
          return Promise.resolve();
        },
      });
    });
    const theme = content.themes[1];
    await open(page, `/themes/${theme.id}`);
    const app = explainer(page);
    await app.locator('[data-share="button"]').tap();
    await expect(app.locator('[data-share="status"]')).toHaveText(content.ui.share_shared.nl);
    const shared = await page.evaluate(() => window.__shared);
    expect(shared.url).toBe(page.url());
    expect(shared.url).toContain(`#/themes/${theme.id}`);
    expect(shared.title).toBe(`${theme.name.nl} · ${content.ui.app_title.nl}`);
  });

  test('the phone walkthrough, as screenshots for a person to look at', async ({ page }) => {
    mkdirSync(SHOTS, { recursive: true });
    const app = explainer(page);
    await open(page, '/');
    await page.screenshot({ path: `${SHOTS}phone-1-start.png` });
    await app.locator('.omk-start__explore a').tap();
    await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
    for (const i of [1, 2, 3]) {
      await app.locator('[data-step-control="next"]').tap();
      await expectInView(app.locator('.omk-caption'), `step ${i}`);
      await page.screenshot({ path: `${SHOTS}phone-${i + 1}-step-${i}.png` });
    }
    await app.locator('[data-actor="gemeenten"]').first().tap();
    await expectInView(app.locator('.omk-stage__side'), "the actor's explanation");
    await page.screenshot({ path: `${SHOTS}phone-5-actor.png` });
    await open(page, '/themes');
    await app.locator(`.omk-ring__theme[data-theme="${content.themes[0].id}"]`).tap();
    await expectInView(app.locator('.omk-detail:has(#omk-theme-title)'), 'the theme');
    await page.screenshot({ path: `${SHOTS}phone-6-theme.png` });
  });
});

test.describe('on a laptop', () => {
  test.use(LAPTOP);

  test('the key hint shows while the diagram has keyboard focus, not for the mouse', async ({ page }) => {
    await open(page, '/omkering');
    const app = explainer(page);
    await expect(app.locator('.omk-hint-touch')).toBeHidden();
    await expect(app.locator('#omk-diagram-keys')).toBeHidden();
    await app.locator('[data-actor="rijk"]').first().click();
    await expect(app.locator('#omk-diagram-keys')).toBeHidden();
    await app.locator('[data-actor="rijk"]').first().click();
    // Tab to the diagram.
    await app.locator('button[data-mode]').last().focus();
    await page.keyboard.press('Tab');
    await expect(app.locator('.omk-diagram__canvas')).toBeFocused();
    await expect(app.locator('#omk-diagram-keys')).toBeVisible();
    await expect(app.locator('#omk-diagram-keys')).toHaveText(content.ui.diagram.keys_hint.nl);
    await open(page, '/search');
    await expect(app.locator('#omk-search-hint .omk-hint-keys')).toBeVisible();
  });

  test('the start view gives its answer and its source; the only legend is the diagram\'s', async ({ page }) => {
    await open(page, '/');
    const app = explainer(page);
    const lead = app.locator('.omk-lead');
    await expect(lead).toHaveText(unmark(content.ui.start.intro.nl));
    expect(unmark(content.ui.start.intro.nl)).toMatch(/^De omkering is /);
    await expect(app.locator('.omk-source').first()).toContainText(content.documents.find((d) => d.id === 'verenigingsstrategie').title.nl);
    // The only legend is the diagram's, after it (the start diagram's dashed arrows are marks).
    await expect(app.locator('.omk-reading-legend')).toHaveCount(1);
    await expect(app.locator('.omk-start__diagram ~ .omk-legend .omk-reading-legend')).toHaveCount(1);
    await expect(app.locator('.omk-start__explore a')).toHaveAttribute('href', '#/omkering');
    // The start view painted into the page, which shows until the app runs, is gone.
    await expect(page.locator('omkering-explainer .omk-prerender')).toHaveCount(0);
    for (const lang of ['nl', 'en']) {
      await open(page, lang === 'nl' ? '/' : '/?lang=en');
      expect(await axeViolations(page), `axe on the start view (${lang})`).toEqual([]);
    }
  });

  test('the reading legend stands where the first marked item of each view is', async ({ page }) => {
    const app = explainer(page);
    for (const view of views()) {
      await open(page, view.hash);
      const where = await app.evaluate((root) => {
        const marks = [...root.querySelectorAll('.omk-reading:not([data-mark])')].filter((m) => !m.closest('.omk-reading-legend') && m.getClientRects().length > 0);
        const legend = root.querySelector('.omk-reading-legend');
        if (!marks.length) return { marks: 0 };
        if (!legend) return { marks: marks.length, legend: false };
        const before = !!(legend.compareDocumentPosition(marks[0]) & Node.DOCUMENT_POSITION_FOLLOWING);
        const gap = marks[0].getBoundingClientRect().top - legend.getBoundingClientRect().bottom;
        return { marks: marks.length, legend: true, before, gap: Math.round(gap) };
      });
      if (!where.marks) continue;
      expect(where.legend, `${view.name}: a legend`).toBe(true);
      expect(where.before, `${view.name}: the legend comes before the first mark`).toBe(true);
      expect(where.gap, `${view.name}: the legend is near the first mark (px)`).toBeLessThan(768);
    }
  });

  test('copy link puts the address of what is shown on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const point = content.points[2];
    await open(page, `/development/${point.id}`);
    const app = explainer(page);
    await app.locator('[data-share="button"]').click();
    await expect(app.locator('[data-share="status"]')).toHaveText(content.ui.share_copied.nl);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // Another view: the confirmation is gone.
    await app.locator('.omk-nav__link').first().click();
    await expect(app.locator('[data-share="status"]')).toHaveText('');
  });

  test('the presentation has copy link in "Meer": the address of this slide', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/present/3?sessie=kort');
    const app = explainer(page);
    await app.locator('.omk-show__more > button').click();
    await app.locator('.omk-show__more-list [data-share="button"]').click();
    await expect(app.locator('.omk-show__more-list [data-share="status"]')).toHaveText(content.ui.share_copied.nl);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(copied).toContain('#/present/3?sessie=kort');
  });

  test('in an embed that keeps the host page address, copy link gives the standalone page with the route', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/__test/ten.html');
    const theme = content.themes[2];
    await page.evaluate((theme) => {
      const el = document.createElement('omkering-explainer');
      el.setAttribute('view', `/themes/${theme}`);
      el.setAttribute('lang', 'en');
      document.querySelector('main').append(el);
    }, theme.id);
    const app = explainer(page);
    await expect(app).toBeVisible();
    await loaded(page);
    await app.locator('[data-share="button"]').click();
    await expect(app.locator('[data-share="status"]')).toHaveText(content.ui.share_copied.en);
    const origin = new URL(page.url()).origin;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}/index.html#/themes/${theme.id}?lang=en`);
    expect(page.url(), "the host page's address is untouched").toMatch(/ten\.html$/);
  });

  test('when copying fails, the address is there to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    });
    await open(page, '/context');
    const app = explainer(page);
    await app.locator('[data-share="button"]').click();
    await expect(app.locator('[data-share="status"]')).toHaveText(content.ui.share_failed.nl);
    await expect(app.locator('[data-share="address"]')).toHaveValue(page.url());
    expect(await axeViolations(page), 'axe with the address shown').toEqual([]);
  });

  test('"Naar boven" works in an embed: the host page scrolls to the explainer\'s header', async ({ page }) => {
    await page.goto('/__test/ten.html');
    await page.evaluate(() => {
      const before = document.createElement('div');
      before.style.height = '1200px';
      const el = document.createElement('omkering-explainer');
      el.setAttribute('view', '/themes');
      document.querySelector('main').append(before, el);
    });
    const app = explainer(page);
    await page.locator('omkering-explainer').scrollIntoViewIfNeeded();
    await expect(app).toBeVisible();
    await loaded(page);
    await app.locator('[data-to-top]').scrollIntoViewIfNeeded();
    await app.locator('[data-to-top]').click();
    await expectInView(app.locator('.omk-header'), "the explainer's header");
    expect(await page.evaluate(() => window.scrollY), 'the host page stays below its own top part').toBeGreaterThan(600);
    expect(await page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.activeElement?.getAttribute('aria-current'))).toBe('page');
  });

  test('an embed set to an item does not scroll its host page when it loads', async ({ page }) => {
    await page.goto('/__test/ten.html');
    await page.evaluate((theme) => {
      const el = document.createElement('omkering-explainer');
      el.setAttribute('view', `/themes/${theme}`);
      document.querySelector('main').append(el);
      const after = document.createElement('div');
      after.style.height = '3000px';
      document.querySelector('main').append(after);
    }, content.themes[0].id);
    await expect(explainer(page)).toBeVisible();
    await loaded(page);
    await expect(explainer(page).locator('#omk-theme-title')).toBeVisible();
    await settled(page);
    await settled(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

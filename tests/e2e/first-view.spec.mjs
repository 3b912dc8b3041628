// Issue 23, the first view: the start view shows the omkering diagram, whole, in the first
// screen of a phone (390×844) and of a laptop (1280×800), with the way into its steps beside it;
// the diagram leads into the omkering view; its legend and its text version stay with it. The
// build paints that view into the page (declarative shadow DOM): it shows without JavaScript,
// agrees with the app at every width, is replaced without a shift, is never shown for a link to
// another view or language, and what a visitor does on it before the app runs is not lost.
import { test, expect } from './guard.mjs';
import { content, explainer, open, routeOf, axeViolations, defaultMode, modeOf } from './helpers.mjs';

const SCREENS = [
  ['phone', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ['laptop', { viewport: { width: 1280, height: 800 } }],
];

/// The element's box against the viewport: whether it lies wholly inside.
const wholly = (locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

for (const [screen, use] of SCREENS) {
  test.describe(`on a ${screen}`, () => {
    test.use(use);

    test('the start view shows the whole diagram and the way into its steps in the first screen', async ({ page }) => {
      await open(page, '/');
      const app = explainer(page);
      const svg = app.locator('.omk-start__diagram svg.omk-svg');
      await expect(svg).toHaveAttribute('data-mode', defaultMode());
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await wholly(svg), 'the diagram lies wholly in the first screen').toBe(true);
      const actors = Object.values(modeOf(defaultMode()).placement);
      expect(actors.length).toBe(5);
      for (const actor of actors) {
        expect(await wholly(app.locator(`.omk-start__diagram [data-actor="${actor}"]`)), `${actor} in the first screen`).toBe(true);
      }
      const explore = app.locator('.omk-start__explore a');
      await expect(explore).toHaveText(`${content.ui.start_explore.nl} →`);
      expect(await wholly(explore), 'the invitation to walk the steps in the first screen').toBe(true);
    });
  });
}

test('the start diagram leads into the omkering view: an actor opens its panel, an arrow key the first step', async ({ page }) => {
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-start__diagram [data-actor="gemeenten"]').click();
  await expect.poll(() => routeOf(page)).toBe('/omkering/actor/gemeenten');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await open(page, '/');
  await app.locator('.omk-start__diagram .omk-diagram__canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.locator('.omk-caption__title')).toHaveText(modeOf(defaultMode()).step[0].title.nl);
});

test('the start view keeps the legend and the text version with its diagram; axe finds nothing', async ({ page }) => {
  for (const lang of ['nl', 'en']) {
    await open(page, lang === 'nl' ? '/' : '/?lang=en');
    const app = explainer(page);
    await expect(app.locator('.omk-start__diagram + .omk-start__explore + .omk-legend .omk-reading-legend')).toHaveText(content.ui.diagram.legend_reading[lang]);
    // The answer's terms open their explanations: their first marks are in it, not in the fold.
    await expect(app.locator('.omk-lead button[data-omk-mark]').first()).toBeVisible();
    const fold = app.locator('details.omk-start__text');
    // The same element across the language switch keeps its state: start folded.
    await fold.evaluate((d) => (d.open = false));
    await expect(fold.locator('summary')).toHaveText(`${content.ui.diagram.text_version[lang]}: ${modeOf(defaultMode()).name[lang]}`);
    // The diagram's long description is the folded text version: every step, linked to it.
    await expect(app.locator('.omk-start__diagram .omk-diagram__canvas')).toHaveAttribute('aria-details', 'omk-textversion');
    await expect(fold.locator('#omk-textversion .omk-step')).toHaveCount(modeOf(defaultMode()).step.length);
    expect(await axeViolations(page), `axe, folded (${lang})`).toEqual([]);
    await fold.locator('summary').click();
    await expect(fold.locator('.omk-step').first()).toBeVisible();
    expect(await axeViolations(page), `axe, open (${lang})`).toEqual([]);
  }
});

// ---- The start view painted into the page (xtask/scripts/prerender.mjs) -------------------

/// The widths the build paints the start view for, and the height of the screens compared.
const WIDTHS = [320, 360, 390, 414, 768, 1024, 1280, 1440, 1920];
const HEIGHT = 900;
const WASM = /\/omkering_bg-[0-9a-f]{12}\.wasm$/;

/// Holds back the app's wasm until `release()` (the painted view stays until then).
async function holdApp(page) {
  let release;
  const gate = new Promise((r) => (release = r));
  let asked;
  const requested = new Promise((r) => (asked = r));
  await page.route(WASM, async (route) => {
    asked();
    await gate;
    await route.continue().catch(() => {});
  });
  return { release, requested };
}

const host = (page) => page.locator('omkering-explainer').first();
const painted = (page) => page.locator('omkering-explainer .omk-prerender');

/// The visible diagram's markup, without the marks of its width class.
const diagramOf = (root) =>
  root.locator('.omk-start__diagram svg.omk-svg:visible').evaluate((svg) =>
    svg.outerHTML.replace(/ class="omk-svg omk-pre-w\d+"/, ' class="omk-svg"').replace(' data-omk-variant=""', ''),
  );

/// The share of pixels that differ (any channel by more than 40 of 255) between two PNGs of the
/// same size, counted in a browser page; 1 when the sizes differ.
async function pixelDifference(page, a, b) {
  // On a blank page of its own: the explainer's policy allows no data: addresses.
  const scratch = await page.context().newPage();
  const differ = await scratch.evaluate(async ([a, b]) => {
    const decode = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const [x, y] = [await decode(a), await decode(b)];
    if (x.width !== y.width || x.height !== y.height) return 1;
    const pixels = (img) => {
      const c = new OffscreenCanvas(img.width, img.height);
      const g = c.getContext('2d');
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, img.width, img.height).data;
    };
    const [p, q] = [pixels(x), pixels(y)];
    let differ = 0;
    for (let i = 0; i < p.length; i += 4) {
      if (Math.abs(p[i] - q[i]) > 40 || Math.abs(p[i + 1] - q[i + 1]) > 40 || Math.abs(p[i + 2] - q[i + 2]) > 40) differ++;
    }
    return differ / (p.length / 4);
  }, [a.toString('base64'), b.toString('base64')]);
  await scratch.close();
  return differ;
}

test('without JavaScript the standalone page shows the start view: the diagram, its legend and text version', async ({ browser, baseURL }) => {
  for (const [screen, use] of SCREENS) {
    const context = await browser.newContext({ ...use, javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/');
    const view = painted(page);
    await expect(view.locator('#omk-view-title')).toHaveText(content.ui.start.title.nl);
    const svg = view.locator('.omk-start__diagram svg.omk-svg:visible');
    await expect(svg).toHaveCount(1);
    const box = await svg.boundingBox();
    expect(box.y + box.height, `the diagram ends in the first screen (${screen})`).toBeLessThanOrEqual(use.viewport.height);
    await expect(view.locator('.omk-start__diagram [data-actor]:visible')).toHaveCount(5);
    await expect(view.locator('.omk-legend .omk-reading-legend')).toBeVisible();
    // The text version opens without a script: a <details>.
    await view.locator('details.omk-start__text summary').click();
    await expect(view.locator('#omk-textversion .omk-step')).toHaveCount(modeOf(defaultMode()).step.length);
    await expect(view.locator('#omk-textversion .omk-step').first()).toBeVisible();
    await expect(view.locator('.omk-card')).toHaveCount(await view.locator('.omk-card a').count());
    await context.close();
  }
});

for (const width of WIDTHS) {
  test(`at ${width} px the painted start view is the app's: the same diagram, the same picture`, async ({ page }) => {
    await page.setViewportSize({ width, height: HEIGHT });
    const { release, requested } = await holdApp(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await requested;
    await expect(painted(page).locator('#omk-view-title')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    const before = await diagramOf(painted(page));
    const first = await page.screenshot({ fullPage: true });
    release();
    await expect(host(page)).toHaveAttribute('data-omk-started', '');
    await expect(painted(page)).toHaveCount(0);
    const after = await diagramOf(explainer(page));
    expect(before, 'the painted diagram is the one the app draws at this width').toBe(after);
    const second = await page.screenshot({ fullPage: true });
    const differ = await pixelDifference(page, first, second);
    expect(differ, 'share of pixels that differ between the painted and the live start view').toBeLessThan(0.001);
  });
}

test('the takeover shifts nothing: cumulative layout shift under 0.01 while the page loads and the app starts', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await expect(host(page)).toHaveAttribute('data-omk-started', '');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const shift = await page.evaluate(() => window.__shift);
    expect(shift, `layout shift at ${width}×${height}`).toBeLessThan(0.01);
  }
});

test('a link to another view or language never paints the start view first', async ({ page }) => {
  // Every frame until the app runs: whether the painted start view shows.
  await page.addInitScript(() => {
    window.__frames = [];
    const tick = () => {
      const el = document.querySelector('omkering-explainer');
      const view = el?.shadowRoot?.querySelector('.omk-prerender');
      window.__frames.push(Boolean(view && !view.hidden && getComputedStyle(view).display !== 'none'));
      if (!el?.hasAttribute('data-omk-started')) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  for (const [hash, shows] of [['/', true], ['/themes', false], ['/?lang=en', false], [`/omkering/stap/2`, false]]) {
    const { release, requested } = await holdApp(page);
    // A new document each time (from one hash to another the page would stay).
    await page.goto('about:blank');
    await page.goto(`/#${hash}`, { waitUntil: 'domcontentloaded' });
    await requested;
    await page.waitForTimeout(400);
    release();
    await expect(host(page)).toHaveAttribute('data-omk-started', '');
    const frames = await page.evaluate(() => window.__frames);
    expect(frames.length, `frames seen for ${hash}`).toBeGreaterThan(3);
    if (shows) expect(frames.some(Boolean), 'the start link shows the painted view').toBe(true);
    else expect(frames.filter(Boolean), `frames that showed the start view for #${hash}`).toEqual([]);
    await page.unroute(WASM);
  }
  await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
});

test.describe('before the app runs', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  /// Opens the page with the app held back; returns the release.
  async function early(page) {
    const { release, requested } = await holdApp(page);
    await page.goto('about:blank');
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await requested;
    await expect(painted(page).locator('#omk-view-title')).toBeVisible();
    return release;
  }

  test('a click on a painted control takes effect once the app runs', async ({ page }) => {
    let release = await early(page);
    await painted(page).locator('.omk-lang button').click();
    release();
    await expect(explainer(page)).toHaveAttribute('lang', 'en');
    await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.start.title.en);
    await page.unroute(WASM);

    release = await early(page);
    await painted(page).locator('.omk-start__diagram [data-actor="gemeenten"]:visible').click();
    release();
    await expect.poll(() => routeOf(page)).toBe('/omkering/actor/gemeenten');
    await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
    await page.unroute(WASM);

    // A link goes at once; the painted start view hides.
    release = await early(page);
    await painted(page).locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
    await expect(painted(page)).toBeHidden();
    release();
    await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  });

  test('a key on the painted diagram takes effect, and the focus stays where it was', async ({ page }) => {
    let release = await early(page);
    await painted(page).locator('.omk-lang button').focus();
    release();
    await expect(host(page)).toHaveAttribute('data-omk-started', '');
    expect(await page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.activeElement?.textContent)).toBe('English');
    await page.unroute(WASM);

    release = await early(page);
    await painted(page).locator('.omk-start__diagram .omk-diagram__canvas:visible').focus();
    await page.keyboard.press('ArrowRight');
    release();
    await expect(explainer(page).locator('.omk-caption__title')).toHaveText(modeOf(defaultMode()).step[0].title.nl);
  });
});

// Shared pieces of the end-to-end tests: the real content (content.mjs), navigation, CSP
// violation capture and axe-core.
import { brotliCompressSync, constants } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { whileAxeRuns } from './guard.mjs';
import { tasksDone } from './wait.mjs';

export { tasksDone, idle, messagesHandled } from './wait.mjs';
export { content, LANGS, defaultMode, modeOf, omkeringHash, views, slideTitleOf, hashOf } from './content.mjs';

/// A content text with its `{placeholders}` filled, as the explainer fills them.
export const fill = (text, values) => Object.entries(values).reduce((out, [k, v]) => out.replaceAll(`{${k}}`, v), text);

/// The page's route: its hash without the `#`, decoded.
export const routeOf = (page) => page.evaluate(() => decodeURIComponent(window.location.hash.slice(1)));

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/// Adds an inline script to the page and says whether it ran (the strict policy refuses it,
/// which is a violation the test must expect). An inline script runs as it is added; the
/// refusal's report is queued as a task, which has run once the page was idle.
export async function inlineScriptRuns(page) {
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
  });
  await tasksDone(page);
  return page.evaluate(() => window.__inline === true);
}

/// The explainer on the page (Playwright's CSS locators pierce open shadow roots).
export function explainer(page, nth = 0) {
  // The app's own mount: the standalone page's painted start view (`.omk-prerender`) stands
  // beside it until the app takes over.
  return page.locator('omkering-explainer').nth(nth).locator('.omk-mount:not(.omk-prerender) .omk');
}

/// Opens the standalone page at a hash and waits until the explainer has started and its view
/// is there (a view from a wasm chunk shows a loading line first).
export async function open(page, hash = '/') {
  await page.goto(`/#${hash}`);
  await expect(page.locator('omkering-explainer').first()).toHaveAttribute('data-omk-started', '');
  await expect(explainer(page)).toBeVisible();
  await loaded(page);
}

/// Opens an empty test page and adds two explainers to it, both at `view` with a fixed `height`,
/// each scrolled into view and started.
export async function twoExplainers(page, view, height) {
  await page.goto('/__test/ten.html');
  await page.waitForFunction(() => customElements.get('omkering-explainer'));
  await page.evaluate(({ view, height }) => {
    for (const id of ['a', 'b']) {
      const el = document.createElement('omkering-explainer');
      el.id = id;
      el.setAttribute('view', view);
      el.setAttribute('height', String(height));
      document.querySelector('main').append(el);
    }
  }, { view, height });
  for (const i of [0, 1]) {
    await page.locator('omkering-explainer').nth(i).scrollIntoViewIfNeeded();
    await expect(explainer(page, i)).toBeVisible();
  }
  await loaded(page);
}

/// Waits until no explainer on the page is still loading a view's code.
export async function loaded(page) {
  await expect(page.locator('omkering-explainer .omk-loading')).toHaveCount(0);
}

/// Presses Tab until `count` elements with the data attribute `key` (e.g. `theme` for
/// `data-theme`) have had the focus in the first explainer, and returns their values in order.
export async function tabThrough(page, key, count, presses = 40) {
  const seen = [];
  for (let i = 0; i < presses && seen.length < count; i++) {
    await page.keyboard.press('Tab');
    const value = await page.evaluate((k) => document.querySelector('omkering-explainer').shadowRoot.activeElement?.dataset?.[k] ?? null, key);
    if (value) seen.push(value);
  }
  return seen;
}

/// Records CSP violations and console errors from the start of every page load.
export async function watchViolations(page) {
  const found = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`),
      true,
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) found.push(m.text());
  });
  page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) found.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return async () => [...found, ...(await page.evaluate(() => window.__violations ?? []))];
}

/// Runs axe-core with the WCAG 2.1 A and AA rules (on the whole page, or only inside the
/// elements `include` selects) and returns the violations, readable.
export async function axeViolations(page, include = null) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const result = await whileAxeRuns(page, () => builder.analyze());
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/// Resolves once the frame after the current one has painted and its tasks ran: the explainer
/// writes the URL then, so a check that the URL stayed the same must wait for it.
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/// Records every response body of `page` from now on; `sizes()` gives each file's path, raw
/// size and brotli size (quality 11), as the size budget and the benchmark count them.
export function recordTransfer(page) {
  const bodies = [];
  page.on('response', (res) => bodies.push(res.body().then((b) => [res.url(), b]).catch(() => [res.url(), Buffer.alloc(0)])));
  return {
    sizes: async () =>
      (await Promise.all(bodies)).map(([url, body]) => ({
        path: new URL(url).pathname,
        raw: body.length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      })),
  };
}

// The smoke suite in Firefox ESR and in WebKitGTK (issue 21), run by `cargo xtask test`
// (`node --test tests/cross/`; `OMKERING_CROSS_BROWSERS=firefox` runs one). Not the whole
// Chromium suite: every view in both languages from a deep link at 390 and 1280 px without an
// error, a panic or sideways scrolling (a screenshot of each in target/cross/); the stepper by
// keys; the mode switch; a marked term's explanation by click and keys; the presentation by
// PageDown, PageUp and Escape; the demo host page and
// a page on another origin under the strict policy; a score saved and found after a reload; and
// the offline package opened from disk.
import { test, before, after, beforeEach, afterEach, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Key } from 'selenium-webdriver';
import { content, views, hashOf, LANGS, modeOf, defaultMode, slideTitleOf } from '../e2e/content.mjs';
import { base, Browser, open, problems, root, screenshot, servers, shadow, still, until } from './harness.mjs';

const browsers = (process.env.OMKERING_CROSS_BROWSERS ?? 'firefox,webkit').split(',').filter(Boolean);
let stop;
before(async () => {
  stop = await servers();
});
after(() => stop?.());

/// The text of an element in the explainer, or null.
const text = (web, selector) => web.executeScript(`${shadow} return root?.querySelector(arguments[0])?.textContent?.trim() ?? null;`, selector);
/// Focuses an element in the explainer (keys then go to it).
const focus = (web, selector) => web.executeScript(`${shadow} root.querySelector(arguments[0]).focus();`, selector);
/// An element of the explainer, for WebDriver's own click.
const element = (web, selector) => web.executeScript(`${shadow} return root.querySelector(arguments[0]);`, selector);
const keys = (web, ...k) => web.actions({ bridge: true }).sendKeys(...k).perform();

browsers.forEach((name, i) => {
  describe(name, () => {
    // A new browser for every test: one that hung or crashed cannot take the next tests with it.
    const browser = new Browser(name, 4444 + 200 * i);
    beforeEach(() => browser.start());
    afterEach(() => browser.quit());

    test('every view in both languages opens from a deep link without an error, a panic or sideways scrolling, at 390 and 1280 px', async () => {
      for (const width of [1280, 390]) {
        for (const view of views()) {
          for (const lang of LANGS) {
            const hash = hashOf(view, lang);
            await browser.again(`${hash} at ${width} px`, async (web) => {
              await web.manage().window().setRect({ width, height: 900 });
              await open(web, hash);
              const words = (t) => t.replace(/\s+/g, ' ').trim();
              const shows = words(await web.executeScript(`${shadow} return root.querySelector('.omk').textContent;`));
              for (const t of view.texts(lang).slice(0, 3)) assert.ok(shows.includes(words(t).slice(0, 40)), `${name} ${hash}: shows "${t.slice(0, 40)}"`);
              const sideways = await web.executeScript('return document.documentElement.scrollWidth - window.innerWidth;');
              assert.ok(sideways <= 1, `${name} ${hash} at ${width} px scrolls sideways by ${sideways} px`);
              assert.deepEqual(await problems(web), [], `${name} ${hash}`);
              await screenshot(web, name, `${view.name}-${lang}-${width}`);
            });
          }
        }
      }
    });

    test('the stepper answers its keys and the mode switch turns the arrows', async (t) => {
      await browser.again(t.name, async (web) => {
        await web.manage().window().setRect({ width: 1280, height: 900 });
        const mode = modeOf(defaultMode());
        await open(web, '/omkering');
        await focus(web, '[data-step-control="next"]');
        await keys(web, Key.ENTER);
        await until(web, `${shadow} return root.querySelector('.omk-caption__title')?.textContent.includes(arguments[0]);`, 'step 1', 10_000, mode.step[0].title.nl);
        await focus(web, '.omk-diagram__canvas');
        await keys(web, Key.ARROW_RIGHT);
        await until(web, `${shadow} return root.querySelector('.omk-caption__title')?.textContent.includes(arguments[0]);`, 'step 2', 10_000, mode.step[1].title.nl);
        const other = content.modes.find((m) => m.id !== defaultMode());
        await still(web);
        await (await element(web, `[data-mode="${other.id}"]`)).click();
        await until(web, `${shadow} return root.querySelector('[data-mode="${other.id}"]')?.getAttribute('aria-pressed') === 'true';`, 'the other mode', 10_000);
        assert.deepEqual(await problems(web), [], name);
      });
    });

    test('a marked term opens its explanation in place by click, Enter and Space, and Escape closes it', async (t) => {
      await browser.again(t.name, async (web) => {
        await web.manage().window().setRect({ width: 1280, height: 900 });
        await open(web, '/omkering');
        const key = await until(web, `${shadow} return root.querySelector('button.omk-term')?.dataset.omkMark;`, 'a marked term', 10_000);
        const button = `button[data-omk-mark="${key}"]`;
        const expanded = (want, what) => until(web, `${shadow} return root.querySelector(arguments[0])?.getAttribute('aria-expanded') === arguments[1];`, what, 10_000, button, want);
        const slug = await web.executeScript(`${shadow} return root.querySelector(arguments[0]).dataset.omkTerm;`, button);
        const term = content.glossary.find((g) => g.id === `begrip-${slug}`);
        await (await element(web, button)).click();
        await expanded('true', 'open by click');
        // The explanation (from the wasm chunk) shows inside the shadow root, after the button.
        await until(web, `${shadow} const b = root.querySelector(arguments[0]); const box = root.getElementById(b.getAttribute('aria-controls')); return box && !box.hidden && box.textContent.includes(arguments[1]);`, 'the explanation', 20_000, button, term.explanation.nl.slice(0, 40));
        await (await element(web, button)).click();
        await expanded('false', 'closed by click');
        await focus(web, button);
        await keys(web, Key.ENTER);
        await expanded('true', 'open by Enter');
        await keys(web, Key.SPACE);
        await expanded('false', 'closed by Space');
        await keys(web, Key.ENTER);
        await expanded('true', 'open again');
        await keys(web, Key.ESCAPE);
        await expanded('false', 'closed by Escape');
        const focused = await web.executeScript(`${shadow} return root.activeElement?.dataset?.omkMark;`);
        assert.equal(focused, key, `${name}: the focus stays on the term`);
        assert.deepEqual(await problems(web), [], name);
      });
    });

    test('the presentation goes forward with PageDown, back with PageUp, and Escape leaves it', async (t) => {
      await browser.again(t.name, async (web) => {
        await web.manage().window().setRect({ width: 1280, height: 800 });
        await open(web, '/present/1');
        await focus(web, '.omk-show');
        const title = (n) => until(web, `${shadow} return root.querySelector('.omk-slide__title')?.textContent === arguments[0];`, `slide ${n}`, 10_000, slideTitleOf(n - 1));
        await keys(web, Key.PAGE_DOWN);
        await title(2);
        // The omkering slide shows its steps first; PageDown walks them, then the next slide.
        await keys(web, Key.PAGE_UP);
        await title(1);
        await keys(web, Key.ESCAPE);
        await until(web, `${shadow} return root.querySelector('.omk-nav');`, 'the explainer again', 10_000);
        assert.deepEqual(await problems(web), [], name);
        await screenshot(web, name, 'presentation');
      });
    });

    test('the demo host page and a page on another origin run the explainer under the strict policy', async (t) => {
      await browser.again(t.name, async (web) => {
        await web.get(`${base}/examples/host.html`);
        await until(web, 'return [...document.querySelectorAll("omkering-explainer")].some((e) => e.shadowRoot?.querySelector(".omk-nav"));', 'the demo page\'s explainer');
        assert.deepEqual(await problems(web), [], `${name}: the demo page`);
        await screenshot(web, name, 'demo-host-page');
        await web.get(`${base}/__test/cross-origin.html`);
        await until(web, `${shadow} return root?.querySelector('.omk-caption__title');`, 'the explainer from the other origin');
        assert.deepEqual(await problems(web), [], `${name}: the page on another origin`);
      });
    });

    test('a score is saved and is there after a reload', async (t) => {
      await browser.again(t.name, async (web) => {
        const point = content.points[0].id;
        await open(web, '/assessment');
        await (await element(web, `fieldset[data-point="${point}"] input[value="4"]`)).click();
        await until(web, 'return (localStorage.getItem("omkering") ?? "").includes(arguments[0]);', 'the saved score', 10_000, `"${point}":4`);
        await web.navigate().refresh();
        await until(web, `${shadow} return root?.querySelector('fieldset[data-point="${point}"] input[value="4"]')?.checked;`, 'the score after a reload');
        assert.deepEqual(await problems(web), [], name);
      });
    });

    test('the offline package runs from disk', async (t) => {
      await browser.again(t.name, async (web) => {
        const dir = join(root, 'target', 'cross', `offline-${name}`);
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir, { recursive: true });
        execFileSync('unzip', ['-q', join(root, 'dist', 'omkering-offline.zip'), '-d', dir]);
        await web.get(`${pathToFileURL(join(dir, 'omkering-offline', 'index.html'))}#/present/2`);
        await until(web, `${shadow} return root?.querySelector('.omk-slide__title')?.textContent === arguments[0];`, 'a slide from disk', 20_000, slideTitleOf(1));
        await web.executeScript(`${shadow} root.querySelector('.omk-show').focus();`);
        await keys(web, Key.ESCAPE);
        await until(web, `${shadow} return root?.querySelector('.omk-nav');`, 'the explainer from disk', 10_000);
        assert.equal(await text(web, '.omk-error'), null, name);
      });
    });
  });
});

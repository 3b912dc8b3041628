// The self-assessment with the largest session it reads (1 MiB, 30,000 participants; see
// tests/e2e/big-session.mjs): reading it as CSV and as JSON (the bench build's `benchRead`, the
// parser and every check, as the import runs them once the bytes are in); importing it, from the
// moment the file is chosen to the frame after the report shows (reading, merging, saving,
// drawing 100 groups); and opening the assessment view with it saved, from the navigation to the
// frame after the results show. 1× CPU, a fresh browser profile per run, the view's code (the
// `lazy` chunk) loaded before the clock starts.
import { bigSession } from '../tests/e2e/big-session.mjs';

/// In the page (an init script): `__clock(selector)` resolves with the time from the call to the
/// frame after `selector` is in the explainer (polled once per frame).
function installClock() {
  window.__clock = (selector) =>
    new Promise((resolve) => {
      const root = document.querySelector('omkering-explainer').shadowRoot;
      const t0 = performance.now();
      const check = () => (root.querySelector(selector) ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)) : requestAnimationFrame(check));
      check();
    });
}

/// A fresh context at `hash`, once `selector` is in the explainer.
async function fresh(browser, base, hash, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.addInitScript(installClock);
  const page = await context.newPage();
  await page.goto(`${base}/#${hash}`);
  await page.waitForFunction((s) => document.querySelector('omkering-explainer')?.shadowRoot?.querySelector(s), selector);
  return { context, page };
}

export async function assessmentTimes(browser, base, points, { runs, log, heapUrl, moduleUrl }) {
  const files = bigSession(points);
  const out = { readCsv: [], readJson: [], csv: [], json: [], open: [], bytes: files.csv.length };
  for (let run = 0; run < runs; run++) {
    {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(heapUrl);
      await page.waitForFunction(() => document.querySelector('omkering-explainer')?.shadowRoot?.querySelector('.omk-nav'));
      for (const [kind, key] of [['csv', 'readCsv'], ['json', 'readJson']]) {
        const ms = await page.evaluate(async ({ moduleUrl, data }) => (await import(moduleUrl)).benchRead(Uint8Array.from(atob(data), (c) => c.charCodeAt(0))), { moduleUrl, data: files[kind].toString('base64') });
        if (ms < 0) throw new Error(`the ${kind} file was refused`);
        out[key].push(ms);
      }
      await context.close();
    }
    for (const kind of ['csv', 'json']) {
      const { context, page } = await fresh(browser, base, '/assessment', '#omk-import');
      // The clock starts when the input hears of the file (capture, before the explainer).
      await page.evaluate(() => {
        const input = document.querySelector('omkering-explainer').shadowRoot.querySelector('#omk-import');
        input.addEventListener('change', () => (window.__import = window.__clock('[data-report]')), { capture: true, once: true });
      });
      await page.locator('omkering-explainer #omk-import').setInputFiles({ name: `sessie.${kind}`, mimeType: kind === 'csv' ? 'text/csv' : 'application/json', buffer: files[kind] });
      await page.waitForFunction(() => window.__import);
      out[kind].push(await page.evaluate(() => window.__import));
      const report = await page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.querySelector('[data-report]').dataset.report);
      if (report === 'refused') throw new Error(`the ${kind} file was refused`);
      await context.close();
    }
    // Opening the view with the session saved (the chunk loaded on another view first).
    const { context, page } = await fresh(browser, base, '/development', '#omk-view-title');
    await page.evaluate((json) => {
      const session = JSON.parse(json).session;
      localStorage.setItem('omkering', JSON.stringify({ format: 'omkering-opslag', version: 1, session, group: 0, participant: 0, hidden: [] }));
    }, files.json.toString('utf8'));
    out.open.push(
      await page.evaluate(() => {
        const done = window.__clock('.omk-results');
        window.location.hash = '#/assessment';
        return done;
      }),
    );
    await context.close();
    log(`run ${run + 1}: read csv ${out.readCsv.at(-1).toFixed(0)} ms, json ${out.readJson.at(-1).toFixed(0)} ms; import csv ${out.csv.at(-1).toFixed(0)} ms, json ${out.json.at(-1).toFixed(0)} ms; open ${out.open.at(-1).toFixed(0)} ms`);
  }
  return out;
}

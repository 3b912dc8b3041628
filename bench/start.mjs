// Start: from navigation to the first diagram on screen, for each contender, without and with
// CPU throttling (Chrome DevTools Protocol), alternating the contenders run by run; for the
// standalone page also to the app's takeover of the painted start view.
import { recordTransfer } from '../tests/e2e/helpers.mjs';
import { probe } from './probe.mjs';

/// Opens `url` in a fresh context (empty cache) at CPU slowdown `rate`; resolves to the time of
/// the first diagram on screen, and with `transfer` also to every response's brotli size.
export async function loadOnce(browser, url, rate, transfer = false, takeover = false) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  const page = await context.newPage();
  const recorded = transfer ? recordTransfer(page) : null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const { painted } = await page.evaluate(() => window.__bench.diagram);
    const taken = takeover ? await page.evaluate(() => window.__bench.takeover) : null;
    const files = recorded ? await recorded.sizes() : null;
    return { ms: painted, files, taken };
  } finally {
    await context.close();
  }
}

/// Every contender `runs` times per rate, after one warm-up round, in the order A B C A B C …
export async function startTimes(browser, base, contenders, { runs, rates, log }) {
  const result = {};
  for (const c of contenders) result[c.id] = { samples: {}, files: null, ...(c.takeover ? { takeover: {} } : {}) };
  for (const rate of rates) {
    for (const c of contenders) {
      result[c.id].samples[rate] = [];
      if (c.takeover) result[c.id].takeover[rate] = [];
    }
    for (let run = -1; run < runs; run++) {
      for (const c of contenders) {
        const first = run === 0 && rate === rates[0];
        const { ms, files, taken } = await loadOnce(browser, base + c.url, rate, first, c.takeover);
        if (run >= 0) result[c.id].samples[rate].push(ms);
        if (run >= 0 && c.takeover) result[c.id].takeover[rate].push(taken);
        if (first) result[c.id].files = files;
      }
      log(`start, ${rate}× CPU: ${run < 0 ? 'warm-up' : `run ${run + 1} of ${runs}`} done`);
    }
  }
  return result;
}

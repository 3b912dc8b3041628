// Memory: the wasm module's live heap (the counting allocator of the bench build) and the JS
// heap after a forced garbage collection, after load and after a soak of step changes and mode
// switches.
import { openOmkering, stepKeys, MORPH_WAIT_MS, CANVAS, OTHER_MODE } from './interaction.mjs';

const CURRENT_MODE = 'omkering-explainer .omk-modeswitch__button[aria-pressed="true"]';

async function measure(page, cdp, moduleUrl) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(async (url) => {
    const m = await import(url);
    return { live: m.benchLiveHeapBytes(), allocations: m.benchAllocations() };
  }, moduleUrl);
  return { wasmLive: wasm.live, allocations: wasm.allocations, jsHeap: usedSize };
}

/// `url` is the bench build's page on the omkering view, `moduleUrl` its omkering.js, `steps`
/// the number of steps of each mode by id.
export async function soak(browser, url, moduleUrl, { stepChanges, modeSwitches, steps, log }) {
  const { context, page, cdp } = await openOmkering(browser, url, 1);
  try {
    await page.waitForTimeout(500);
    const load = await measure(page, cdp, moduleUrl);
    // Each round starts at the overview of the mode just switched to (a switch resets the step),
    // so every key of the round changes the step.
    const perSwitch = Math.ceil(stepChanges / modeSwitches);
    let done = 0;
    let quarter = null;
    for (let s = 0; s < modeSwitches; s++) {
      const mode = await page.locator(CURRENT_MODE).getAttribute('data-mode');
      await page.locator(CANVAS).focus();
      for (const key of stepKeys(Math.min(perSwitch, stepChanges - done), steps[mode])) await page.keyboard.press(key);
      done = Math.min(done + perSwitch, stepChanges);
      await page.locator(OTHER_MODE).focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(MORPH_WAIT_MS);
      if ((s + 1) % 50 === 0) log(`soak: ${s + 1} of ${modeSwitches} mode switches, ${done} step changes`);
      // After the first quarter every state has been seen once: growth from here on is a leak,
      // growth before it may be caches filling (both are reported).
      if (s + 1 === Math.ceil(modeSwitches / 4)) {
        await page.waitForTimeout(500);
        quarter = await measure(page, cdp, moduleUrl);
      }
    }
    await page.waitForTimeout(500);
    const after = await measure(page, cdp, moduleUrl);
    const route = await page.evaluate(() => location.hash);
    return { load, quarter, after, stepChanges: done, modeSwitches, route };
  } finally {
    await context.close();
  }
}

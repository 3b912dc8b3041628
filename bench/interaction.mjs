// Interaction: key press to the next painted frame (with CPU throttling), and the main-thread
// work per frame while the omkering morphs from one mode to the other (without throttling).
import { probe } from './probe.mjs';

export const CANVAS = 'omkering-explainer .omk-diagram__canvas';
export const OTHER_MODE = 'omkering-explainer .omk-modeswitch__button[aria-pressed="false"]';
const THEME_CHIP = 'omkering-explainer .omk-chip--button';
/// The morph lasts 700 ms (src/ui/views/omkering/diagram.rs); wait a little longer.
export const MORPH_WAIT_MS = 800;
/// The pause between two step keys: a brisk clicker, faster than anyone reads a step.
export const STEP_PAUSE_MS = 100;

/// A page with the probe at CPU slowdown `rate`, its first diagram (or slide, or score form) on
/// screen: the omkering view, the presentation, the self-assessment or a contender's page.
export async function openOmkering(browser, url, rate) {
  const context = await browser.newContext();
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.diagram);
  return { context, page, cdp };
}

/// The keys that walk the stepper back and forth: from the overview to the last step and back,
/// so that every press changes the step.
export function stepKeys(count, steps) {
  const keys = [];
  for (let i = 0; keys.length < count; i++) {
    const round = i % (2 * steps);
    keys.push(round < steps ? 'ArrowRight' : 'ArrowLeft');
  }
  return keys;
}

/// The latencies of `keys` pressed one by one (`before` runs before each press); interactions the
/// browser did not report took under 16 ms and count as 16 ms (an upper bound).
export async function latencies(page, keys, before, pause) {
  await page.evaluate(() => {
    window.__bench.interactions.clear();
    window.__bench.recordKeys = true;
  });
  for (const key of keys) {
    await before();
    await page.keyboard.press(key);
    await page.waitForTimeout(pause);
  }
  await page.waitForTimeout(500);
  const reported = await page.evaluate(() => {
    window.__bench.recordKeys = false;
    return [...window.__bench.interactions.values()];
  });
  if (reported.length > keys.length) throw new Error(`${reported.length} interactions for ${keys.length} keys`);
  return { samples: [...reported, ...Array(keys.length - reported.length).fill(16)], underThreshold: keys.length - reported.length };
}

/// Latencies (ms) of `samples` step changes, `switches` mode switches and `samples` theme
/// selections, each key on its own.
export async function keyLatency(browser, url, { rate, samples, switches, steps }) {
  const { context, page } = await openOmkering(browser, url, rate);
  try {
    await page.locator(CANVAS).focus();
    const step = await latencies(page, stepKeys(samples, steps), async () => {}, STEP_PAUSE_MS);
    const mode = await latencies(page, Array(switches).fill('Enter'), () => page.locator(OTHER_MODE).focus(), MORPH_WAIT_MS);
    // Theme chips of the omkering view: Enter on the next chip each time, so each press selects
    // another theme.
    const chips = page.locator(THEME_CHIP);
    const count = await chips.count();
    let next = 0;
    const theme = await latencies(page, Array(samples).fill('Enter'), () => chips.nth(next++ % count).focus(), STEP_PAUSE_MS);
    return { step, mode, theme };
  } finally {
    await context.close();
  }
}

/// The work (ms) of every animation frame during `switches` mode switches.
export async function morphFrames(browser, url, { switches }) {
  const { context, page } = await openOmkering(browser, url, 1);
  try {
    const frames = [];
    for (let i = 0; i < switches; i++) {
      await page.locator(OTHER_MODE).focus();
      await page.evaluate(() => (window.__bench.recordFrames = true));
      await page.keyboard.press('Enter');
      await page.waitForTimeout(MORPH_WAIT_MS);
      frames.push(...(await page.evaluate(() => {
        window.__bench.recordFrames = false;
        return window.__bench.frames.splice(0);
      })));
    }
    return frames;
  } finally {
    await context.close();
  }
}

// The package (issue 9; xtask/src/package.rs): `dist/omkering-offline.zip`, unpacked as a facilitator would,
// opened from disk (file://) with the network cut. The explainer starts, the presentation (a
// wasm chunk) runs and reloads to its slide, the presenter view opens and stays in step, and no
// request leaves the folder, under the package's strict policy.
import { test, expect } from './guard.mjs';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { content, explainer, watchViolations, axeViolations, inlineScriptRuns, routeOf as hash } from './helpers.mjs';
import { CSP } from './policy.mjs';

const slides = content.tour.slide;
/// The themes slide, found by its kind: it and the theme slides after it have one step each.
const themes = slides.findIndex((s) => s.kind === 'themes');

/// Unpacks a zip archive (stored or deflated entries, as xtask writes them) into `dir`.
function unzip(bytes, dir) {
  const names = [];
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const method = bytes.readUInt16LE(at + 8);
    const packed = bytes.readUInt32LE(at + 18);
    const nameLen = bytes.readUInt16LE(at + 26);
    const extraLen = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    const start = at + 30 + nameLen + extraLen;
    const data = bytes.subarray(start, start + packed);
    const out = join(dir, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, method === 8 ? inflateRawSync(data) : data);
    names.push(name);
    at = start + packed;
  }
  return names;
}

// The test checks that the package's policy refuses an inline script (the one violation it causes).
test.use({ expectedViolations: ['inline script'] });

let dir;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'omkering-package-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const slideTitle = (page) => explainer(page).locator('.omk-show .omk-slide__title');

test('the offline package, downloaded from the presentation, opens from disk without network: explainer, presentation, reload and presenter view', async ({ page, context }) => {
  // The facilitator downloads it from the standalone page's presentation ("Meer").
  await page.goto('/#/present/1');
  const show = explainer(page).locator('.omk-show');
  await show.getByRole('button', { name: content.ui.present_view.settings.nl }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    show.getByRole('link', { name: content.ui.present_view.offline_package.nl }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('omkering-offline.zip');
  expect(await axeViolations(page), 'the open menu with the link').toEqual([]);
  const zip = join(dir, 'omkering-offline.zip');
  await download.saveAs(zip);
  const names = unzip(readFileSync(zip), dir);
  expect(names).toContain('omkering-offline/index.html');
  expect(names.filter((n) => n.endsWith('.wasm')), 'the wasm is inside the script').toEqual([]);
  const index = pathToFileURL(join(dir, 'omkering-offline', 'index.html')).href;
  const foreign = [];
  context.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await context.setOffline(true);
  const problems = await watchViolations(page);

  await page.goto(index);
  await expect(explainer(page).locator('.omk-nav')).toBeVisible();
  // The presentation's code is the wasm chunk, inlined too.
  await page.goto(`${index}#/present/${themes + 1}`);
  await expect(slideTitle(page)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).toBe(`/present/${themes + 2}`);
  await page.reload();
  await expect.poll(() => hash(page)).toBe(`/present/${themes + 2}`);
  await expect(slideTitle(page)).toBeVisible();

  // From disk there is no web address for the room's phones: the QR slide says so.
  const qr = slides.findIndex((s) => s.kind === 'qr');
  await page.goto(`${index}#/present/${qr + 1}`);
  await expect(explainer(page).locator('.omk-show')).toContainText(content.ui.present_view.no_address.nl);
  await expect(explainer(page).locator('.omk-qr')).toHaveCount(0);
  await page.goto(`${index}#/present/${themes + 2}`);
  await expect(slideTitle(page)).toBeVisible();

  const presenter = await context.newPage();
  const presenterProblems = await watchViolations(presenter);
  await presenter.goto(`${index}#/presenter/${themes + 2}`);
  const notes = explainer(presenter).locator('.omk-presenter__say');
  await expect(notes).toContainText(slides[themes + 1].say.nl);
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(notes).toContainText(slides[themes + 2].say.nl);

  expect(foreign, 'requests that left the folder').toEqual([]);
  expect(await problems()).toEqual([]);
  expect(await presenterProblems()).toEqual([]);
  // The package's policy holds: an inline script is refused.
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CSP);
  expect(await inlineScriptRuns(page), 'an inline script ran').toBe(false);
  await context.setOffline(false);
});

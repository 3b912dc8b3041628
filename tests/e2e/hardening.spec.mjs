// Issue 19, hardening against outside input: a hostile page of the same origin on the
// presentation's channel, a host page's own anchors with `url-sync="hash"`, an embed that is not
// the standalone page, large and odd files in the self-assessment, and the iframe variant's
// presentation.
import { test, expect } from './guard.mjs';
import { content, explainer, idle, open, slideTitleOf, watchViolations } from './helpers.mjs';
import { bigSession } from './big-session.mjs';
import { download, score, ui } from './scoring.mjs';

const present = content.ui.present_view;
const titles = content.tour.slide.map((_, i) => slideTitleOf(i));
const slideTitle = (page) => explainer(page).locator('.omk-slide__title');

test('a hostile page of the same origin cannot crash the presentation through its channel', async ({ page, context }) => {
  const problems = await watchViolations(page);
  await open(page, '/present/3');
  await expect(slideTitle(page)).toHaveText(titles[2]);
  // The presentation's page listens on the channel too: once it has heard the hostile page's
  // last message (a marker), every message before it has reached every channel of the page.
  await page.evaluate(() => {
    window.__heardEnd = false;
    window.__ear = new BroadcastChannel('omkering-present');
    window.__ear.onmessage = (e) => e.data === 'omkering-test:end' && (window.__heardEnd = true);
  });
  const hostile = await context.newPage();
  await hostile.goto('/__test/ten.html');
  // The issue's reproduction was slide 20 of a tour of 12: a slide beyond the end.
  const beyond = titles.length + 8;
  await hostile.evaluate((beyond) => {
    const c = new BroadcastChannel('omkering-present');
    // A beat is `omkering:at <slide> <step> <black> <session>` (`-`: the standard session).
    const beats = [
      `omkering:at ${beyond} 0 0 -`, 'omkering:at 999 999 1 -', 'omkering:at 99999999999999999999 0 0 -', 'omkering:at -1 0 0 -',
      'omkering:at 1e3 0 0 -', 'omkering:at 5', 'omkering:at 5 0 2 -', 'omkering:at 0x10 0 0 -', 'omkering:at 3 0 0 - extra',
      'omkering:hello', 'omkering:at\u0000 1 1 1 -', `omkering:at ${'9'.repeat(5000)} 0 0 -`,
      // Sessions of slides the tour does not have, too many, malformed.
      'omkering:at 1 0 0 999', 'omkering:at 1 0 0 200,201', `omkering:at 1 0 0 ${Array(40).fill(1).join(',')}`, 'omkering:at 1 0 0 1,,2',
      'omkering:at 1 0 0 ,', `omkering:at 1 0 0 ${'1,'.repeat(3000)}1`,
      { slide: 400 }, 42, null, [`omkering:at ${beyond} 0 0 -`],
      // Last, once more the reproduction of the issue.
      `omkering:at ${beyond} 0 0 -`,
    ];
    for (const b of [...beats, 'omkering-test:end']) c.postMessage(b);
    c.close();
  }, beyond);
  await expect.poll(() => page.evaluate(() => window.__heardEnd), 'every beat arrived').toBe(true);
  await page.evaluate(() => window.__ear.close());
  // The out-of-range beat took the presentation to the nearest real slide: the last.
  await expect(slideTitle(page)).toHaveText(titles.at(-1));
  await explainer(page).locator('.omk-show').focus();
  await page.keyboard.press('PageUp');
  await expect(slideTitle(page)).toHaveText(titles.at(-2));
  await page.keyboard.press('PageDown');
  await expect(slideTitle(page)).toHaveText(titles.at(-1));
  await page.keyboard.press('Home');
  await expect(slideTitle(page)).toHaveText(titles[0]);
  await expect(explainer(page).locator('.omk-error')).toHaveCount(0);
  expect(await problems()).toEqual([]);
});

test("a host page's own anchors stay the host's with url-sync=hash", async ({ page }) => {
  const problems = await watchViolations(page);
  await page.goto('/__test/anchors.html');
  const app = explainer(page);
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await page.locator('#to-contact').click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#contact');
  // The explainer would write the URL a frame later: the page went idle, and the hash stayed.
  await idle(page);
  expect(await page.evaluate(() => window.location.hash), 'the hash is not rewritten').toBe('#contact');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await expect(app.locator('.omk-notice')).toHaveCount(0);
  // The explainer's own links still keep its view in the hash; the host's anchor after it too.
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/themes');
  await page.locator('#to-news').click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#nieuws');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await expect(app.locator('.omk-notice')).toHaveCount(0);
  // Opened at a host anchor: the explainer starts at its own view.
  await page.goto('/__test/anchors.html?opnieuw#contact');
  await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.omkering.title.nl);
  await expect(explainer(page).locator('.omk-notice')).toHaveCount(0);
  expect(await page.evaluate(() => window.location.hash)).toBe('#contact');
  expect(await problems()).toEqual([]);
});

test('an embed with url-sync=hash keeps its keys and its presentation inside its element', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/__test/anchors.html');
  const app = explainer(page);
  await app.getByRole('button', { name: content.ui.present_button.nl }).click();
  // The page shows the omkering view: the presentation starts at the omkering slide.
  const omk = content.tour.slide.findIndex((s) => s.kind === 'omkering');
  await expect(slideTitle(page)).toHaveText(titles[omk]);
  // In the element at 16:9, not over the window.
  const element = await page.locator('#explainer').boundingBox();
  const show = await app.locator('.omk-show').boundingBox();
  expect(show.x).toBeGreaterThanOrEqual(element.x - 1);
  expect(show.y).toBeGreaterThanOrEqual(element.y - 1);
  expect(show.x + show.width).toBeLessThanOrEqual(element.x + element.width + 1);
  expect(await app.locator('.omk-show').evaluate((el) => getComputedStyle(el).position)).not.toBe('fixed');
  await expect(page.locator('#host-title')).toBeVisible();
  // A key pressed on the host page is the host's.
  await page.locator('#host-title').click();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  // Nothing changed in the explainer while the page went idle (see `idle`).
  await idle(page);
  await expect(slideTitle(page)).toHaveText(titles[omk]);
  // Inside the element they work.
  await app.locator('.omk-show').focus();
  await page.keyboard.press('End');
  await expect(slideTitle(page)).toHaveText(titles.at(-1));
  // The presenter window is the standalone page's: offered there, not here.
  await app.getByRole('button', { name: present.settings.nl }).click();
  await expect(app.getByRole('button', { name: present.presenter.nl })).toHaveCount(0);
  await expect(app.locator('.omk-show__note')).toContainText(present.standalone_note.nl);
});

test('a file over 1 MiB is refused before it is read, and one of exactly 1 MiB is read', async ({ page }) => {
  // Count what reads a file into memory.
  await page.addInitScript(() => {
    window.__reads = 0;
    // A File is a Blob: these are the ways to its bytes (FileReader besides).
    for (const name of ['arrayBuffer', 'text', 'stream', 'bytes']) {
      const original = Blob.prototype[name];
      if (!original) continue;
      Object.defineProperty(Blob.prototype, name, { value: function (...args) { window.__reads++; return original.apply(this, args); }, configurable: true });
    }
    for (const name of ['readAsArrayBuffer', 'readAsText', 'readAsDataURL', 'readAsBinaryString']) {
      const original = FileReader.prototype[name];
      Object.defineProperty(FileReader.prototype, name, { value: function (...args) { window.__reads++; return original.apply(this, args); }, configurable: true });
    }
  });
  await open(page, '/assessment');
  const app = explainer(page);
  const { csv } = bigSession(content.points.map((p) => p.id));
  await app.locator('#omk-import').setInputFiles({ name: 'te-groot.csv', mimeType: 'text/csv', buffer: Buffer.concat([csv, Buffer.from('\n')]) });
  await expect(app.locator('[data-report="refused"]')).toContainText(ui.problems.too_large.nl);
  expect(await page.evaluate(() => window.__reads), 'the file was read into memory').toBe(0);
  await app.locator('[data-report] button').click();
  await app.locator('#omk-import').setInputFiles({ name: 'groot.csv', mimeType: 'text/csv', buffer: csv });
  await expect(app.locator('[data-report]')).toContainText('groot.csv', { timeout: 20_000 });
  await expect(app.locator('[data-report="refused"]')).toHaveCount(0);
  expect(await page.evaluate(() => window.__reads)).toBe(1);
});

/// Every control character that XML cannot hold.
const CONTROLS = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== '\t' && c !== '\n').join('');

/// Whether the SVG text is well-formed XML, as a browser reads an SVG file.
const wellFormed = (page, svg) => page.evaluate((svg) => new DOMParser().parseFromString(svg, 'image/svg+xml').getElementsByTagName('parsererror').length === 0, svg);

test('control characters in names, typed, imported or saved, leave every export working', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  // Pasted into the fields (an input takes them from the clipboard or a script).
  const paste = async (label, text) => {
    await app.getByLabel(label).evaluate((el, text) => {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, text);
  };
  await paste(ui.session_name.nl, `Raad${CONTROLS}avond`);
  await paste(ui.new_group.nl, `voor${CONTROLS}`);
  await app.getByRole('button', { name: ui.add_group.nl }).click();
  await expect(app.locator('#omk-group option:checked')).toHaveText('voor');
  await paste(ui.new_participant.nl, `An${CONTROLS}ne`);
  await app.getByRole('button', { name: ui.add_participant.nl }).click();
  await expect(app.locator('#omk-participant option:checked')).toHaveText('Anne');
  await score(app, 0, 3);
  const exportsWork = async (why) => {
    const svg = await download(page, 'svg');
    expect(await wellFormed(page, svg.bytes.toString('utf8')), `${why}: the SVG is XML`).toBe(true);
    const png = await download(page, 'png');
    expect(png.bytes.subarray(1, 4).toString(), `${why}: a PNG`).toBe('PNG');
    await expect(app.getByText(ui.png_failed.nl)).toHaveCount(0);
    const csv = (await download(page, 'csv')).bytes.toString('utf8');
    // Tab, line feed and the CSV's own line ends (CR LF) are the only control characters.
    expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]|\r(?!\n)/.test(csv), `${why}: the CSV`).toBe(false);
  };
  await exportsWork('typed');
  // Imported from a participant's file.
  const q = (s) => `"${s.replaceAll('"', '""')}"`;
  const file = `session;date;group;participant;point;score\n${q(`Raad${CONTROLS}avond`)};2026-12-04;${q(`na${CONTROLS}`)};${q(`Bram${CONTROLS}`)};${content.points[1].id};4\n`;
  await app.locator('#omk-import').setInputFiles({ name: 'deelnemer.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await expect(app.locator('[data-report="merged"]')).toBeVisible();
  await expect(app.locator('#omk-group option', { hasText: /^na$/ })).toHaveCount(1);
  await exportsWork('imported');
  // Saved data with control characters (an older release, or edited by hand), after a reload.
  await page.evaluate((controls) => {
    const saved = JSON.parse(localStorage.getItem('omkering'));
    saved.session.groups[1].participants[0].name = `Anne${controls}`;
    saved.hidden = [];
    localStorage.setItem('omkering', JSON.stringify(saved));
  }, CONTROLS);
  await page.reload();
  await expect(explainer(page).locator('#omk-participant option', { hasText: /^Anne$/ })).toHaveCount(1);
  await exportsWork('saved');
});

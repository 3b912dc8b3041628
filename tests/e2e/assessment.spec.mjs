// The workshop self-assessment: scores by mouse and keyboard drive the radar; groups, reload,
// export and import in a fresh browser profile, merging participants' files, the chart as SVG
// and PNG, the printed handout, bad files and bad or blocked storage, and axe-core throughout.
import { test, expect } from './guard.mjs';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, content, explainer, loaded, open } from './helpers.mjs';
import { pdfPages, holds } from './pdf.mjs';
import { addGroup, addParticipant, download, fieldset, points, score, scoreAll, ui } from './scoring.mjs';

const series = (app) => app.locator('.omk-radar__series');
const mean = (app, group) => app.locator(`.omk-radar__series[data-group="${group}"] .omk-radar__mean`).getAttribute('points');

const table = (app) => app.locator('.omk-results').innerText();
const tmp = mkdtempSync(join(tmpdir(), 'omkering-'));
const save = (name, bytes) => {
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return path;
};

/// A session with two groups: "voor" (Anne 2 2 2 2 2, Bram 4 3 2 1 5) and "na" (Anne 5 4 3 4 5).
async function twoGroups(page) {
  await open(page, '/assessment');
  const app = explainer(page);
  await app.getByLabel(ui.session_name.nl).fill('Raadsavond; "zelfevaluatie"');
  await addGroup(app, 'voor');
  await addParticipant(app, 'Anne');
  await scoreAll(app, [2, 2, 2, 2, 2]);
  await addParticipant(app, 'Bram');
  await scoreAll(app, [4, 3, 2, 1, 5]);
  await addGroup(app, 'na');
  await addParticipant(app, 'Anne');
  await scoreAll(app, [5, 4, 3, 4, 5]);
  return app;
}

test('scores set by mouse and by keyboard change the radar; groups show as polygons; reload keeps them', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  await expect(app.getByText(ui.no_scores.nl)).toBeVisible();
  await expect(series(app)).toHaveCount(0);
  // By mouse.
  await score(app, 0, 3);
  await expect(series(app)).toHaveCount(1);
  const first = await mean(app, ui.default_group.nl);
  // By keyboard: Tab into the second point's options, the arrow keys choose.
  await fieldset(app, 1).getByLabel(ui.no_score.nl).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(fieldset(app, 1).getByLabel('2', { exact: true })).toBeChecked();
  await expect.poll(() => mean(app, ui.default_group.nl)).not.toBe(first);
  // Two groups, two polygons with a band each, a legend entry each.
  await addGroup(app, 'na');
  await scoreAll(app, [5, 5, 5, 5, 5]);
  await expect(series(app)).toHaveCount(2);
  await expect(app.locator('.omk-radar__band')).toHaveCount(2);
  await expect(app.locator('.omk-legend-choice input')).toHaveCount(2);
  // The table gives the same numbers in words.
  await expect(app.locator(`.omk-results tr[data-point="${points[0].id}"] td`).nth(1)).toHaveText('5,0 (van 5 tot 5, n = 1)');
  // Hiding a group takes its polygon away.
  await app.getByRole('checkbox', { name: ui.default_group.nl }).uncheck();
  await expect(series(app)).toHaveCount(1);
  await app.getByRole('checkbox', { name: ui.default_group.nl }).check();
  const before = [await mean(app, ui.default_group.nl), await mean(app, 'na')];
  await page.reload();
  await loaded(page);
  await expect(series(app)).toHaveCount(2);
  expect([await mean(app, ui.default_group.nl), await mean(app, 'na')]).toEqual(before);
  await expect(app.locator('#omk-group option:checked')).toHaveText('na');
});

/// The fields of one CSV line with `;` between them and `"` around a field that holds one.
function fields(line) {
  const out = [];
  for (let i = 0; i <= line.length; ) {
    if (line[i] === '"') {
      let value = '';
      for (i++; i < line.length; i++) {
        if (line[i] === '"' && line[i + 1] === '"') (value += '"'), i++;
        else if (line[i] === '"') break;
        else value += line[i];
      }
      out.push(value);
      i += 2;
    } else {
      const end = line.indexOf(';', i) < 0 ? line.length : line.indexOf(';', i);
      out.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return out;
}

test('the overview for Excel: headers in words, one row per participant, the points by name, the group means at the bottom', async ({ page }) => {
  const app = await twoGroups(page);
  const file = await download(page, 'excel');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(file.name).toMatch(/^zelfevaluatie-overzicht-\d{4}-\d\d-\d\d\.csv$/);
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines.at(-1), 'CRLF after the last row').toBe('');
  const rows = lines.slice(0, -1).map(fields);
  expect(rows[0]).toEqual([ui.excel_session.nl, ui.excel_date.nl, ui.excel_group.nl, ui.excel_participant.nl, ...points.map((p) => p.name.nl)]);
  const session = 'Raadsavond; "zelfevaluatie"';
  const of = (group) => rows.filter((r) => r[0] === session && r[2] === group).map((r) => r.slice(3));
  expect(of('voor')).toEqual([
    ['Anne', '2', '2', '2', '2', '2'],
    ['Bram', '4', '3', '2', '1', '5'],
    [ui.excel_mean.nl, '3,0', '2,5', '2,0', '1,5', '3,5'],
  ]);
  expect(of('na')).toEqual([
    ['Anne', '5', '4', '3', '4', '5'],
    [ui.excel_mean.nl, '5,0', '4,0', '3,0', '4,0', '5,0'],
  ]);
  // The means come after every participant's row, below an empty row.
  const firstMean = rows.findIndex((r) => r[3] === ui.excel_mean.nl);
  expect(rows[firstMean - 1]).toEqual(['']);
  expect(rows.slice(firstMean).every((r) => r[3] === ui.excel_mean.nl)).toBe(true);
});

test('CSV and JSON exports read back in a fresh browser profile exactly', async ({ page, browser }) => {
  const app = await twoGroups(page);
  const before = await table(app);
  const beforeMeans = [await mean(app, 'voor'), await mean(app, 'na')];
  const csv = await download(page, 'csv');
  const text = csv.bytes.toString('utf8');
  // Dutch Excel: UTF-8 with a byte order mark, `;` between fields, CRLF, the six columns.
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.name).toMatch(/^zelfevaluatie-\d{4}-\d\d-\d\d\.csv$/);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('session;date;group;participant;point;score');
  expect(lines).toHaveLength(1 + 15);
  expect(lines[1]).toMatch(/^"Raadsavond; ""zelfevaluatie""";\d{4}-\d\d-\d\d;voor;Anne;/);
  const json = await download(page, 'json');
  expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'omkering-zelfevaluatie', version: 1 });
  for (const file of [csv, json]) {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    await open(fresh, '/assessment');
    const other = explainer(fresh);
    await other.locator('#omk-import').setInputFiles(save(file.name, file.bytes));
    await expect(other.locator('[data-report="replaced"]')).toContainText(file.name);
    expect(await table(other)).toBe(before);
    expect([await mean(other, 'voor'), await mean(other, 'na')]).toEqual(beforeMeans);
    await expect(other.getByLabel(ui.session_name.nl)).toHaveValue('Raadsavond; "zelfevaluatie"');
    await context.close();
  }
});

test('merging two participants\u2019 files gives the right means and names duplicates', async ({ page, browser }) => {
  const files = [];
  for (const [name, values] of [['Anne', [2, 2, 2, 2, 2]], ['Bram', [4, 3, 2, 1, 5]]]) {
    const context = await browser.newContext();
    const device = await context.newPage();
    await open(device, '/assessment');
    const app = explainer(device);
    await addParticipant(app, name);
    await scoreAll(app, values);
    files.push(await download(device, 'csv'));
    await context.close();
  }
  await open(page, '/assessment');
  const app = explainer(page);
  await app.locator('#omk-import').setInputFiles(files.map((f, i) => ({ name: `deelnemer-${i}.csv`, mimeType: 'text/csv', buffer: f.bytes })));
  await expect(app.locator('[data-report]')).toContainText('deelnemer-1.csv');
  const cells = await app.locator('.omk-results tbody td').allInnerTexts();
  expect(cells.map((c) => c.split(' ')[0])).toEqual(['3,0', '2,5', '2,0', '1,5', '3,5']);
  expect(cells.every((c) => c.includes('n = 2'))).toBe(true);
  // The first file again: Anne is already there and is named, the means stay.
  await app.locator('#omk-import').setInputFiles({ name: 'weer.csv', mimeType: 'text/csv', buffer: files[0].bytes });
  await expect(app.locator('[data-report="merged"]')).toContainText(`Anne (${ui.default_group.nl})`);
  expect(await app.locator('.omk-results tbody td').allInnerTexts()).toEqual(cells);
});

test('the chart downloads as a valid SVG and as a projector-size PNG with the chart', async ({ page }) => {
  const app = await twoGroups(page);
  const svg = await download(page, 'svg');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
      means: doc.querySelectorAll('polygon[stroke-width="3"]').length,
      bands: doc.querySelectorAll('path[fill-rule="evenodd"]').length,
      text: doc.documentElement.textContent,
    };
  }, svg.bytes.toString('utf8'));
  expect(parsed.error).toBeNull();
  expect(parsed).toMatchObject({ root: 'svg', size: ['1920', '1080'], means: 2, bands: 2 });
  expect(parsed.text).toContain('voor');
  expect(parsed.text).toContain('Raadsavond; "zelfevaluatie"');
  const png = await download(page, 'png');
  expect(png.name).toMatch(/\.png$/);
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
  // Drawn in the page: the groups' colours are in the picture (the chart's grey and black are
  // not), on a white ground.
  const pixels = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let coloured = 0;
    let white = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
      if (r === 255 && g === 255 && b === 255) white++;
    }
    return { coloured, white, all: data.length / 4 };
  }, png.bytes.toString('base64'));
  expect(pixels.coloured).toBeGreaterThan(2000);
  expect(pixels.white).toBeGreaterThan(pixels.all / 2);
  await expect(app.locator('.omk-notice', { hasText: ui.png_failed.nl })).toHaveCount(0);
});

test('the handout prints the title, date, chart and table on A4 without the controls', async ({ page }) => {
  const app = await twoGroups(page);
  await page.emulateMedia({ media: 'print' });
  await expect(app.locator('div.omk-print-only')).toBeVisible();
  await expect(app.locator('div.omk-print-only')).toContainText('Raadsavond');
  await expect(app.locator('.omk-radar svg')).toBeVisible();
  await expect(app.locator('.omk-results')).toBeVisible();
  for (const hidden of ['.omk-assessment__session', '.omk-assessment__scores', '.omk-assessment__files', '.omk-nav', '.omk-legend-choice']) {
    await expect(app.locator(hidden)).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // One page: the page tree counts one kid.
  expect(pdf.toString('latin1').match(/\/Type \/Pages\s*\/Count (\d+)/)?.[1]).toBe('1');
  // On the paper: the groups' legend (the PNG has one too), and none of the controls.
  const [sheet] = await pdfPages(pdf);
  await expect(app.locator('.omk-radar__key')).toBeVisible();
  for (const group of ['voor', 'na']) expect(sheet.runs.some((r) => r.str.trim() === group), `the legend names ${group}`).toBe(true);
  for (const control of [ui.export_csv.nl, ui.add_group.nl, ui.print.nl, ui.show_heading.nl, content.ui.present_button.nl, content.ui.skip_link.nl]) {
    expect(holds(sheet.text, control), `no "${control}" on paper`).toBe(false);
  }
});

test('the results table prints no row lit: on paper every cell has the same background', async ({ page }) => {
  const app = await twoGroups(page);
  const backgrounds = () => app.locator('.omk-results :is(th, td)').evaluateAll((cells) => [...new Set(cells.map((el) => getComputedStyle(el).backgroundColor))]);
  // On screen the header row is shaded, and the row and column under the pointer light up.
  await app.locator('.omk-results tbody td').first().hover();
  expect((await backgrounds()).length, 'on screen').toBeGreaterThan(1);
  await page.emulateMedia({ media: 'print' });
  await app.locator('.omk-results tbody td').first().hover();
  expect(await backgrounds(), 'on paper').toHaveLength(1);
});

test('a bad file is named with its line and changes nothing', async ({ page }) => {
  const app = await twoGroups(page);
  const before = await table(app);
  const bad = `\ufeffsession;date;group;participant;point;score\r\nS;2026-11-24;A;Anne;${points[0].id};3\r\nS;2026-11-24;A;Anne;${points[1].id};6\r\n`;
  await app.locator('#omk-import').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  const report = app.locator('[data-report="refused"]');
  await expect(report).toContainText('fout.csv');
  await expect(report).toContainText('Regel 3');
  await expect(report).toContainText("'6'");
  expect(await table(app)).toBe(before);
  // Wrong encoding and an empty file are named too.
  await app.locator('#omk-import').setInputFiles({ name: 'utf16.csv', mimeType: 'text/csv', buffer: Buffer.from('\ufeffsession', 'utf16le') });
  await expect(app.locator('[data-report="refused"]')).toContainText('UTF-16');
  await app.locator('#omk-import').setInputFiles({ name: 'leeg.json', mimeType: 'application/json', buffer: Buffer.from('') });
  await expect(app.locator('[data-report="refused"]')).toContainText(content.ui.assessment_view.problems.empty.nl);
  expect(await table(app)).toBe(before);
});

test('reset, replace and remove wait for a yes; the no keeps everything', async ({ page }) => {
  const app = await twoGroups(page);
  const before = await table(app);
  await app.getByRole('button', { name: ui.reset.nl }).click();
  const dialog = app.getByRole('alertdialog');
  await expect(dialog).toContainText(ui.confirm_reset.nl);
  // The focus is on the no; Enter keeps the session, the focus returns to the button.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(app.getByRole('button', { name: ui.reset.nl })).toBeFocused();
  expect(await table(app)).toBe(before);
  // Replacing by a file asks first.
  const json = await download(page, 'json');
  await app.getByLabel(ui.import_replace.nl).check();
  await app.locator('#omk-import').setInputFiles({ name: 'ander.json', mimeType: 'application/json', buffer: json.bytes });
  await expect(dialog).toContainText('ander.json');
  await dialog.getByRole('button', { name: ui.confirm_no.nl }).click();
  expect(await table(app)).toBe(before);
  // Removing a participant asks first, and the yes removes.
  await app.getByRole('button', { name: ui.remove_participant.nl }).click();
  await dialog.getByRole('button', { name: ui.confirm_yes.nl }).click();
  await expect(app.locator('.omk-results th', { hasText: /^na$/ })).toHaveCount(0);
  await app.getByRole('button', { name: ui.reset.nl }).click();
  await dialog.getByRole('button', { name: ui.confirm_yes.nl }).click();
  await expect(app.locator('[data-report="reset"]')).toBeVisible();
  await expect(series(app)).toHaveCount(0);
});

test('blocked storage: the assessment works for the visit and says it will not be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await open(page, '/assessment');
  const app = explainer(page);
  await expect(app.locator('[data-saving="unavailable"]')).toHaveText(ui.unavailable.nl);
  await scoreAll(app, [4, 4]);
  await expect(series(app)).toHaveCount(1);
  // Another view and back: the scores of the visit are still there.
  await app.getByRole('link', { name: content.ui.development.title.nl }).first().click();
  await loaded(page);
  await app.getByRole('link', { name: content.ui.development_view.to_assessment.nl }).click();
  await loaded(page);
  await expect(fieldset(app, 1).getByLabel('4', { exact: true })).toBeChecked();
  expect(await axeViolations(page)).toEqual([]);
});

test('absent storage (no localStorage at all): the explainer works and says the scores will not be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { value: undefined });
  });
  await open(page, '/assessment');
  const app = explainer(page);
  await expect(app.locator('[data-saving="unavailable"]')).toHaveText(ui.unavailable.nl);
  await scoreAll(app, [3, 5]);
  await expect(series(app)).toHaveCount(1);
  await app.getByRole('link', { name: content.ui.development.title.nl }).first().click();
  await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
});

test('saved data of a newer version is named and kept: scoring does not overwrite it', async ({ page }) => {
  await page.goto('/');
  const newer = JSON.stringify({ format: 'omkering-opslag', version: 3, session: { name: 'later', groups: [] }, extra: true });
  await page.evaluate((v) => localStorage.setItem('omkering', v), newer);
  await open(page, '/assessment');
  const app = explainer(page);
  await expect(app.locator('[data-saving="held"]')).toContainText(ui.problems.version.nl.replace('{value}', '3'));
  await scoreAll(app, [1, 2, 3]);
  await expect(series(app)).toHaveCount(1);
  await page.reload();
  await loaded(page);
  expect(await page.evaluate(() => localStorage.getItem('omkering'))).toBe(newer);
});

test('a full storage says the scores were not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await open(page, '/assessment');
  const app = explainer(page);
  await expect(app.locator('[data-saving="on"]')).toBeVisible();
  await score(app, 0, 2);
  await expect(app.locator('[data-saving="failed"]')).toHaveText(ui.failed.nl);
  await expect(series(app)).toHaveCount(1);
});

test('unreadable or older saved data is named and kept until the visitor confirms', async ({ page }) => {
  await page.goto('/');
  const old = JSON.stringify({ format: 'omkering-opslag', version: 0, session: {} });
  await page.evaluate((v) => localStorage.setItem('omkering', v), old);
  await open(page, '/assessment');
  const app = explainer(page);
  const held = app.locator('[data-saving="held"]');
  await expect(held).toContainText(ui.problems.version.nl.replace('{value}', '0'));
  await score(app, 0, 5);
  await expect(series(app)).toHaveCount(1);
  expect(await page.evaluate(() => localStorage.getItem('omkering'))).toBe(old);
  // The old data can be downloaded as it is.
  const [file] = await Promise.all([page.waitForEvent('download'), held.getByRole('button', { name: ui.download_held.nl }).click()]);
  expect(readFileSync(await file.path(), 'utf8')).toBe(old);
  await held.getByRole('button', { name: ui.discard.nl }).click();
  await app.getByRole('alertdialog').getByRole('button', { name: ui.confirm_yes.nl }).click();
  await expect(app.locator('[data-saving="on"]')).toBeVisible();
  await score(app, 1, 4);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('omkering')))).toMatchObject({ format: 'omkering-opslag', version: 2 });
  // Broken JSON too.
  await page.evaluate(() => localStorage.setItem('omkering', '{"format": "omkering-opslag", "vers'));
  await page.reload();
  await loaded(page);
  await expect(held).toContainText(ui.problems.at_line.nl.split(' ')[0]);
});

test('each development point opens its panel by click, by Enter and by deep link', async ({ page }) => {
  await open(page, '/development');
  const app = explainer(page);
  const dev = content.ui.development_view;
  await expect(app.locator('.omk-ring__theme[data-point]')).toHaveCount(points.length);
  // Each point's name stands in its box (wrapped over lines).
  for (const p of points) {
    const words = await app.locator(`.omk-ring__theme[data-point="${p.id}"] text`).allTextContents();
    expect(words.join(' ')).toBe(p.name.nl);
  }
  await app.locator(`[data-point="${points[0].id}"]`).first().click();
  await expect(app.locator('#omk-point-title')).toHaveText(points[0].name.nl);
  await expect(app.locator('.omk-point')).toContainText(points[0].reading.nl);
  // The marks, not the legend that explains them.
  await expect(app.locator('.omk-point :not(.omk-reading-legend) > .omk-reading')).toHaveCount(2);
  await app.locator(`.omk-ring__theme[data-point="${points[2].id}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(app.locator('#omk-point-title')).toHaveText(points[2].name.nl);
  await open(page, `/development/${points[4].id}?lang=en`);
  await expect(app.locator('#omk-point-title')).toHaveText(points[4].name.en);
  await expect(app.locator('.omk-point')).toContainText(points[4].high.en);
  await expect(app.getByText(dev.says_heading.en)).toBeVisible();
});

for (const lang of ['nl', 'en']) {
  for (const width of [390, 1280]) {
    test(`axe-core finds nothing on the assessment in use (${lang}, ${width} px)`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const app = await twoGroups(page);
      if (lang === 'en') await app.getByRole('button', { name: 'English' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await app.locator('#omk-import').setInputFiles({ name: 'fout.csv', mimeType: 'text/csv', buffer: Buffer.from('x') });
      await app.locator('[data-reset]').click();
      await expect(app.getByRole('alertdialog')).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the group grid: participants as rows, the points as columns, scores typed in a row or clicked, one tab stop', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  await addGroup(app, 'tafel');
  await addParticipant(app, 'Anne');
  await addParticipant(app, 'Bram');
  const grid = app.getByRole('grid', { name: ui.grid_heading.nl.replace('{group}', 'tafel') });
  await expect(grid).toBeVisible();
  await expect(grid.locator('tbody tr')).toHaveCount(2);
  await expect(grid.locator('thead th')).toHaveCount(1 + points.length);
  for (const [i, p] of points.entries()) await expect(grid.locator('thead th').nth(i + 1)).toContainText(p.name.nl);
  const cell = (row, col) => grid.locator(`[data-cell="${row}-${col}"]`);
  const row = async (r) => Promise.all(points.map((_, c) => cell(r, c).innerText()));
  // Typed: a click on the first cell, then "43215" fills Anne's row and moves on to Bram's.
  await cell(0, 0).click();
  await page.keyboard.type('43215');
  expect(await row(0)).toEqual(['4', '3', '2', '1', '5']);
  await expect(cell(1, 0)).toBeFocused();
  await page.keyboard.press('2');
  await expect(cell(1, 0)).toHaveText('2');
  await expect(cell(1, 1)).toBeFocused();
  // The arrows move; 0 takes a score away; the form below follows the participant scored last.
  await page.keyboard.press('ArrowUp');
  await expect(cell(0, 1)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cell(0, 0)).toBeFocused();
  await page.keyboard.press('0');
  await expect(cell(0, 0)).not.toHaveText(/\d/);
  await expect(app.locator('#omk-participant option:checked')).toHaveText('Anne');
  await expect(fieldset(app, 1).getByLabel('3', { exact: true })).toBeChecked();
  // Clicked: a cell, then a score button below the grid, which scores it and moves on.
  await cell(1, 1).click();
  await expect(app.locator('#omk-grid-bar')).toContainText('Bram');
  await app.locator('[data-grid-score="5"]').click();
  await expect(cell(1, 1)).toHaveText('5');
  await expect(cell(1, 2)).toHaveClass(/omk-grid__cell--chosen/);
  await app.locator('[data-grid-score="3"]').click();
  await expect(cell(1, 2)).toHaveText('3');
  // The chart has the group.
  await expect(app.locator('.omk-radar__series[data-group="tafel"]')).toHaveCount(1);
  // One tab stop: Tab from a cell leaves the grid.
  await cell(1, 3).click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.activeElement?.getAttribute('role'))).not.toBe('gridcell');
  await expect(grid.locator('[tabindex="0"]')).toHaveCount(1);
  expect(await axeViolations(page), 'with the grid').toEqual([]);
  // On a phone the grid gives way to the one-participant form.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(grid).toBeHidden();
  await expect(fieldset(app, 0)).toBeVisible();
});

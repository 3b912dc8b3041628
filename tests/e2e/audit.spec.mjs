// Issue 30, the smaller findings of the WCAG-EM audit, each as a lasting check: status regions on
// the page from the start and without buttons (4.1.3), the standalone page's title and language
// (2.4.2, 3.1.1), a name that was there already said by its field (3.3.1), file problems in the
// visitor's language and other-language labels marked (3.1.2), the play button's one state and
// the search's groups (4.1.2, 1.3.1), the timeline's headings (1.3.1), the omkering slide's steps
// and its arrows in its name (1.1.1), and the presentation's first and last slide and new window.
import { test, expect } from './guard.mjs';
import { content, explainer, open, modeOf, defaultMode } from './helpers.mjs';
import { addGroup, ui } from './scoring.mjs';

const status = (page, name) => explainer(page).locator(`[role="status"][data-status="${name}"]`);

/// Marks the status regions that are on the page now, to check later that the words went into
/// one that was there before them.
const markRegions = (page) => page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.querySelectorAll('[role="status"]').forEach((el) => (el.dataset.early = '1')));

test('status regions are on the page from the start, hold no buttons, and get the words when something changes', async ({ page }) => {
  await open(page, '/assessment');
  await expect(status(page, 'assessment')).toHaveCount(1);
  await expect(status(page, 'assessment')).toHaveText('');
  await markRegions(page);
  await explainer(page).locator('#omk-import').setInputFiles({ name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(explainer(page).locator('[role="status"][data-early="1"][data-status="assessment"]')).toContainText('leeg.csv');
  await expect(explainer(page).locator('[role="status"] button, [role="status"] a')).toHaveCount(0);

  await open(page, '/omkering');
  await expect(status(page, 'detail')).toHaveText('');
  await markRegions(page);
  await explainer(page).locator('[data-actor="rijk"]').first().click();
  const rijk = content.actors.find((a) => a.id === 'rijk').name.nl;
  await expect(explainer(page).locator('[data-early="1"][data-status="detail"]')).toContainText(rijk);

  await open(page, '/map');
  await expect(status(page, 'cell')).toHaveText('');
  await markRegions(page);
  await explainer(page).locator('a.omk-matrix__cell').first().click();
  await expect(explainer(page).locator('[data-early="1"][data-status="cell"]')).not.toHaveText('');

  await open(page, '/present/2');
  await expect(status(page, 'present')).toHaveText('');
  await markRegions(page);
  await explainer(page).locator('.omk-show').focus();
  await page.keyboard.press('b');
  await expect(explainer(page).locator('[data-early="1"][data-status="present"]')).toHaveText(content.ui.present_view.black.nl);
  await expect(explainer(page).locator('[role="status"] button')).toHaveCount(0);
});

test("the standalone page's title names the chosen item (issue 28): a theme, a point, a step, in both languages", async ({ page }) => {
  const app = content.ui.app_title;
  const theme = content.themes[0];
  await open(page, `/themes/${theme.id}`);
  await expect(page).toHaveTitle(`${theme.name.nl} · ${app.nl}`);
  await open(page, `/themes/${theme.id}?lang=en`);
  await expect(page).toHaveTitle(`${theme.name.en} · ${app.en}`);
  const point = content.points.at(-1);
  await open(page, `/development/${point.id}`);
  await expect(page).toHaveTitle(`${point.name.nl} · ${app.nl}`);
  const mode = content.modes.find((m) => m.id === content.defaultMode);
  await open(page, '/omkering/stap/2');
  await expect(page).toHaveTitle(`${mode.step[1].title.nl} · ${app.nl}`);
  // The actor chosen on the diagram names the page, and a view without an item its own name.
  const actor = content.actors.find((a) => a.id === 'gemeenten');
  await open(page, '/omkering/stap/2/actor/gemeenten');
  await expect(page).toHaveTitle(`${actor.name.nl} · ${app.nl}`);
  await open(page, '/themes');
  await expect(page).toHaveTitle(`${content.ui.themes.title.nl} · ${app.nl}`);
});

test("the standalone page's title names the view and its lang follows the language; an embed leaves its host's alone", async ({ page }) => {
  await open(page, '/context');
  await expect(page).toHaveTitle(`${content.ui.context.title.nl} · ${content.ui.app_title.nl}`);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
  await explainer(page).locator('.omk-lang button').click();
  await expect(page).toHaveTitle(`${content.ui.context.title.en} · ${content.ui.app_title.en}`);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.goto('/__test/ten.html');
  const title = await page.title();
  await page.evaluate(() => {
    const el = document.createElement('omkering-explainer');
    el.setAttribute('view', '/themes');
    el.setAttribute('lang', 'en');
    document.querySelector('main').append(el);
  });
  await expect(explainer(page).locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  expect(await page.title()).toBe(title);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
});

test('a group or participant that was there already is said by its field', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  await addGroup(app, 'voor');
  await addGroup(app, 'na');
  await app.getByLabel(ui.new_group.nl).fill('voor');
  await app.getByRole('button', { name: ui.add_group.nl }).click();
  await expect(app.locator('#omk-group option:checked')).toHaveText('voor');
  const field = app.locator('#omk-new-group');
  const note = app.locator(`#${await field.getAttribute('aria-describedby')}`);
  await expect(note).toHaveText(ui.group_exists.nl.replace('{name}', 'voor'));
  await expect(status(page, 'assessment')).toHaveText(ui.group_exists.nl.replace('{name}', 'voor'));
});

test('a broken session file is named in the visitor\'s language, and other-language labels are marked', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  for (const [name, text] of [['geen.json', '{ dit is geen json'], ['half.json', '{"format": "omkering-zelfevaluatie", "version": 1, "session": {'], ['vreemd.json', '{"format": "omkering-zelfevaluatie", "version": 1, "sessie": {}}']]) {
    await app.locator('#omk-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const report = app.locator('[data-report="refused"]');
    await expect(report).toContainText(name);
    const words = await report.textContent();
    expect(words, name).not.toMatch(/expected|EOF|column|unknown field|missing field|at line|key must be/i);
    await report.locator('button').click();
  }
  // A search hit in the other language: the label that says so is in the interface's language.
  await open(page, '/search?q=municipalities');
  const label = app.locator('.omk-search__lang').first();
  await expect(label).toHaveText(content.ui.search_box.other_lang.nl);
  await expect(label).toHaveAttribute('lang', 'nl');
});

test('the play button has one way of saying its state, and the search groups are labelled from outside', async ({ page }) => {
  await open(page, '/omkering');
  const play = explainer(page).locator('[data-step-control="play"]');
  await expect(play).not.toHaveAttribute('aria-pressed');
  await play.click();
  await expect(play).toHaveText(content.ui.diagram.pause.nl);
  await expect(play).not.toHaveAttribute('aria-pressed');
  await open(page, '/search?q=gemeenten');
  const groups = await explainer(page).locator('[role="listbox"] [role="group"]').evaluateAll((gs) =>
    gs.map((g) => {
      const label = g.getRootNode().getElementById(g.getAttribute('aria-labelledby'));
      return { label: label?.textContent ?? null, inside: label ? g.contains(label) : null, children: [...g.children].every((c) => c.getAttribute('role') === 'option') };
    }),
  );
  expect(groups.length).toBeGreaterThan(1);
  for (const g of groups) expect(g).toEqual({ label: expect.any(String), inside: false, children: true });
});

test('the timeline\'s documents and events are headings', async ({ page }) => {
  await open(page, '/timeline');
  // On the line: the texts that date themselves and every date; apart: the other texts.
  const app = explainer(page);
  await expect(app.locator('[data-lane="dated"] > .omk-timeline__item').getByRole('heading')).toHaveCount(content.documents.filter((d) => d.date).length + content.events.length);
  await expect(app.locator('[data-lane="undated"] > [data-doc]').getByRole('heading')).toHaveCount(content.documents.filter((d) => !d.date).length);
});

test('the omkering slide names its step and its arrows in words; the first and last slide say where they are', async ({ page }) => {
  const index = content.tour.slide.findIndex((s) => s.kind === 'omkering');
  const mode = modeOf(content.tour.slide[index].item ?? defaultMode());
  await open(page, `/present/${index + 1}/2`);
  const app = explainer(page);
  await expect(app.locator('.omk-slide__diagram svg')).toHaveAttribute('aria-label', new RegExp(mode.step[1].title.nl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  for (const f of mode.step[1].flows) await expect(app.locator('.omk-slide__diagram svg')).toHaveAttribute('aria-label', new RegExp(f.label.nl));
  await open(page, '/present/1');
  await expect(app.getByRole('button', { name: content.ui.present_view.prev.nl })).toHaveAttribute('aria-disabled', 'true');
  await expect(app.getByRole('button', { name: content.ui.present_view.next.nl, exact: true })).toHaveAttribute('aria-disabled', 'false');
  await open(page, `/present/${content.tour.slide.length}`);
  await expect(app.getByRole('button', { name: content.ui.present_view.next.nl, exact: true })).toHaveAttribute('aria-disabled', 'true');
  await app.getByRole('button', { name: content.ui.present_view.settings.nl }).click();
  await expect(app.getByRole('button', { name: content.ui.present_view.presenter.nl })).toContainText(/venster/);
});

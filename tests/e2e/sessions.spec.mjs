// Sessions of every length (issue 27): the chooser (the content's sessions with their totals,
// slides moved, removed and added with the total kept up to date), the session in the link
// (surviving F5, opened the same in the presenter window, which takes it on from the
// presentation's messages), a link with unknown slides, and axe on the chooser in both languages.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, LANGS, fill, routeOf as hash } from './helpers.mjs';

const t = content.ui.session_view;
const p = content.ui.present_view;
const minutesOf = (slides) => slides.reduce((sum, s) => sum + s.minutes, 0);
const ids = (app, list) => app.locator(`[data-session="${list}"] > li`).evaluateAll((lis) => lis.map((li) => li.dataset.slide ?? li.dataset.add));

test('choosing a session: the totals while choosing, moves that keep the focus on the slide, and the session in the link over F5', async ({ page }) => {
  await open(page, '/session');
  const app = explainer(page);
  const standard = content.tour.slide;
  const total = app.locator('[data-session="total"]');
  await expect(app.locator('#omk-session-standaard')).toBeChecked();
  await expect(total).toHaveText(fill(t.total.nl, { min: minutesOf(standard), n: standard.length }));
  expect(await ids(app, 'chosen')).toEqual(standard.map((s) => s.id));
  // Every slide of the file can be added.
  expect(await ids(app, 'add')).toEqual(content.tour.all.map((s) => s.id));

  // The short session: its slides, its total, its name in the link.
  await app.locator('label[for="omk-session-kort"]').click();
  const short = content.tour.sessionSlides('kort');
  await expect(total).toHaveText(fill(t.total.nl, { min: minutesOf(short), n: short.length }));
  expect(minutesOf(short)).toBe(20);
  await expect.poll(() => hash(page)).toBe('/session?sessie=kort');
  expect(await ids(app, 'chosen')).toEqual(short.map((s) => s.id));

  // By hand: the title slide one down; the focus follows it to its new row.
  const row = (i) => app.locator(`[data-session="chosen"] > li[data-row="${i}"]`);
  await row(0).locator('[data-move="down"]').click();
  const moved = [short[1], short[0], ...short.slice(2)];
  await expect.poll(() => ids(app, 'chosen')).toEqual(moved.map((s) => s.id));
  await expect(row(1).locator('[data-move="down"]')).toBeFocused();
  await expect(app.locator('[data-session="own"]')).toHaveText(t.own_choice.nl);
  await expect(app.locator('input[name="omk-session"]:checked')).toHaveCount(0);
  // Remove the title slide again; add the G40's list at the end: the total follows each change.
  await row(1).locator('[data-move="remove"]').click();
  const g40 = content.tour.all.find((s) => s.id === 'dia-g40');
  await app.locator('[data-add="dia-g40"] button').click();
  const chosen = [moved[0], ...moved.slice(2), g40];
  await expect.poll(() => ids(app, 'chosen')).toEqual(chosen.map((s) => s.id));
  await expect(total).toHaveText(fill(t.total.nl, { min: minutesOf(chosen), n: chosen.length }));
  const link = `dias=${chosen.map((s) => s.id).join(',')}`;
  await expect.poll(() => hash(page)).toBe(`/session?${link}`);
  // The link to share holds the presentation of this session.
  expect(await app.locator('#omk-session-link').inputValue()).toMatch(new RegExp(`^http://[^#]+#/present/1\\?${link}$`));

  // F5 keeps the choice.
  await page.reload();
  await expect(explainer(page).locator('[data-session="total"]')).toHaveText(fill(t.total.nl, { min: minutesOf(chosen), n: chosen.length }));
  expect(await ids(explainer(page), 'chosen')).toEqual(chosen.map((s) => s.id));

  // Start: the presentation of these slides, over F5 too.
  await explainer(page).getByRole('link', { name: t.start.nl }).click();
  const counter = explainer(page).locator('.omk-show__counter');
  await expect(counter).toContainText(fill(p.counter.nl, { n: 1, total: chosen.length }));
  await expect.poll(() => hash(page)).toBe(`/present/1?${link}`);
  await page.keyboard.press('End');
  await expect(counter).toContainText(fill(p.counter.nl, { n: chosen.length, total: chosen.length }));
  // The address follows one frame after the slide (web/hash.rs); F5 after that keeps the slide.
  await expect.poll(() => hash(page)).toBe(`/present/${chosen.length}?${link}`);
  await page.reload();
  await expect(explainer(page).locator('.omk-show__counter')).toContainText(fill(p.counter.nl, { n: chosen.length, total: chosen.length }));
});

test('the presenter window opened without the session takes it on from the presentation, and they move together', async ({ page, context }) => {
  const slides = content.tour.sessionSlides('lang');
  await open(page, `/present/3?sessie=lang`);
  const presenter = await context.newPage();
  await open(presenter, '/presenter/1');
  // The presentation answers the new window's hello with its session and slide.
  await expect.poll(() => hash(presenter)).toBe('/presenter/3?sessie=lang');
  const now = explainer(presenter).locator('#omk-presenter-now');
  await expect(now).toContainText(fill(p.counter.nl, { n: 3, total: slides.length }));
  await presenter.keyboard.press('End');
  await expect.poll(() => hash(page)).toBe(`/present/${slides.length}?sessie=lang`);
  // A background slide of the long session: the presenter's notes are that slide's.
  const finance = slides.findIndex((s) => s.id === 'dia-financien');
  await page.bringToFront();
  await page.keyboard.type(String(finance + 1));
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(presenter)).toBe(`/presenter/${finance + 1}?sessie=lang`);
  await expect(explainer(presenter).locator('.omk-presenter__say')).toContainText(slides[finance].say.nl);
});

test('a session link with unknown slides opens the known ones with a notice; one with none left opens the standard session', async ({ page }) => {
  await open(page, '/present/2?dias=dia-titel,dia-nergens,dia-slot');
  const app = explainer(page);
  await expect(app.locator('.omk-notice')).toBeVisible();
  await expect(app.locator('.omk-show__counter')).toContainText(fill(p.counter.nl, { n: 2, total: 2 }));
  await expect.poll(() => hash(page)).toBe('/present/2?dias=dia-titel,dia-slot');
  await open(page, '/session?dias=dia-x,dia-y');
  await expect(explainer(page).locator('.omk-notice')).toBeVisible();
  await expect(explainer(page).locator('#omk-session-standaard')).toBeChecked();
});

for (const lang of LANGS) {
  test(`axe: the chooser has no violations (${lang})`, async ({ page }) => {
    await open(page, `/session?dias=dia-omkering,dia-titel${lang === 'en' ? '&lang=en' : ''}`);
    await expect(explainer(page).locator('[data-session="own"]')).toHaveText(t.own_choice[lang]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

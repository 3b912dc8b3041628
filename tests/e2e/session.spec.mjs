// The facilitator's session (issue 26): notes that help in the presenter view, the plan with
// times (presenter view and control bar) kept over a reload, the control bar that keeps out of
// the projected image, who scores what on the self-assessment, anonymous participants and wiping
// the device; axe on the presenter view and the assessment in both languages.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, LANGS, loaded, fill } from './helpers.mjs';
import { readMarked } from './content.mjs';
import { scoreAll } from './scoring.mjs';

const slides = content.tour.slide;
const t = content.ui.present_view;
const a = content.ui.assessment_view;
const index = (kind, item) => slides.findIndex((s) => s.kind === kind && (item === undefined || s.item === item));
const minutes = slides.map((s) => s.minutes);
const total = minutes.reduce((x, y) => x + y, 0);
/// The storage's text with the session clock started `ago` milliseconds before now.
const clockAt = (page, ago) =>
  page.evaluate((ago) => {
    const kept = JSON.parse(localStorage.getItem('omkering') ?? 'null') ?? { format: 'omkering-opslag', version: 2, session: { name: '', date: '', groups: [] }, group: 0, participant: 0, hidden: [] };
    localStorage.setItem('omkering', JSON.stringify({ ...kept, clock: Date.now() - ago }));
  }, ago);
/// The glossary ids a marked text names (`[[words]]` by a form, `[[words|slug]]` by its slug).
const termsOf = (text) =>
  [...text.matchAll(/\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g)].map(([, words, slug]) =>
    slug ? `begrip-${slug}` : content.glossary.find((g) => g.forms.nl.some((f) => f.toLowerCase() === words.toLowerCase()))?.id);
const marked = ((f) => f.session[0].slides.map((id) => f.slide.find((s) => s.id === id)))(readMarked('tour.toml'));
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('omkering') ?? 'null'));

test('the presenter view gives what to say, questions (critical ones said so) and background from the content', async ({ page }) => {
  const theme = content.themes[0];
  const i = index('theme', theme.id);
  await open(page, `/presenter/${i + 1}`);
  const p = explainer(page).locator('.omk-presenter');
  await expect(p.locator('.omk-presenter__say')).toContainText(slides[i].say.nl);
  if (slides[i].basis === 'reading') await expect(p.locator('.omk-presenter__say .omk-reading')).toHaveText(content.ui.reading_badge.nl);
  const questions = p.locator('.omk-presenter__questions li');
  await expect(questions).toHaveCount(slides[i].question.length);
  for (const [k, q] of slides[i].question.entries()) {
    await expect(questions.nth(k)).toContainText(q.text.nl);
    await expect(questions.nth(k).locator('.omk-presenter__critical')).toHaveCount(q.critical ? 1 : 0);
  }
  // The topics the other texts link to the theme, from relations.toml, as our reading.
  const linked = content.relations.filter((r) => r.theme === theme.id).map((r) => r.topic);
  const names = content.lists.flatMap((l) => l.topic).filter((x) => linked.includes(x.id)).map((x) => x.name.nl);
  expect(names.length).toBeGreaterThan(0);
  const topics = p.locator('.omk-presenter__topics li');
  await expect(topics).toHaveCount(names.length);
  expect((await topics.allTextContents()).sort()).toEqual([...names].sort());
  await expect(p.locator('h4', { hasText: t.linked_heading.nl }).locator('.omk-reading')).toBeVisible();
  for (const u of content.unlinked.filter((x) => x.theme === theme.id)) await expect(p).toContainText(u.note.nl);
  // Every term the slide's notes mark, with the glossary's explanation and its mark.
  const ids = [...new Set([marked[i].say, ...marked[i].question.map((q) => q.text)].flatMap((x) => termsOf(x.nl)))];
  expect(ids.length).toBeGreaterThan(0);
  expect(ids).not.toContain(undefined);
  const terms = p.locator('.omk-presenter__terms');
  for (const id of ids) {
    const term = content.glossary.find((g) => g.id === id);
    await expect(terms.locator('dt', { hasText: term.term.nl }).first()).toBeVisible();
    await expect(terms).toContainText(term.explanation.nl);
  }
  if (content.glossary.some((g) => ids.includes(g.id) && g.basis === 'general')) {
    await expect(terms.locator('[data-mark="general"]').first()).toBeVisible();
  }
  // The themes slide names what belongs to no theme, among it a topic of the resolution.
  await open(page, `/presenter/${index('themes') + 1}`);
  await expect(p.locator('h4', { hasText: t.outside_heading.nl })).toBeVisible();
  const resolution = content.lists.find((l) => l.id === 'resolutie-onderwerpen').topic.filter((x) => !content.relations.some((r) => r.topic === x.id));
  await expect(p.locator('.omk-presenter__topics')).toContainText(resolution[0].name.nl);
});

for (const lang of LANGS) {
  test(`axe: the presenter view of a theme and of the themes, and the presentation's bar, in ${lang}`, async ({ page }) => {
    const q = lang === 'en' ? '?lang=en' : '';
    for (const i of [index('theme'), index('themes'), index('assessment')]) {
      await open(page, `/presenter/${i + 1}${q}`);
      await expect(explainer(page).locator('.omk-presenter__say')).toContainText(slides[i].say[lang]);
      expect(await axeViolations(page), `presenter ${i + 1}`).toEqual([]);
    }
    await open(page, `/present/${index('assessment') + 1}${q}`);
    await expect(explainer(page).locator('[data-assessment="who"]')).toHaveText(fill(a.who_slide[lang], { minutes: minutes[index('assessment')] }));
    await expect(explainer(page).locator('.omk-show__timing')).toBeVisible();
    expect(await axeViolations(page), 'assessment slide').toEqual([]);
  });
}

test('the plan: planned time, time left and pace in the presenter view and the bar, kept over a reload of either window', async ({ page, context }) => {
  await page.goto('/');
  // A session that started five minutes ago, now at the first slide (planned 0 to its minutes).
  await clockAt(page, 5 * 60_000 + 10_000);
  await open(page, '/present/1');
  const bar = explainer(page).locator('.omk-show__timing');
  const behind = 5 - minutes[0];
  await expect(bar).toContainText(fill(t.bar_planned.nl, { min: minutes[0] }));
  await expect(bar).toContainText(fill(t.bar_left.nl, { min: total - 5 }));
  await expect(bar.locator('[data-timing="pace"]')).toHaveText(fill(t.bar_behind.nl, { min: behind }));
  const started = (await stored(page)).clock;
  await page.reload();
  await loaded(page);
  await expect(bar.locator('[data-timing="pace"]')).toHaveText(fill(t.bar_behind.nl, { min: behind }));
  expect((await stored(page)).clock, 'F5 keeps the start').toBe(started);
  // The presenter window counts from the same start, also after its own reload; further on in
  // the tour (a number typed there moves both windows) the session runs ahead.
  const presenter = await context.newPage();
  await presenter.goto('/#/presenter/1');
  const p = explainer(presenter).locator('.omk-presenter');
  await expect(p.locator('.omk-presenter__elapsed')).toHaveText(/^5:1\d$/);
  await expect(p.locator('[data-timing="planned"]')).toHaveText(`${minutes[0]}:00`);
  await expect(p.locator('[data-timing="pace"]')).toHaveText(new RegExp(`^${fill(t.behind.nl, { time: `${behind}:1\\d` })}$`));
  await expect(p).toContainText(t.clock_kept.nl);
  const later = index('development');
  await presenter.keyboard.type(String(later + 1));
  await presenter.keyboard.press('Enter');
  await expect(p.locator('[data-timing="planned"]')).toHaveText(`${minutes[later]}:00`);
  const ahead = minutes.slice(0, later).reduce((x, y) => x + y, 0) - 5;
  await expect(p.locator('[data-timing="pace"]')).toHaveText(new RegExp(`^${fill(t.ahead.nl, { time: `${ahead - 1}:\\d\\d` })}$`));
  await expect(p.locator('[data-timing="left"]')).toHaveText(new RegExp(`^${total - 6}:\\d\\d$`));
  await expect(bar.locator('[data-timing="pace"]')).toHaveText(fill(t.bar_ahead.nl, { min: ahead }));
  await presenter.reload();
  await loaded(presenter);
  await expect(p.locator('.omk-presenter__elapsed')).toHaveText(/^5:1\d$/);
  // Restarting in the presenter window restarts the room's bar too.
  await p.getByRole('button', { name: t.restart_timer.nl }).click();
  await expect(p.locator('.omk-presenter__elapsed')).toHaveText(/^0:0\d$/);
  await expect(bar.locator('[data-timing="pace"]')).toHaveText(fill(t.bar_ahead.nl, { min: ahead + 5 }));
  // A clock of another day (more than twelve hours ago) starts anew.
  await clockAt(page, 13 * 3_600_000);
  await open(page, '/present/1');
  await expect(bar).toContainText(fill(t.bar_left.nl, { min: total }));
});

test('where the storage is blocked, the presenter view says the time starts again on a reload', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await open(page, '/presenter/1');
  await expect(explainer(page).locator('.omk-presenter')).toContainText(t.clock_not_kept.nl);
  await expect(explainer(page).locator('.omk-presenter__elapsed')).toHaveText(/^0:0\d$/);
});

test('the control bar hides while the pointer rests, and comes back on movement and keyboard focus', async ({ page }) => {
  await page.clock.install();
  await open(page, '/present/1');
  const show = explainer(page).locator('.omk-show');
  const bar = show.locator('.omk-show__bar');
  const opacity = () => bar.evaluate((el) => getComputedStyle(el).opacity);
  await expect.poll(opacity).toBe('1');
  await page.clock.runFor(3_100);
  await expect(show).toHaveClass(/omk-show--calm/);
  await expect.poll(opacity).toBe('0');
  await page.mouse.move(200, 200);
  await page.mouse.move(220, 210);
  await expect.poll(opacity).toBe('1');
  await page.clock.runFor(2_000);
  await expect.poll(opacity).toBe('1');
  await page.clock.runFor(1_200);
  await expect.poll(opacity).toBe('0');
  // The keyboard reaches the hidden bar: focus inside it shows it, and its buttons work.
  await page.keyboard.press('Tab');
  await expect.poll(() => bar.evaluate((el) => el.contains(el.getRootNode().activeElement))).toBe(true);
  await expect.poll(opacity).toBe('1');
  await page.keyboard.press('Shift+Tab');
  await expect.poll(opacity).toBe('0');
  // The menu open: the bar stays.
  await page.mouse.move(300, 300);
  await bar.getByRole('button', { name: t.settings.nl }).click();
  await page.clock.runFor(5_000);
  await expect.poll(opacity).toBe('1');
  await expect(show).not.toHaveClass(/omk-show--calm/);
});

test('the self-assessment says who scores what and how long, warns about names, adds participants without a name', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  const assessment = index('assessment');
  await expect(app.locator('[data-assessment="who"]')).toHaveText(`${a.who.nl} ${fill(a.who_time.nl, { minutes: minutes[assessment] })}`);
  await expect(app.locator('[data-assessment="privacy"]')).toHaveText(a.privacy.nl);
  await app.getByRole('button', { name: a.add_anonymous.nl }).click();
  await expect(app.locator('#omk-participant option:checked')).toHaveText(fill(a.default_participant.nl, { n: 2 }));
  await app.getByRole('button', { name: a.add_anonymous.nl }).click();
  await expect(app.locator('#omk-participant option')).toHaveText([1, 2, 3].map((n) => fill(a.default_participant.nl, { n })));
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
test('wiping the device asks first, then removes the key and the offline copy', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  // The service worker has made the offline copy.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('omkering ')).length), { timeout: 15_000 }).toBeGreaterThan(0);
  await scoreAll(app, [3]);
  await expect.poll(async () => (await stored(page))?.session.groups[0].participants[0].scores).toBeTruthy();
  await clockAt(page, 60_000);
  await app.getByRole('button', { name: a.wipe.nl }).click();
  await expect(app.locator('#omk-confirm-text')).toHaveText(a.confirm_wipe.nl);
  expect(await axeViolations(page), 'the question').toEqual([]);
  await app.getByRole('button', { name: a.confirm_no.nl }).click();
  expect(await stored(page)).not.toBeNull();
  await app.getByRole('button', { name: a.wipe.nl }).click();
  await app.getByRole('button', { name: a.confirm_yes.nl }).click();
  await expect(app).toContainText(a.wiped.nl);
  await expect.poll(() => stored(page)).toBeNull();
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('omkering ')).length)).toBe(0);
  await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  // Nothing is written back until the visitor scores again.
  await page.reload();
  await loaded(page);
  expect(await stored(page)).toBeNull();
  await expect(app.locator('#omk-participant option')).toHaveText([fill(a.default_participant.nl, { n: 1 })]);
});
});

for (const lang of LANGS) {
  test(`axe: the self-assessment with its new texts in ${lang}`, async ({ page }) => {
    await open(page, `/assessment${lang === 'en' ? '?lang=en' : ''}`);
    await expect(explainer(page).locator('[data-assessment="who"]')).toContainText(a.who[lang]);
    expect(await axeViolations(page)).toEqual([]);
  });
}

// The presentation mode (issue 9): the tour walked with the clicker's keys, black screen,
// overview and jump, reload, the presenter window in step both ways, the projector sizes with
// their minimum text size, the P key and the embed's button, and axe (offline: offline.spec.mjs).
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, modeOf, defaultMode, settled, slideTitleOf as titleOf, routeOf as hash } from './helpers.mjs';

const slides = content.tour.slide;
const nl = content.ui;

/// Every position of the tour in order, as the route writes it: `/present/<n>[/<step>]`.
function order() {
  const out = [];
  slides.forEach((s, i) => {
    const steps = s.kind === 'omkering' ? 1 + modeOf(s.item ?? defaultMode()).step.length : 1;
    for (let k = 0; k < steps; k++) out.push(`/present/${i + 1}${k ? `/${k}` : ''}`);
  });
  return out;
}

/// Slides found by their kind in the content, not by a number a change of the tour would move.
const omk = slides.findIndex((s) => s.kind === 'omkering');
const themes = slides.findIndex((s) => s.kind === 'themes');
const secondTheme = slides.findIndex((s) => s.kind === 'theme' && s.item === content.themes[1].id);

const show = (page) => explainer(page).locator('.omk-show');
const slideTitle = (page) => show(page).locator('.omk-slide__title');

async function present(page, route = '/present/1') {
  await open(page, route);
  await expect(slideTitle(page)).toBeVisible();
}

test('the tour is walked with PageDown only through every slide and step in order, and PageUp comes back', async ({ page }) => {
  await present(page);
  const want = order();
  const seen = [await hash(page)];
  for (let i = 1; i < want.length + 2; i++) {
    await page.keyboard.press('PageDown');
    await expect.poll(() => hash(page)).toBe(want[Math.min(i, want.length - 1)]);
    const h = await hash(page);
    if (h !== seen.at(-1)) seen.push(h);
    const n = Number(h.split('/')[2]) - 1;
    await expect(slideTitle(page)).toHaveText(titleOf(n));
  }
  expect(seen).toEqual(want);
  for (let i = want.length - 2; i >= 0; i--) {
    await page.keyboard.press('PageUp');
    await expect.poll(() => hash(page)).toBe(want[i]);
  }
  // An omkering slide shows its steps one by one, like fragments.
  await present(page, `/present/${omk + 1}/1`);
  await expect(show(page).locator('.omk-slide__text strong')).toHaveText(modeOf(defaultMode()).step[0].title.nl);
  await expect(show(page).locator('.omk-actor--lit').first()).toBeVisible();
});

test('one numbering: the step in a link is the step the slide names, for every step of the omkering slide', async ({ page }) => {
  const mode = modeOf(slides[omk].item ?? defaultMode());
  const total = mode.step.length;
  for (const [i, step] of mode.step.entries()) {
    await present(page, `/present/${omk + 1}/${i + 1}`);
    const label = nl.step_label.nl.replace('{n}', i + 1).replace('{total}', total);
    await expect(show(page).getByText(label, { exact: true }).first(), `link /${i + 1}`).toBeVisible();
    await expect(show(page).locator('.omk-slide__text strong')).toHaveText(step.title.nl);
    expect(await hash(page)).toBe(`/present/${omk + 1}/${i + 1}`);
  }
  // The overview has no number; a link past the last step opens it, with a message.
  await open(page, `/present/${omk + 1}/${total + 1}`);
  await expect.poll(() => hash(page)).toBe(`/present/${omk + 1}`);
});

test('the omkering slide shows both ways of working before its steps; a theme slide lights its theme beside what other texts link to it, as our reading', async ({ page }) => {
  await present(page, `/present/${omk + 1}`);
  const ways = show(page).locator('.omk-slide__way');
  await expect(ways).toHaveCount(content.modes.length);
  for (const [i, m] of content.modes.entries()) {
    await expect(ways.nth(i)).toHaveAttribute('data-mode', m.id);
    await expect(ways.nth(i).locator('figcaption')).toContainText(m.name.nl);
    await expect(ways.nth(i).locator('figcaption .omk-reading'), `${m.id}: marked as our reading where it is`).toHaveCount(m.basis === 'reading' ? 1 : 0);
    expect(await ways.nth(i).locator('svg .omk-actor').count(), `${m.id}: its actors`).toBeGreaterThan(3);
  }
  expect(await axeViolations(page), 'both ways').toEqual([]);
  // The steps walk one diagram.
  await present(page, `/present/${omk + 1}/1`);
  await expect(show(page).locator('.omk-slide__way')).toHaveCount(0);
  await expect(show(page).locator('.omk-slide__diagram svg')).toHaveCount(1);
  const at = slides.findIndex((s) => s.kind === 'theme');
  await present(page, `/present/${at + 1}`);
  await expect(show(page).locator('.omk-ring__theme--current')).toHaveCount(1);
  await expect(show(page).locator(`.omk-ring__theme--current[data-theme="${slides[at].item}"]`)).toHaveCount(1);
  await expect(show(page).locator('.omk-slide__side').getByText(nl.present_view.linked_heading.nl)).toBeVisible();
  await expect(show(page).locator('.omk-slide__side .omk-reading')).toHaveText(nl.reading_badge.nl);
  expect(await show(page).locator('.omk-slide__links li').count()).toBeGreaterThan(0);
  expect(await axeViolations(page), 'a theme').toEqual([]);
  // The themes slide: the diagram with none lit, beside what the strategy says of its themes.
  await present(page, `/present/${themes + 1}`);
  await expect(show(page).locator('.omk-ring__theme')).toHaveCount(content.themes.length);
  await expect(show(page).locator('.omk-ring__theme--current')).toHaveCount(0);
  // In English too.
  for (const route of [`/present/${omk + 1}?lang=en`, `/present/${at + 1}?lang=en`, `/present/${themes + 1}?lang=en`]) {
    await present(page, route);
    expect(await axeViolations(page), route).toEqual([]);
  }
});

test('B blacks out and any key returns; the dot does the same; the letter keys can be switched off', async ({ page }) => {
  await present(page, `/present/${omk + 1}`);
  await page.keyboard.press('b');
  await expect(show(page).locator('.omk-show__black')).toBeVisible();
  await expect(show(page).locator('[role=status][data-status="present"]')).toHaveText(content.ui.present_view.black.nl);
  await page.keyboard.press('x');
  await expect(show(page).locator('.omk-show__black')).toHaveCount(0);
  expect(await hash(page)).toBe(`/present/${omk + 1}`);
  await page.keyboard.press('.');
  await expect(show(page).locator('.omk-show__black')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(show(page).locator('.omk-show__black')).toHaveCount(0);
  expect(await hash(page), 'the key that ends the black screen does nothing else').toBe(`/present/${omk + 1}`);
  // WCAG 2.1.4: with the letter keys off, B does nothing; PageDown still works.
  await show(page).getByRole('button', { name: content.ui.present_view.settings.nl }).click();
  const letters = show(page).getByRole('switch', { name: content.ui.present_view.letters.nl });
  await expect(letters).toHaveAttribute('aria-checked', 'true');
  await expect(letters).toContainText(content.ui.present_view.switch_on.nl);
  await letters.click();
  await expect(letters, 'a switch that says its state').toHaveAttribute('aria-checked', 'false');
  await expect(letters).toContainText(content.ui.present_view.switch_off.nl);
  await show(page).focus();
  await page.keyboard.press('b');
  await expect(show(page).locator('.omk-show__black')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).toBe(`/present/${omk + 1}/1`);
});

test('Escape closes the innermost open thing first: the menu, then a typed number, then the overview, and only then leaves', async ({ page }) => {
  const t = content.ui.present_view;
  await present(page, `/present/${themes + 1}`);
  await page.keyboard.press('o');
  await page.keyboard.press('2');
  const more = show(page).getByRole('button', { name: t.settings.nl });
  await more.click();
  const menu = show(page).locator('#omk-show-more');
  await expect(menu).toBeVisible();
  // The focus in the menu, as after Tab: Escape closes the menu and gives its button the focus.
  await menu.getByRole('switch', { name: t.contrast.nl }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(show(page).locator('.omk-show__typed')).toBeVisible();
  await expect(show(page).locator('.omk-overview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show(page).locator('.omk-show__typed')).toHaveCount(0);
  await expect(show(page).locator('.omk-overview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(show(page).locator('.omk-overview')).toHaveCount(0);
  expect(await hash(page), 'still presenting').toBe(`/present/${themes + 1}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => hash(page)).toBe('/themes');
});

test('the key help shows on the first slide of a run, goes with any key and does not come back in that page', async ({ page }) => {
  const t = content.ui.present_view;
  await present(page, '/present/1');
  const help = show(page).getByRole('note', { name: t.keys_help_title.nl });
  await expect(help).toBeVisible();
  await expect(help).toContainText(t.keys_hint.nl);
  expect(await axeViolations(page), 'with the key help').toEqual([]);
  await page.goto('about:blank');
  await present(page, '/present/1?lang=en');
  await expect(show(page).getByRole('note', { name: t.keys_help_title.en })).toContainText(t.keys_hint.en);
  expect(await axeViolations(page), 'with the key help, in English').toEqual([]);
  await page.goto('about:blank');
  await present(page, '/present/1');
  // A key that is no command closes it and does nothing else.
  await page.keyboard.press('x');
  await expect(help).toHaveCount(0);
  expect(await hash(page)).toBe('/present/1');
  // Leaving and starting again in the same page: not again.
  await page.keyboard.press('Escape');
  await expect.poll(() => hash(page)).not.toMatch(/^\/present/);
  await explainer(page).getByRole('button', { name: nl.present_button.nl }).click();
  await expect(slideTitle(page)).toBeVisible();
  await page.evaluate(() => (window.location.hash = '#/present/1'));
  await expect(slideTitle(page)).toHaveText(titleOf(0));
  await expect(show(page).locator('.omk-show__help')).toHaveCount(0);
  // A new page: it shows again, and the clicker's first PageDown closes it and moves on.
  await page.goto('about:blank');
  await present(page, '/present/1');
  await expect(help).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(help).toHaveCount(0);
  await expect.poll(() => hash(page)).not.toBe('/present/1');
  // Its button closes it too (pointer and touch).
  await page.goto('about:blank');
  await present(page, '/present/1');
  await help.getByRole('button', { name: t.keys_help_close.nl }).click();
  await expect(help).toHaveCount(0);
  expect(await hash(page)).toBe('/present/1');
});

test('the overview lists every slide, moves with the arrows and opens with Enter; a number and Enter jump', async ({ page }) => {
  await present(page, `/present/${themes + 1}`);
  await page.keyboard.press('o');
  const cards = show(page).locator('.omk-overview__slide');
  await expect(cards).toHaveCount(slides.length);
  for (let i = 0; i < slides.length; i++) await expect(cards.nth(i)).toContainText(titleOf(i));
  await expect(cards.nth(themes)).toHaveAttribute('aria-current', 'true');
  await expect(cards.nth(themes)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(themes + 1)).toHaveAttribute('aria-current', 'true');
  await expect(cards.nth(themes + 1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(0);
  await expect(slideTitle(page)).toHaveText(titleOf(themes + 1));
  // A click on a card.
  await page.keyboard.press('o');
  await cards.nth(slides.length - 1).click();
  await expect(slideTitle(page)).toHaveText(titleOf(slides.length - 1));
  // Typing a number shows it, Enter jumps; a number out of range does nothing.
  const number = String(secondTheme + 1);
  for (const digit of number) await page.keyboard.press(digit);
  await expect(show(page).locator('.omk-show__typed')).toContainText(number);
  await page.keyboard.press('Enter');
  await expect.poll(() => hash(page)).toBe(`/present/${number}`);
  for (const digit of String(slides.length + 1)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await settled(page);
  expect(await hash(page)).toBe(`/present/${number}`);
  // Home and End.
  await page.keyboard.press('End');
  await expect.poll(() => hash(page)).toBe(order().at(-1));
  await page.keyboard.press('Home');
  await expect.poll(() => hash(page)).toBe('/present/1');
});

test('reload keeps the slide and the step, and the self-assessment data is still there', async ({ page }) => {
  // A score first, so the assessment slide has something to show.
  await open(page, '/assessment');
  await explainer(page).locator('fieldset[data-point] input[value="4"]').first().check();
  const omk = slides.findIndex((s) => s.kind === 'omkering');
  await present(page, `/present/${omk + 1}/3`);
  await page.reload();
  await expect(slideTitle(page)).toHaveText(titleOf(omk));
  expect(await hash(page)).toBe(`/present/${omk + 1}/3`);
  const at = slides.findIndex((s) => s.kind === 'assessment');
  await present(page, `/present/${at + 1}`);
  await page.keyboard.press('F5');
  await expect(slideTitle(page)).toHaveText(titleOf(at));
  await expect(show(page).locator('.omk-radar__mean')).toHaveCount(1);
  // Esc leaves to the view of the slide.
  await page.keyboard.press('Escape');
  await expect.poll(() => hash(page)).toBe('/assessment');
  await expect(explainer(page).locator('.omk-nav')).toBeVisible();
});

test('the presenter window follows the presentation, and the presentation follows it', async ({ page, context }) => {
  // From the slide before the omkering slide: PageDown moves to the next slide, then through
  // the omkering slide's steps.
  expect(omk, 'a slide before the omkering slide').toBeGreaterThan(0);
  await present(page, `/present/${omk}`);
  await show(page).getByRole('button', { name: content.ui.present_view.settings.nl }).click();
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    show(page).getByRole('button', { name: content.ui.present_view.presenter.nl }).click(),
  ]);
  const p = explainer(presenter).locator('.omk-presenter');
  await expect(p).toBeVisible();
  await expect(p.locator('.omk-presenter__say')).toContainText(slides[omk - 1].say.nl);
  await expect(p.locator('#omk-presenter-next')).toContainText(titleOf(omk));
  await expect(p.locator('.omk-presenter__elapsed')).toHaveText(/^\d+:\d\d$/);
  await expect(p.locator('.omk-presenter__clock')).toHaveText(/^\d\d:\d\d$/);
  // The main window moves: the presenter follows.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect.poll(() => hash(presenter)).toBe(`/presenter/${omk + 1}`);
  await expect(p.locator('.omk-presenter__say')).toContainText(slides[omk].say.nl);
  // The presenter moves: the main window follows.
  await presenter.bringToFront();
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => hash(page)).toBe(`/present/${omk + 1}/1`);
  await p.getByRole('button', { name: content.ui.present_view.next.nl }).click();
  await expect.poll(() => hash(page)).toBe(`/present/${omk + 1}/2`);
  // The presenter blacks out the room's screen.
  await p.getByRole('button', { name: content.ui.present_view.black_button.nl }).click();
  await expect(show(page).locator('.omk-show__black')).toBeVisible();
  // The main window reloads (F5 from a clicker): it takes on where the presenter is, black
  // screen included; a key brings the slide back, and the presenter follows again.
  await page.reload();
  await expect(slideTitle(page)).toHaveText(titleOf(omk));
  await expect(show(page).locator('.omk-show__black')).toBeVisible();
  await page.keyboard.press('x');
  await expect(show(page).locator('.omk-show__black')).toHaveCount(0);
  await page.keyboard.press('PageUp');
  await expect.poll(() => hash(presenter)).toBe(`/presenter/${omk + 1}/1`);
  expect(await axeViolations(presenter)).toEqual([]);
});

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
]) {
  // The smallest projected text: 24 px at 1920×1080 (issue 26), 18 px on smaller projectors.
  const least = height >= 1080 ? 24 : 18;
  test(`at ${width}×${height} every slide fits without scrolling and no text is below ${least} px`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const route of order()) {
      await present(page, route);
      await settled(page);
      const report = await show(page).evaluate((root, [w, h, least]) => {
        const out = { outside: [], small: [], scroll: [], body: [] };
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (el.closest('.omk-visually-hidden')) continue;
          if (r.left < -0.5 || r.top < -0.5 || r.right > w + 0.5 || r.bottom > h + 0.5) out.outside.push(`${el.tagName}.${el.className?.baseVal ?? el.className} ${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}`);
          if (el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY !== 'visible') out.scroll.push(el.className);
          const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!text) continue;
          let size = parseFloat(getComputedStyle(el).fontSize);
          if (el instanceof SVGElement) size *= el.getScreenCTM().a;
          if (size < least - 0.05) out.small.push(`${el.tagName}.${el.className?.baseVal ?? el.className} ${size.toFixed(1)} "${el.textContent.trim().slice(0, 30)}"`);
          if (el.matches('.omk-slide__text, .omk-slide__lead, .omk-slide__names li')) out.body.push(size);
        }
        return out;
      }, [width, height, least]);
      expect(report.outside, `${route}: outside the screen`).toEqual([]);
      expect(report.scroll, `${route}: scrolls`).toEqual([]);
      expect(report.small, `${route}: text below ${least} px`).toEqual([]);
      if (height === 1080) for (const s of report.body) expect(s, `${route}: body text at 1080 lines`).toBeGreaterThanOrEqual(24);
      // The slide uses the screen: its content's box (its text, diagrams and cards) covers most of
      // the slide; a statement (title, QR code, closing) stands in the middle.
      const kind = slides[Number(route.split('/')[2]) - 1].kind;
      const box = await show(page).locator('.omk-slide').evaluate((slide) => {
        const s = slide.getBoundingClientRect();
        const boxes = [];
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent.trim() || n.parentElement.closest('.omk-visually-hidden, title')) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          boxes.push(range.getBoundingClientRect());
        }
        for (const el of slide.querySelectorAll('svg, li, figure')) boxes.push(el.getBoundingClientRect());
        const b = boxes.filter((r) => r.width > 0 && r.height > 0);
        const [l, t, r, bottom] = [Math.min(...b.map((x) => x.left)), Math.min(...b.map((x) => x.top)), Math.max(...b.map((x) => x.right)), Math.max(...b.map((x) => x.bottom))];
        return { share: ((r - l) * (bottom - t)) / (s.width * s.height), left: l - s.left, right: s.right - r };
      });
      if (['title', 'qr', 'closing'].includes(kind)) expect(Math.abs(box.left - box.right), `${route}: the ${kind} slide stands in the middle`).toBeLessThan(width * 0.05);
      else expect(box.share, `${route}: the ${kind} slide's content covers most of it`).toBeGreaterThan(0.6);
    }
  });
}

test('P opens the presentation at the slide of the view, not in a text field; the button does too', async ({ page }) => {
  await open(page, '/search');
  await explainer(page).locator('input[type=search]').fill('p');
  await settled(page);
  expect(await hash(page)).toMatch(/^\/search/);
  await open(page, '/omkering');
  await explainer(page).locator('.omk-diagram__canvas').focus();
  await page.keyboard.press('p');
  const omk = slides.findIndex((s) => s.kind === 'omkering');
  await expect.poll(() => hash(page)).toBe(`/present/${omk + 1}`);
  await page.keyboard.press('Escape');
  await expect.poll(() => hash(page)).toBe('/omkering');
  const theme = content.themes[1];
  await open(page, `/themes/${theme.id}`);
  await explainer(page).getByRole('button', { name: nl.present_button.nl }).click();
  await expect(slideTitle(page)).toHaveText(theme.name.nl);
  // The contrast theme on the projector.
  await show(page).getByRole('button', { name: content.ui.present_view.settings.nl }).click();
  await show(page).getByRole('switch', { name: content.ui.present_view.contrast.nl }).click();
  await expect(show(page)).toHaveClass(/omk-theme--contrast/);
});

test('an embedded instance presents in place and says the presenter view and offline are on the own page', async ({ page }) => {
  await page.goto('/__test/two.html');
  const first = explainer(page, 0);
  await first.getByRole('button', { name: nl.present_button.en }).click();
  const stage = first.locator('.omk-show');
  await expect(stage.locator('.omk-slide__title')).toHaveText(titleOf(slides.findIndex((s) => s.kind === 'themes'), 'en'));
  await stage.getByRole('button', { name: content.ui.present_view.settings.en }).click();
  await expect(stage.getByRole('button', { name: content.ui.present_view.fullscreen.en })).toBeVisible();
  await expect(stage.getByRole('button', { name: content.ui.present_view.presenter.en })).toHaveCount(0);
  await expect(stage.locator('.omk-show__note')).toContainText(content.ui.present_view.standalone_note.en);
  const link = stage.locator('.omk-show__note a');
  const href = await link.getAttribute('href');
  expect(new URL(href, page.url()).pathname).toBe('/index.html');
  expect(href).toMatch(/#\/present\/\d+\?lang=en$/);
  // Keys act inside the widget and the host page does not scroll.
  await settled(page);
  const scrolled = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('PageDown');
  await expect.poll(() => first.locator('.omk-show .omk-slide__title').textContent()).toBe(titleOf(slides.findIndex((s) => s.kind === 'themes') + 1, 'en'));
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  // The other instance is untouched.
  await expect(explainer(page, 1).locator('.omk-nav')).toBeVisible();
  expect(await axeViolations(page, 'omkering-explainer')).toEqual([]);
});

test('axe: no violations in the presentation (every kind of slide), the overview and the black screen', async ({ page }) => {
  const kinds = new Set();
  for (let i = 0; i < slides.length; i++) {
    if (kinds.has(slides[i].kind)) continue;
    kinds.add(slides[i].kind);
    await present(page, `/present/${i + 1}${slides[i].kind === 'omkering' ? '/2' : ''}`);
    expect(await axeViolations(page), `slide ${i + 1}`).toEqual([]);
  }
  await page.keyboard.press('o');
  await expect(show(page).locator('.omk-overview')).toBeVisible();
  expect(await axeViolations(page), 'overview').toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  expect(await axeViolations(page), 'black screen').toEqual([]);
  await present(page, '/present/1?lang=en');
  expect(await axeViolations(page), 'English').toEqual([]);
});

// The omkering diagram: the stepper by mouse and keyboard, highlights that match the content,
// the mode switch (arrows that turn, motion or none), deep links, broken links, selection of
// actors and themes, play, and no overlapping labels or axe violations at four widths.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, omkeringHash, defaultMode, modeOf } from './helpers.mjs';

const sorted = (xs) => [...new Set(xs)].sort();
const litActors = (app) => app.locator('.omk-actor--lit').evaluateAll((els) => els.map((e) => e.dataset.actor).sort());
const litArrows = (app) =>
  app.locator('.omk-arrow--lit').evaluateAll((els) => els.map((e) => `${e.dataset.from}>${e.dataset.to}`).sort());
const arrowKeys = (step) => sorted(step.flows.map((f) => `${f.from}>${f.to}`));

/// Checks that the diagram, the caption, the text version and the live region all show `step`
/// (0-based) of `mode`, and that the hash says so.
async function expectStep(page, app, mode, i) {
  const step = mode.step[i];
  await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', String(i + 1));
  await expect(app.locator('.omk-caption__title')).toContainText(step.title.nl);
  expect(await litActors(app)).toEqual(sorted(step.actors));
  expect(await litArrows(app)).toEqual(arrowKeys(step));
  await expect(app.locator('[data-text-version="steps"] > li').nth(i)).toHaveAttribute('aria-current', 'step');
  await expect(app.locator('[data-text-version="steps"] > li[aria-current]')).toHaveCount(1);
  await expect(app.locator('[data-live="step"]')).toContainText(step.title.nl);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${omkeringHash(mode.id, i)}`);
}

for (const mode of content.modes) {
  test(`the stepper visits every step of ${mode.id} by mouse`, async ({ page }) => {
    await open(page, omkeringHash(mode.id));
    const app = explainer(page);
    await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', 'overview');
    expect(await litActors(app)).toEqual([]);
    await expect(app.locator('.omk-actor--dim')).toHaveCount(0);
    for (let i = 0; i < mode.step.length; i++) {
      await app.locator('[data-step-control="next"]').click();
      await expectStep(page, app, mode, i);
    }
    // At the last step "next" is marked disabled (aria-disabled keeps its focus) and does nothing.
    await expect(app.locator('[data-step-control="next"]')).toHaveAttribute('aria-disabled', 'true');
    await app.locator('[data-step-control="next"]').click({ force: true });
    await expectStep(page, app, mode, mode.step.length - 1);
    for (let i = mode.step.length - 2; i >= 0; i--) {
      await app.locator('[data-step-control="previous"]').click();
      await expectStep(page, app, mode, i);
    }
    await app.locator('[data-step-control="overview"]').click();
    await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', 'overview');
  });

  test(`the stepper visits every step of ${mode.id} by keyboard, with focus kept`, async ({ page }) => {
    await open(page, omkeringHash(mode.id));
    const app = explainer(page);
    const canvas = app.locator('.omk-diagram__canvas');
    await canvas.focus();
    for (let i = 0; i < mode.step.length; i++) {
      await page.keyboard.press('ArrowRight');
      await expectStep(page, app, mode, i);
    }
    await page.keyboard.press('Home');
    await expectStep(page, app, mode, 0);
    await page.keyboard.press('End');
    await expectStep(page, app, mode, mode.step.length - 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, app, mode, mode.step.length - 2);
    await expect(canvas).toBeFocused();
    // Keys also step while an actor in the diagram has focus.
    await app.locator('.omk-actor').first().focus();
    await page.keyboard.press('Home');
    await expectStep(page, app, mode, 0);
  });

  test(`deep links open every step of ${mode.id}`, async ({ page }) => {
    for (let i = 0; i < mode.step.length; i++) {
      await page.goto(`/#${omkeringHash(mode.id, i)}`);
      const app = explainer(page);
      await expectStep(page, app, mode, i);
      await expect(app.locator('.omk-notice')).toHaveCount(0);
    }
  });
}

/// The arrows drawn, each with where its tip is and the box of its target actor.
async function drawnArrows(app) {
  return app.locator('.omk-svg').evaluate((svg) => {
    const boxes = {};
    for (const a of svg.querySelectorAll('.omk-actor')) {
      const r = a.querySelector('.omk-actor__box').getBoundingClientRect();
      boxes[a.dataset.actor] = { x: r.x, y: r.y, w: r.width, h: r.height };
    }
    const origin = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('.omk-arrow')]
      .filter((a) => Number(a.getAttribute('opacity')) > 0)
      .map((a) => {
        const [x, y] = a.dataset.tip.split(',').map(Number);
        return { key: `${a.dataset.from}>${a.dataset.to}`, tip: { x: origin.x + x, y: origin.y + y }, to: boxes[a.dataset.to] };
      });
  });
}

test('the mode switch reverses the arrows of medebewind and every arrow points at its target', async ({ page }) => {
  const other = content.modes.find((m) => m.id !== defaultMode());
  const main = modeOf(defaultMode());
  const flows = (m) => sorted(m.step.flatMap((s) => s.flows.map((f) => `${f.from}>${f.to}`)));
  const reversed = flows(other).filter((k) => flows(main).includes(k.split('>').reverse().join('>')));
  expect(reversed.length).toBeGreaterThan(0);
  await open(page, omkeringHash(other.id));
  const app = explainer(page);
  const check = async (mode) => {
    await expect(app.locator('.omk-svg')).toHaveAttribute('data-morph', 'done');
    const arrows = await drawnArrows(app);
    expect(sorted(arrows.map((a) => a.key))).toEqual(flows(mode));
    for (const a of arrows) {
      const dx = Math.max(a.to.x - a.tip.x, a.tip.x - (a.to.x + a.to.w), 0);
      const dy = Math.max(a.to.y - a.tip.y, a.tip.y - (a.to.y + a.to.h), 0);
      expect(Math.hypot(dx, dy), `${a.key} ends at its target`).toBeLessThan(8);
    }
    return arrows.map((a) => a.key);
  };
  const before = await check(other);
  await app.locator(`[data-mode="${main.id}"]`).click();
  const after = await check(main);
  for (const key of reversed) {
    expect(before).toContain(key);
    expect(after).toContain(key.split('>').reverse().join('>'));
  }
});

const transformOf = (app, id) => app.locator(`.omk-actor[data-actor="${id}"]`).getAttribute('transform');

/// Clicks the button of mode `main` and records, on each of up to `frames` animation frames, the
/// diagram's morph state, its mode and the place of actor `mover`; stops `stopAfterDone` frames
/// after the switch is done (or never, with 0).
async function sampleSwitch(page, main, mover, frames, stopAfterDone) {
  return page.evaluate(
    async ({ main, mover, frames, stopAfterDone }) => {
      const root = document.querySelector('omkering-explainer').shadowRoot;
      root.querySelector(`[data-mode="${main}"]`).click();
      const seen = [];
      for (let i = 0; i < frames; i++) {
        await new Promise((r) => requestAnimationFrame(r));
        const svg = root.querySelector('.omk-svg');
        const place = root.querySelector(`.omk-actor[data-actor="${mover}"]`).getAttribute('transform');
        seen.push([svg.dataset.morph, svg.dataset.mode, place]);
        if (stopAfterDone && svg.dataset.morph === 'done' && i >= stopAfterDone) break;
      }
      return seen;
    },
    { main, mover, frames, stopAfterDone },
  );
}

test('the mode switch moves the actors over several frames', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const other = content.modes.find((m) => m.id !== defaultMode());
  await open(page, omkeringHash(other.id));
  const app = explainer(page);
  const mover = other.placement.top;
  const start = await transformOf(app, mover);
  const samples = await sampleSwitch(page, defaultMode(), mover, 120, 3);
  const running = samples.filter(([m]) => m === 'running').map(([, , t]) => t);
  expect(new Set(running).size, 'in-between places').toBeGreaterThan(3);
  const end = samples[samples.length - 1];
  expect(end[0]).toBe('done');
  expect(end[2]).not.toBe(start);
});

test('with reduced motion the mode switch jumps without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const other = content.modes.find((m) => m.id !== defaultMode());
  await open(page, omkeringHash(other.id));
  const app = explainer(page);
  const mover = other.placement.top;
  const samples = await sampleSwitch(page, defaultMode(), mover, 20, 0);
  expect(samples.filter(([m]) => m === 'running')).toEqual([]);
  // The render may land a frame after the click; from the first frame in the new mode on, the
  // mover stands at its end place: no place in between is ever drawn.
  const inNewMode = samples.filter(([, mode]) => mode === defaultMode()).map(([, , t]) => t);
  expect(inNewMode.length, JSON.stringify(samples)).toBeGreaterThan(15);
  expect(new Set(inNewMode).size, JSON.stringify(samples)).toBe(1);
  const places = new Set(samples.map(([, , t]) => t));
  expect(places.size, JSON.stringify(samples)).toBeLessThanOrEqual(2);
  const transition = await app.locator('.omk-actor__box').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
});

test('a malformed or out-of-range step opens the overview with a notice', async ({ page }) => {
  for (const hash of ['/omkering/stap/99', '/omkering/stap/0', '/omkering/stap/twee', '/omkering/stap', '/omkering/onbekend/stap/1']) {
    await page.goto(`/#${hash}`);
    const app = explainer(page);
    await expect(app.locator('.omk-notice')).toBeVisible();
    await expect(app.locator('.omk-caption')).toHaveAttribute('data-step', 'overview');
    await expect(app.locator('.omk-actor')).toHaveCount(5);
    await expect(app.locator('.omk-arrow')).not.toHaveCount(0);
  }
});

test('selecting an actor shows what it does in each mode; a theme chip shows what the texts say', async ({ page }) => {
  await open(page, '/omkering');
  const app = explainer(page);
  const actor = 'provincies';
  await app.locator(`.omk-actor[data-actor="${actor}"]`).click();
  await expect(app.locator(`.omk-actor[data-actor="${actor}"]`)).toHaveAttribute('aria-pressed', 'true');
  const panel = app.locator('.omk-detail');
  await expect(panel).toHaveAttribute('data-detail-for', `actor:${actor}`);
  for (const mode of content.modes) {
    const role = (mode.role ?? []).find((r) => r.actor === actor);
    const expected = role ? role.text.nl : content.ui.diagram.no_role.nl.replace('{mode}', mode.name.nl);
    await expect(panel).toContainText(expected);
  }
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/omkering/actor/${actor}`);
  // By keyboard: Enter on a focused actor selects it.
  await app.locator('.omk-actor[data-actor="rijk"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel).toHaveAttribute('data-detail-for', 'actor:rijk');
  const theme = content.themes[2];
  await app.locator(`[data-theme="${theme.id}"]`).click();
  await expect(panel).toHaveAttribute('data-detail-for', `theme:${theme.id}`);
  await expect(panel).toContainText(content.themesAbout.text.nl);
  await expect(app.locator(`[data-theme="${theme.id}"]`)).toHaveAttribute('aria-pressed', 'true');
  await app.locator('[data-detail="close"]').click();
  await expect(panel).toHaveAttribute('data-detail-for', 'none');
});

test('play walks through the steps on its own and stops at the last', async ({ page }) => {
  await page.clock.install();
  await open(page, '/omkering');
  const app = explainer(page);
  const mode = modeOf(defaultMode());
  await app.locator('[data-step-control="play"]').click();
  await expectStep(page, app, mode, 0);
  for (let i = 1; i < mode.step.length; i++) {
    await page.clock.runFor(6100);
    await expectStep(page, app, mode, i);
  }
  // At the end it stops: the button offers to play again, named so and not "pressed" as well.
  await expect(app.locator('[data-step-control="play"]')).toHaveText(content.ui.diagram.play.nl);
  await expect(app.locator('[data-step-control="play"]')).not.toHaveAttribute('aria-pressed');
});

/// Every pair of label lines that overlap, across and within actors, and lines outside their box.
async function labelProblems(app) {
  return app.locator('.omk-svg').evaluate((svg) => {
    const lines = [];
    const problems = [];
    for (const a of svg.querySelectorAll('.omk-actor')) {
      const box = a.querySelector('.omk-actor__box').getBoundingClientRect();
      for (const t of a.querySelectorAll('text')) {
        const r = t.getBoundingClientRect();
        lines.push({ id: `${a.dataset.actor}: ${t.textContent}`, r });
        if (r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom) {
          problems.push(`${a.dataset.actor}: "${t.textContent}" leaves its box`);
        }
      }
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i].r, lines[j].r];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
          problems.push(`${lines[i].id} overlaps ${lines[j].id}`);
        }
      }
    }
    return problems;
  });
}

for (const width of [320, 390, 1280, 1920]) {
  for (const mode of content.modes) {
    test(`at ${width} px, ${mode.id}: no labels overlap and axe finds no violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 1000 });
      for (const lang of ['nl', 'en']) {
        const hash = `${omkeringHash(mode.id, 1)}/actor/gemeenten${lang === 'en' ? '?lang=en' : ''}`;
        await page.goto(`/#${hash}`);
        const app = explainer(page);
        await expect(app.locator('.omk-svg')).toHaveAttribute('data-morph', 'done');
        expect(await labelProblems(app)).toEqual([]);
        // Drawn at its own size: the layout was made for the width the canvas really has.
        const scale = await app.locator('.omk-svg').evaluate((svg) => svg.getBoundingClientRect().width / Number(svg.getAttribute('width')));
        expect(Math.abs(scale - 1)).toBeLessThan(0.002);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(`/#${omkeringHash(mode.id)}`);
      await expect(explainer(page).locator('.omk-svg')).toHaveAttribute('data-morph', 'done');
      expect(await labelProblems(explainer(page))).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('actors and steps are reachable by keyboard with a visible focus', async ({ page }) => {
  await open(page, '/omkering');
  const app = explainer(page);
  const actors = await app.locator('.omk-actor').count();
  await app.locator('.omk-diagram__canvas').focus();
  for (let i = 0; i < actors; i++) {
    await page.keyboard.press('Tab');
    const ring = await app.locator('.omk-actor:focus .omk-actor__focus').evaluate((el) => getComputedStyle(el).stroke);
    expect(ring).not.toBe('none');
  }
  for (let i = 0; i < actors; i++) await page.keyboard.press('Shift+Tab');
  await expect(app.locator('.omk-diagram__canvas')).toBeFocused();
  await expect(app.locator('.omk-diagram__canvas')).not.toHaveCSS('outline-style', 'none');
});

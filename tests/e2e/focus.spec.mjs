// Issue 30, WCAG 2.4.3 (focus order): after every link inside a view the focus is somewhere on
// the page (on the new view when the link opened another one), and closing a panel gives the
// focus back to the control that opened it; the presentation's overview and "Stoppen" too.
import { test, expect } from './guard.mjs';
import { content, explainer, loaded, open } from './helpers.mjs';
import { fieldset } from './scoring.mjs';

const ui = content.ui;

/// What has the focus inside the first explainer: `{ id, tag, cls, text, connected }`, or null.
const focused = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('omkering-explainer').shadowRoot.activeElement;
    return el ? { id: el.id, tag: el.tagName.toLowerCase(), cls: el.getAttribute('class') ?? '', data: { ...el.dataset }, inView: Boolean(el.closest('#omk-view')) } : null;
  });

/// The views with links inside them, and how many of their links the test follows (the links
/// it can see: a folded part's links wait until it is opened).
const VIEWS = ['/', '/omkering', '/themes', `/themes/${content.themes[0].id}`, '/map', '/development', `/development/${content.points[0].id}`, '/context', '/layers', '/layers/gemeenten', '/timeline', '/tracks', `/tracks/spoor-1-brandende-opgaven`];

/// The first part of a route (`/layers/gemeenten` → `layers`): links to another part open
/// another view.
const part = (hash) => hash.replace(/^#?\//, '').split(/[/?]/)[0];

for (const view of VIEWS) {
  test(`every link inside ${view} leaves the focus on the page, on the new view when it opens one`, async ({ page }) => {
    await open(page, view);
    const hrefs = await explainer(page).locator('#omk-view a[data-omk-route]').evaluateAll((as) => [...new Set(as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')))]);
    const other = hrefs.filter((h) => part(h) !== part(view));
    const same = hrefs.filter((h) => part(h) === part(view)).slice(0, 3);
    expect(hrefs.length, 'the view has links').toBeGreaterThan(0);
    for (const href of [...other, ...same]) {
      await open(page, view);
      const link = explainer(page).locator(`#omk-view a[data-omk-route][href="${href}"]`).first();
      const name = (await link.textContent()).trim();
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await loaded(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const now = await focused(page);
      expect(now, `"${name}" (${href}) left the focus nowhere`).not.toBeNull();
      // On the new view, or on a field of it that takes the focus at once (the search box).
      if (other.includes(href)) expect(now.id === 'omk-view' || now.inView, `"${name}" (${href}) opened another view`).toBe(true);
    }
  });
}

test('closing the actor or theme panel gives the focus back to the actor or chip', async ({ page }) => {
  await open(page, '/omkering');
  const app = explainer(page);
  const actor = app.locator('[data-actor="gemeenten"]').first();
  await actor.focus();
  await page.keyboard.press('Enter');
  await expect(app.locator('[data-detail="close"]')).toBeVisible();
  await app.locator('[data-detail="close"]').first().click();
  await expect.poll(async () => (await focused(page))?.data?.actor).toBe('gemeenten');
  const chip = app.locator(`button[data-theme="${content.themes[1].id}"]`);
  await chip.click();
  await app.locator('[data-detail="close"]').first().click();
  await expect.poll(async () => (await focused(page))?.data?.theme).toBe(content.themes[1].id);
});

test('closing the map cell gives the focus back to the cell', async ({ page }) => {
  await open(page, '/map');
  const app = explainer(page);
  const cell = app.locator('a.omk-matrix__cell').first();
  const label = (await cell.getAttribute('href')) ?? '';
  await cell.click();
  await app.locator('.omk-cell a', { hasText: ui.explore.close_cell.nl }).click();
  await expect(app.locator('.omk-cell')).toHaveCount(0);
  await expect.poll(async () => page.evaluate(() => document.querySelector('omkering-explainer').shadowRoot.activeElement?.getAttribute('href'))).toBe(label);
});

test('closing the assessment notice gives the focus back to the file field', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  // As a visitor does: the file field has the focus when the file is chosen.
  await app.locator('#omk-import').focus();
  await app.locator('#omk-import').setInputFiles({ name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(app.locator('[data-report]')).toBeVisible();
  await app.locator('[data-report] button').click();
  await expect(app.locator('[data-report]')).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.id).toBe('omk-import');
  // Scoring still works from there.
  await fieldset(app, 0).locator('label', { hasText: /^2$/ }).click();
});

test('the overview and "Stoppen" in the presentation leave the focus where the keys work', async ({ page }) => {
  await open(page, '/present/2');
  const app = explainer(page);
  await app.locator('.omk-show').focus();
  await page.keyboard.press('o');
  await expect(app.locator('.omk-overview')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.locator('.omk-overview')).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.cls).toContain('omk-show');
  await page.keyboard.press('o');
  await app.locator('.omk-overview__slide').nth(3).click();
  await expect(app.locator('.omk-overview')).toHaveCount(0);
  await expect.poll(async () => (await focused(page))?.cls).toContain('omk-show');
  await app.getByRole('button', { name: ui.present_view.leave.nl }).click();
  await expect(app.locator('.omk-nav')).toBeVisible();
  await expect.poll(async () => (await focused(page))?.id).toBe('omk-view');
});

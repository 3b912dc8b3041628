// Every view renders its real content in both languages, by deep link and by the navigation.
import { test, expect } from './guard.mjs';
import { content, views, hashOf, explainer, open, LANGS, omkeringHash } from './helpers.mjs';

for (const view of views()) {
  for (const lang of LANGS) {
    test(`${view.name} shows its content in ${lang}`, async ({ page }) => {
      await open(page, hashOf(view, lang));
      const app = explainer(page);
      await expect(app).toHaveAttribute('lang', lang);
      const text = await app.innerText();
      for (const expected of view.texts(lang)) {
        expect(text, `${view.name} (${lang}) should show: ${expected}`).toContain(expected.trim());
      }
    });
  }
}

test('the navigation opens each view and marks it current', async ({ page }) => {
  await open(page);
  const app = explainer(page);
  const ui = content.ui;
  for (const [key, hash] of [['omkering', '/omkering'], ['themes', '/themes'], ['map', '/map'], ['development', '/development'], ['context', '/context'], ['search', '/search'], ['start', '/']]) {
    const link = app.locator('.omk-nav__link', { hasText: ui[key].title.nl });
    await link.click();
    await expect(app.locator('#omk-view-title')).toHaveText(ui[key].title.nl);
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${hash}`);
  }
});

test('the language switch changes every text and the lang attribute, and keeps the view', async ({ page }) => {
  await open(page, '/themes');
  const app = explainer(page);
  await app.locator('.omk-lang button').click();
  await expect(app).toHaveAttribute('lang', 'en');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  await expect.poll(() => new URL(page.url()).hash).toBe('#/themes?lang=en');
  await app.locator('.omk-lang button').click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
});

test('deep links open steps, themes and points, and the back button returns', async ({ page }) => {
  const mode = content.modes[content.modes.length - 1];
  await open(page, omkeringHash(mode.id, 1));
  const app = explainer(page);
  await expect(app.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(app.locator('.omk-step--current')).toContainText(mode.step[1].title.nl);
  const theme = content.themes[1];
  await app.locator('.omk-nav__link', { hasText: content.ui.themes.title.nl }).click();
  // The explainer writes the URL after the frame: wait for the entry before the next click, so
  // two clicks within one frame (under load) do not make one history entry.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/themes');
  await app.locator(`.omk-ring__theme[data-theme="${theme.id}"]`).click();
  await expect(app.locator('#omk-theme-title')).toHaveText(theme.name.nl);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#/themes/${theme.id}`);
  await page.goBack();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.themes.title.nl);
  await page.goBack();
  await expect(app.locator('.omk-step--current')).toContainText(mode.step[1].title.nl);
});

test('a broken link opens the nearest view with a notice, and the notice can be closed', async ({ page }) => {
  const ui = content.ui;
  for (const [hash, title, reason] of [
    ['/nergens', ui.start.title.nl, ui.route.unknown_view.nl],
    ['/themes/bestaat-niet', ui.themes.title.nl, ui.route.unknown_item.nl],
    [`/omkering/${content.modes[0].id}/stap/99`, ui.omkering.title.nl, ui.route.step_out_of_range.nl],
    ['/themes?lang=xx', ui.themes.title.nl, ui.route.unknown_language.nl],
    ['/%E0%A4%A/x', ui.start.title.nl, ui.route.malformed.nl],
  ]) {
    await page.goto(`/#${hash}`);
    const app = explainer(page);
    await expect(app.locator('#omk-view-title')).toHaveText(title);
    await expect(app.locator('.omk-notice')).toContainText(reason);
  }
  const app = explainer(page);
  await app.locator('.omk-notice button').click();
  await expect(app.locator('.omk-notice')).toHaveCount(0);
});

test('the standalone page uses h1 for the title, and the text version is replaced', async ({ page }) => {
  await open(page);
  const app = explainer(page);
  await expect(app.locator('h1')).toHaveText(content.ui.app_title.nl);
  await expect(app.locator('h2#omk-view-title')).toHaveCount(1);
  // The light-DOM text version is no longer rendered once the app runs.
  await expect(page.locator('omkering-explainer > p').first()).toBeHidden();
});

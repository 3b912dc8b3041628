// The snippet configurator: the settings make the snippet and a live preview, and the snippet,
// pasted into a blank page, works (script and iframe).
import { test, expect } from './guard.mjs';
import { content, axeViolations } from './helpers.mjs';

async function configure(page, { kind = 'script', view, lang, theme, height }) {
  await page.goto('/configurator.html');
  await page.locator(`input[name="kind"][value="${kind}"]`).check();
  await page.locator('#view').fill(view);
  await page.locator('#lang').selectOption(lang);
  await page.locator('#theme').selectOption(theme);
  await page.locator('#height').fill(height);
  // The fields are checked by the explainer's rules (asynchronously): wait for the snippet.
  const snippet = page.locator('#snippet');
  await expect.poll(() => snippet.inputValue()).toContain(view);
  if (height) await expect.poll(() => snippet.inputValue()).toContain(`height="${height}"`);
  return snippet.inputValue();
}

test('the script snippet previews live and works when pasted into a blank page', async ({ page, baseURL }) => {
  const snippet = await configure(page, { view: '/themes', lang: 'en', theme: 'contrast', height: '600' });
  expect(snippet).toContain(`src="${baseURL}/omkering-loader.js"`);
  expect(snippet).toContain('<omkering-explainer view="/themes" lang="en" theme="contrast" height="600">');
  const preview = page.locator('#preview omkering-explainer .omk');
  await expect(preview.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  await expect(preview).toHaveClass(/omk-theme--contrast/);
  expect(await axeViolations(page)).toEqual([]);

  await page.setContent(`<!doctype html><html lang="en"><head><title>Blank</title></head><body>${snippet}</body></html>`);
  const pasted = page.locator('omkering-explainer .omk');
  await expect(pasted.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  expect((await page.locator('omkering-explainer').boundingBox()).height).toBeCloseTo(600, 0);
});

test('the presentation button and the QR address go into the snippet and the preview', async ({ page }) => {
  await configure(page, { view: '/development', lang: 'nl', theme: 'default', height: '' });
  const preview = page.locator('#preview omkering-explainer .omk');
  await expect(preview.getByRole('button', { name: content.ui.present_button.nl })).toBeVisible();
  await page.locator('#present-button').uncheck();
  await page.locator('#public-url').fill('https://www.vng.nl/omkering');
  await expect(page.locator('#snippet')).toHaveValue(/public-url=/);
  const snippet = await page.locator('#snippet').inputValue();
  expect(snippet).toContain('<omkering-explainer view="/development" lang="nl" present-button="hide" public-url="https://www.vng.nl/omkering">');
  await expect(preview.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await expect(preview.getByRole('button', { name: content.ui.present_button.nl })).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('the iframe snippet has a title and works when pasted into a blank page', async ({ page }) => {
  const snippet = await configure(page, { kind: 'iframe', view: '/development', lang: 'nl', theme: 'default', height: '' });
  expect(snippet).toMatch(/<iframe id="omkering-uitleg" src="[^"]+\?embed=omkering-uitleg#\/development"/);
  expect(snippet).toContain('title="Uitleg: de omkering');
  await page.setContent(`<!doctype html><html lang="nl"><head><title>Leeg</title></head><body>${snippet}</body></html>`);
  const inner = page.frameLocator('#omkering-uitleg').locator('omkering-explainer .omk');
  await expect(inner.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
});

test('copying puts the snippet on the clipboard and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const snippet = await configure(page, { view: '/omkering', lang: 'nl', theme: 'default', height: '' });
  await page.locator('#copy').click();
  await expect(page.locator('#status')).toHaveText('De code staat op het klembord.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test('a wrong value is named by its field, and stays out of the snippet and the preview', async ({ page }) => {
  await configure(page, { view: '/themes', lang: 'nl', theme: 'default', height: '' });
  const cases = [
    ['#height', 'abc', 'height='],
    ['#height', '100', 'height='],
    ['#height', '4001', 'height='],
    ['#public-url', 'geen adres', 'public-url='],
    ['#view', '/nergens', 'view="/nergens"'],
  ];
  for (const [field, value, attribute] of cases) {
    await page.locator(field).fill(value);
    const input = page.locator(field);
    await expect(input, `${field}=${value}`).toHaveAttribute('aria-invalid', 'true');
    const error = page.locator(`#${await input.getAttribute('aria-describedby')}`);
    await expect(error, `${field}=${value}: the error says it in text`).toBeVisible();
    expect((await error.textContent()).trim().length).toBeGreaterThan(10);
    expect(await page.locator('#snippet').inputValue(), `${field}=${value}`).not.toContain(attribute);
    await expect(page.locator(`#preview omkering-explainer[${attribute.split('=')[0]}="${value}"]`)).toHaveCount(0);
    await page.locator(field).fill('');
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  }
  // The allowed range is in the label; good values go in.
  await expect(page.locator('label[for="height"]')).toContainText('240');
  await expect(page.locator('label[for="height"]')).toContainText('4000');
  await page.locator('#height').fill('600');
  await expect(page.locator('#height')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#snippet')).toHaveValue(/height="600"/);
  // The page names its preview, not its place on the screen.
  expect(await page.locator('main > p').first().textContent()).not.toMatch(/rechts/i);
  expect(await axeViolations(page)).toEqual([]);
});

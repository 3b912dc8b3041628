// The layers of government: each layer opens by mouse, keyboard and deep link and shows its role
// in the omkering and what each document says about it; the diagram is reachable by Tab and has
// a text version; the background view links to it.
import { test, expect } from './guard.mjs';
import { content, explainer, open, tabThrough } from './helpers.mjs';

const actorName = (id, l) => content.actors.find((a) => a.id === id).name[l];

for (const layer of content.layers) {
  test(`the layer ${layer.actor} opens by mouse, keyboard and deep link`, async ({ page }) => {
    await open(page, '/layers');
    const app = explainer(page);
    const row = app.locator(`.omk-layers__row[data-layer="${layer.actor}"]`);
    await row.click();
    await expect(app.locator('#omk-layer-title')).toHaveText(actorName(layer.actor, 'nl'));
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/layers/${layer.actor}`);
    await expect(row).toHaveAttribute('aria-current', 'page');

    await open(page, '/layers');
    await app.locator(`.omk-layers__row[data-layer="${layer.actor}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(app.locator('#omk-layer-title')).toHaveText(actorName(layer.actor, 'nl'));

    await open(page, `/layers/${layer.actor}?lang=en`);
    await expect(app.locator('#omk-layer-title')).toHaveText(actorName(layer.actor, 'en'));
    const detail = app.locator('.omk-detail');
    await expect(detail).toContainText(layer.role.en);
    await expect(detail.locator('[data-doc]')).toHaveCount(layer.in_doc.length);
    for (const d of layer.in_doc) await expect(detail).toContainText(d.text.en);
    const readings = layer.in_doc.filter((d) => d.basis === 'reading').length + (layer.role_basis === 'reading' ? 1 : 0);
    // The marks, not the legend that explains them (there only when the layer has one).
    await expect(detail.locator(':not(.omk-reading-legend) > .omk-reading')).toHaveCount(readings);
    await expect(detail.locator('.omk-reading-legend')).toHaveCount(readings > 0 ? 1 : 0);
  });
}

test('the diagram shows each layer with its umbrella organisation and networks, reachable by Tab', async ({ page }) => {
  await open(page, '/layers');
  const app = explainer(page);
  for (const l of content.layers) {
    const row = app.locator(`.omk-layers__row[data-layer="${l.actor}"]`);
    const words = (await row.locator('text').allTextContents()).join(' ');
    for (const id of [l.actor, l.umbrella, ...l.networks].filter(Boolean)) {
      for (const w of actorName(id, 'nl').split(/\s+/)) expect(words).toContain(w);
    }
  }
  await expect(app.locator('.omk-layers__band')).toContainText(content.ui.layers_view.together.nl);
  expect(await tabThrough(page, 'layer', content.layers.length)).toEqual(content.layers.map((l) => l.actor));
  await app.locator('.omk-text-version summary').click();
  for (const l of content.layers) await expect(app.locator('.omk-text-version')).toContainText(actorName(l.actor, 'nl'));
});

test('the background view links to the layers', async ({ page }) => {
  await open(page, '/context');
  const app = explainer(page);
  await app.getByRole('link', { name: content.ui.layers.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.layers.title.nl);
  await expect.poll(() => new URL(page.url()).hash).toBe('#/layers');
});

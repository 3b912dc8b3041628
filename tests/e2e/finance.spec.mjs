// Tasks against means: every ask is a checkbox with a label; switching it on changes the
// drawing, the words under it and the route (which a reload keeps); the texts give no amounts.
import { test, expect } from './guard.mjs';
import { content, explainer, open } from './helpers.mjs';

const topicName = (id, l) => content.lists.flatMap((x) => x.topic).find((t) => t.id === id).name[l];
const tilt = (app) => app.locator('.omk-balance svg').getAttribute('data-tilt').then(Number);

test('each ask switches on by mouse and by keyboard and changes drawing, words and route', async ({ page }) => {
  await open(page, '/finance');
  const app = explainer(page);
  const ui = content.ui.finance_view;
  await expect(app.locator('.omk-asks input[type=checkbox]')).toHaveCount(content.asks.length);
  const before = await tilt(app);
  expect(before).toBeGreaterThan(0);
  await expect(app.locator('.omk-balance__state')).toHaveText(ui.tasks_heavier.nl);
  const means = content.asks.filter((a) => a.pan === 'means');
  // By mouse: the first ask that adds means lifts the tasks side.
  await app.getByLabel(topicName(means[0].topic, 'nl')).check();
  await expect.poll(() => tilt(app)).toBeLessThan(before);
  await expect(app.locator(`[data-ask="${means[0].topic}"]`)).toContainText(means[0].effect.nl);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#/finance/${means[0].topic}`);
  // By keyboard: Space on the focused checkbox.
  const second = app.getByLabel(topicName(means[1].topic, 'nl'));
  await second.focus();
  await page.keyboard.press('Space');
  await expect(second).toBeChecked();
  const two = await tilt(app);
  // The URL follows a frame after the change; reload once it has.
  await expect.poll(() => new URL(page.url()).hash).toContain(means[1].topic);
  await page.reload();
  await expect(app.getByLabel(topicName(means[1].topic, 'nl'))).toBeChecked();
  expect(await tilt(app)).toBe(two);
  // The ask that balances both levels the beam.
  const both = content.asks.find((a) => a.pan === 'both');
  await app.getByLabel(topicName(both.topic, 'nl')).check();
  await expect.poll(() => tilt(app)).toBe(0);
  await expect(app.locator('.omk-balance__state')).toHaveText(ui.level.nl);
  // Switching it off again restores the tilt.
  await app.getByLabel(topicName(both.topic, 'nl')).uncheck();
  await expect.poll(() => tilt(app)).toBe(two);
});

test('an ask about how the money comes changes the blocks, not the tilt', async ({ page }) => {
  await open(page, '/finance');
  const app = explainer(page);
  const how = content.asks.find((a) => a.pan === 'how');
  const before = await tilt(app);
  await expect(app.locator('.omk-balance__block--general')).toHaveCount(0);
  await app.getByLabel(topicName(how.topic, 'nl')).check();
  await expect(app.locator('.omk-balance__state')).toContainText(content.ui.finance_view.how.nl);
  expect(await tilt(app)).toBe(before);
  // The means pan holds means from the start; the "how" ask colours them.
  await expect(app.locator('.omk-balance__block--general')).not.toHaveCount(0);
  await app.getByLabel(topicName(how.topic, 'nl')).uncheck();
  await expect(app.locator('.omk-balance__block--general')).toHaveCount(0);
});

test('the balance starts with means on both sides, comes to level when every ask is met, and never tips the other way', async ({ page }) => {
  await open(page, '/finance');
  const app = explainer(page);
  const ui = content.ui.finance_view;
  await expect(app.locator('.omk-balance__pan').nth(1).locator('.omk-balance__block')).not.toHaveCount(0);
  let last = await tilt(app);
  for (const ask of content.asks.filter((a) => a.pan === 'means' || a.pan === 'tasks')) {
    await app.getByLabel(topicName(ask.topic, 'nl')).check();
    await expect.poll(() => tilt(app)).toBeLessThan(last);
    last = await tilt(app);
    expect(last).toBeGreaterThanOrEqual(0);
  }
  expect(last).toBe(0);
  await expect(app.locator('.omk-balance__state')).toHaveText(ui.level.nl);
  await expect(app.locator('.omk-note', { hasText: ui.drawing_reading.nl.slice(0, 40) })).toBeVisible();
});

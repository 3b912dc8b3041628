// The three tracks and the timeline: each track opens by mouse, keyboard and deep link with its
// items and their themes; the timeline puts only the text that dates itself on the line, the others
// apart with the dates they mention, and every date links to a view that opens.
import { test, expect } from './guard.mjs';
import { content, explainer, open, tabThrough } from './helpers.mjs';

const topics = content.lists.flatMap((l) => l.topic);
const trackList = content.lists.find((l) => l.id === 'drie-sporen');

for (const track of trackList.topic) {
  test(`the track ${track.id} opens by mouse, keyboard and deep link`, async ({ page }) => {
    await open(page, '/tracks');
    const app = explainer(page);
    await app.locator(`.omk-tracks__group[data-track="${track.id}"]`).click();
    await expect(app.locator('#omk-track-title')).toHaveText(track.name.nl);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/tracks/${track.id}`);

    await open(page, '/tracks');
    await app.locator(`.omk-tracks__group[data-track="${track.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(app.locator('#omk-track-title')).toHaveText(track.name.nl);

    await open(page, `/tracks/${track.id}?lang=en`);
    const items = topics.filter((t) => t.part_of === track.id);
    await expect(app.locator('.omk-detail [data-topic]')).toHaveCount(items.length);
    for (const item of items) {
      const rels = content.relations.filter((r) => r.topic === item.id);
      const li = app.locator(`.omk-detail [data-topic="${item.id}"]`);
      for (const r of rels) await expect(li).toContainText(r.note.en);
      await expect(li.locator('.omk-reading')).toHaveCount(rels.filter((r) => r.basis === 'reading').length);
    }
  });
}

test('the diagram draws one line per relation of a track item, dashed where it is our reading', async ({ page }) => {
  await open(page, '/tracks');
  const app = explainer(page);
  const items = topics.filter((t) => trackList.topic.some((tr) => tr.id === t.part_of));
  const rels = content.relations.filter((r) => items.some((i) => i.id === r.topic));
  await expect(app.locator('.omk-tracks__line')).toHaveCount(rels.length);
  await expect(app.locator('.omk-tracks__line--reading')).toHaveCount(rels.filter((r) => r.basis === 'reading').length);
  expect(await tabThrough(page, 'track', trackList.topic.length)).toEqual(trackList.topic.map((t) => t.id));
});

test('the timeline puts only the page that dates itself on the line, the other texts apart with the dates they mention, and every date opens its view', async ({ page }) => {
  await open(page, '/timeline');
  const app = explainer(page);
  const key = (d) => [d.year, d.month ?? 0, d.day ?? 0];
  const line = app.locator('[data-lane="dated"] > .omk-timeline__item');
  const order = await line.evaluateAll((els) => els.map((e) => e.dataset.doc ?? e.dataset.event));
  const entries = [
    ...content.documents.filter((d) => d.date).map((d) => ({ id: d.id, k: [...key(d.date), 0] })),
    ...content.events.map((e) => ({ id: e.id, k: [...key(e.date), 1] })),
  ].sort((a, b) => {
    for (let i = 0; i < 4; i++) if (a.k[i] !== b.k[i]) return a.k[i] - b.k[i];
    return 0;
  });
  expect(order).toEqual(entries.map((e) => e.id));
  // The G40 page stands at its year, with where that year comes from.
  const g40 = content.documents.find((d) => d.date);
  await expect(app.locator(`[data-lane="dated"] [data-doc="${g40.id}"] .omk-timeline__date`)).toContainText(g40.date_note.nl);
  // Apart, in content order: each text without a date of its own, with the dates it mentions.
  const apart = await app.locator('[data-lane="undated"] > [data-doc]').evaluateAll((els) => els.map((e) => e.dataset.doc));
  expect(apart).toEqual(content.documents.filter((d) => !d.date).map((d) => d.id));
  for (const d of content.documents.filter((x) => !x.date)) {
    const mentioned = await app.locator(`[data-mentions="${d.id}"] [data-mention]`).evaluateAll((els) => els.map((e) => e.dataset.mention));
    expect(mentioned.sort()).toEqual(content.events.filter((e) => e.source.doc === d.id).map((e) => e.id).sort());
  }
  // Each date on the line says which text mentions it.
  for (const event of content.events) {
    const by = content.documents.find((d) => d.id === event.source.doc);
    await expect(app.locator(`[data-event="${event.id}"]`)).toContainText(`${content.ui.timeline_view.mentioned_in.nl}: ${by.title.nl}`);
  }
  for (const event of content.events) {
    await open(page, '/timeline');
    await app.locator(`[data-event="${event.id}"] .omk-timeline__go`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${event.view}`);
    await expect(app.locator('.omk-notice')).toHaveCount(0);
    await expect(app.locator('#omk-view-title')).toBeVisible();
  }
});

test('the background view leads to the four context views', async ({ page }) => {
  await open(page, '/context');
  const app = explainer(page);
  for (const key of ['layers', 'finance', 'timeline', 'tracks']) {
    await expect(app.getByRole('link', { name: content.ui[key].title.nl })).toBeVisible();
  }
  await app.getByRole('link', { name: content.ui.timeline.title.nl }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.timeline.title.nl);
  // And by keyboard: the link focused, Enter.
  await open(page, '/context');
  await app.getByRole('link', { name: content.ui.tracks.title.nl }).focus();
  await page.keyboard.press('Enter');
  await expect(app.locator('#omk-view-title')).toHaveText(content.ui.tracks.title.nl);
});

test('the speerpunten, the G32 asks and the G40 agenda are reachable from the timeline and the layers view', async ({ page }) => {
  const lists = ['speerpunten', 'g32-themas', 'g40-ruimte'].map((id) => content.lists.find((l) => l.id === id).name.nl);
  for (const [from, link] of [['/timeline', content.ui.timeline_view.lists.nl], ['/layers', content.ui.context.title.nl]]) {
    await open(page, from);
    const app = explainer(page);
    await app.getByRole('link', { name: link }).first().click();
    await expect(app.locator('#omk-view-title')).toHaveText(content.ui.context.title.nl);
    for (const name of lists) await expect(app.getByText(name, { exact: true }).first()).toBeVisible();
  }
});

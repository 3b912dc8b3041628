// Issue 19, "No lost work": the saved workshop has more than one writer (two tabs of one origin,
// or two explainers on one page). Each takes in the other's changes before it writes and as they
// happen: no score is lost, a removed participant stays removed, and where both change the same
// score the later one wins and the other shows it.
import { test, expect } from './guard.mjs';
import { explainer, open, twoExplainers } from './helpers.mjs';
import { addParticipant, fieldset, points, score, ui } from './scoring.mjs';

const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('omkering')).session);
const scoresOf = (session, person) => session.groups.flatMap((g) => g.participants).find((p) => p.name === person)?.scores;
const option = (app, person) => app.locator('#omk-participant option', { hasText: person });

/// The same story for any two writers `a` and `b` (`page` reads the storage).
async function story(page, a, b) {
  await addParticipant(a, 'Anne');
  await score(a, 0, 4);
  await addParticipant(b, 'Bram');
  await score(b, 0, 2);
  await expect(option(b, 'Anne'), 'the second writer shows the first one\'s participant').toHaveCount(1);
  await score(a, 1, 5);
  await score(b, 1, 1);
  // `page` reads the storage; a write from another page reaches it a moment later (Chromium
  // syncs localStorage between pages asynchronously), so these wait for what must come.
  await expect.poll(async () => scoresOf(await saved(page), 'Anne')).toEqual({ [points[0].id]: 4, [points[1].id]: 5 });
  await expect.poll(async () => scoresOf(await saved(page), 'Bram')).toEqual({ [points[0].id]: 2, [points[1].id]: 1 });
  await expect(option(a, 'Bram')).toHaveCount(1);

  // A participant removed in one stays removed when the other changes something.
  await a.locator('#omk-participant').selectOption({ label: 'Bram' });
  await a.getByRole('button', { name: ui.remove_participant.nl }).click();
  await a.getByRole('button', { name: ui.confirm_yes.nl }).click();
  await expect(option(a, 'Bram')).toHaveCount(0);
  await expect(option(b, 'Bram')).toHaveCount(0);
  await b.locator('#omk-participant').selectOption({ label: 'Anne' });
  await score(b, 2, 3);
  await expect.poll(async () => scoresOf(await saved(page), 'Anne')).toEqual({ [points[0].id]: 4, [points[1].id]: 5, [points[2].id]: 3 });
  expect(scoresOf(await saved(page), 'Bram'), 'Bram came back').toBeUndefined();

  // Both change the same score: the later one wins, and the other shows it.
  await a.locator('#omk-participant').selectOption({ label: 'Anne' });
  await score(a, 0, 1);
  await score(b, 0, 5);
  await expect.poll(async () => scoresOf(await saved(page), 'Anne')[points[0].id]).toBe(5);
  await expect(fieldset(a, 0).getByLabel('5', { exact: true })).toBeChecked();
}

test('two pages of one origin scoring in turn keep every score of both', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, '/assessment');
  await open(second, '/assessment');
  await story(first, explainer(first), explainer(second));
});

test('two explainers on one page scoring in turn keep every score of both', async ({ page }) => {
  await twoExplainers(page, '/assessment', 900);
  for (const i of [0, 1]) await expect(explainer(page, i).locator('#omk-view-title')).toBeVisible();
  await story(page, explainer(page, 0), explainer(page, 1));
});

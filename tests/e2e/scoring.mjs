// The self-assessment's form as a facilitator uses it (scores by a real mouse click, groups,
// participants, the export buttons), shared by the end-to-end tests of the assessment.
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import { content, explainer } from './helpers.mjs';

export const ui = content.ui.assessment_view;
export const points = content.points;
export const fieldset = (app, i) => app.locator(`fieldset[data-point="${points[i].id}"]`);

/// Clicks the label of a score for point `i` (a real mouse click).
export async function score(app, i, value) {
  await fieldset(app, i).locator('label', { hasText: new RegExp(`^${value}$`) }).click();
  await expect(fieldset(app, i).getByLabel(String(value), { exact: true })).toBeChecked();
}

export async function scoreAll(app, values) {
  for (const [i, v] of values.entries()) await score(app, i, v);
}

export async function addGroup(app, name) {
  await app.getByLabel(ui.new_group.nl).fill(name);
  await app.getByRole('button', { name: ui.add_group.nl }).click();
  await expect(app.locator('#omk-group option:checked')).toHaveText(name);
}

export async function addParticipant(app, name) {
  await app.getByLabel(ui.new_participant.nl).fill(name);
  await app.getByRole('button', { name: ui.add_participant.nl }).click();
  await expect(app.locator('#omk-participant option:checked')).toHaveText(name);
}

/// Clicks an export button (of `app`, the page's first explainer unless given) and returns the
/// downloaded file's name and bytes.
export async function download(page, kind, app = explainer(page)) {
  const [file] = await Promise.all([page.waitForEvent('download'), app.locator(`[data-export="${kind}"]`).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

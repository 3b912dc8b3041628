// Diagrams for screen readers (issue 25): each interactive diagram is a named group (never an
// image, whose children some screen readers skip), each actor, theme, point, layer or track in it
// is a reachable, named control in the accessibility tree (Playwright's aria snapshot), and the
// diagram names its text version as its details (`aria-details`).
import { test, expect } from './guard.mjs';
import { content, explainer, open, defaultMode, modeOf, LANGS, hashOf } from './helpers.mjs';

const placed = (modeId) => Object.values(modeOf(modeId).placement);

const diagrams = [
  { hash: '/omkering', group: '.omk-diagram__canvas', count: () => placed(defaultMode()).length },
  { hash: '/omkering/medebewind', group: '.omk-diagram__canvas', count: () => placed('medebewind').length },
  { hash: '/themes', group: '.omk-ring__canvas svg', count: () => content.themes.length },
  { hash: '/development', group: '.omk-ring__canvas svg', count: () => content.points.length },
  { hash: '/layers', group: '.omk-layers__canvas svg', count: () => content.layers.length },
  { hash: '/tracks', group: '.omk-tracks__canvas svg', count: () => content.lists.find((l) => l.id === content.tracksList).topic.length },
];

for (const lang of LANGS) {
  for (const d of diagrams) {
    test(`${d.hash} (${lang}): a named group of named controls, with its text version as details`, async ({ page }) => {
      await open(page, hashOf({ hash: d.hash }, lang));
      const group = explainer(page).locator(d.group).first();
      await expect(group).toBeVisible();
      expect(await group.getAttribute('role')).toBe('group');
      const snapshot = await group.ariaSnapshot();
      // The group itself and a named control for every item; no image in between.
      expect(snapshot).not.toMatch(/^\s*- img\b/m);
      // A control per line: `- button "name"` (quoted in YAML when the name holds quotes).
      const controls = snapshot.split('\n').filter((l) => /^\s*- '?(button|link) "/.test(l));
      expect(controls.length, snapshot).toBe(d.count());
      const details = await group.getAttribute('aria-details');
      expect(details).toBeTruthy();
      const linked = await group.evaluate((el, id) => !!el.getRootNode().getElementById(id), details);
      expect(linked, `${d.hash}: aria-details names ${details}`).toBe(true);
    });
  }
}

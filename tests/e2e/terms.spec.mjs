// Explained terms in place (issue 24): the content marks where a glossary term occurs; in each
// view the first marked occurrence of a term is a disclosure button that opens the term's
// explanation right after it (keyboard, mouse, screen reader; inside the shadow root), the other
// occurrences are plain words; each term's entry in the glossary links to the views that use it.
import { test, expect } from './guard.mjs';
import { content, explainer, open, views, hashOf, LANGS, axeViolations } from './helpers.mjs';

const slug = (t) => t.id.replace(/^begrip-/, '');
const ui = content.ui;

/// The marks of the first explainer's view in document order: tag, term, mark id, and for a
/// button its name, state and the element it controls.
async function marks(page) {
  return page.evaluate(() =>
    [...document.querySelector('omkering-explainer').shadowRoot.querySelectorAll('[data-omk-mark]')].map((el) => ({
      tag: el.tagName,
      term: el.dataset.omkTerm,
      id: el.dataset.omkMark,
      text: el.textContent,
      expanded: el.getAttribute('aria-expanded'),
      controls: el.getAttribute('aria-controls'),
      controlled: !!(el.getAttribute('aria-controls') && el.getRootNode().getElementById(el.getAttribute('aria-controls'))),
    })),
  );
}

/// Waits until the view has said which marks come first (a view with marks has a button).
async function settled(page) {
  await expect.poll(async () => {
    const all = await marks(page);
    return all.length === 0 || all.some((m) => m.tag === 'BUTTON');
  }).toBe(true);
  return marks(page);
}

for (const lang of LANGS) {
  test(`in every view the first mark of each term opens its explanation, the others are words (${lang})`, async ({ page }) => {
    let views_with_marks = 0;
    for (const view of views()) {
      await open(page, hashOf(view, lang));
      const all = await settled(page);
      if (all.length) views_with_marks++;
      const ids = all.map((m) => m.id);
      expect(new Set(ids).size, `${view.name}: a mark is shown twice`).toBe(ids.length);
      const seen = new Set();
      for (const m of all) {
        const first = !seen.has(m.term);
        seen.add(m.term);
        expect(m.tag, `${view.name}: ${m.term} "${m.text}"`).toBe(first ? 'BUTTON' : 'SPAN');
        if (first) {
          expect(m.expanded).toBe('false');
          expect(m.controlled, `${view.name}: ${m.term} controls ${m.controls}`).toBe(true);
        }
        expect(content.glossary.some((t) => slug(t) === m.term), `${m.term} is a glossary term`).toBe(true);
      }
    }
    expect(views_with_marks).toBeGreaterThan(5);
  });
}

test('the disclosure by keyboard: its name is the word, Enter and Space open and close it, Escape closes it, the focus stays', async ({ page }) => {
  await open(page, '/omkering');
  const app = explainer(page);
  const [first] = (await settled(page)).filter((m) => m.tag === 'BUTTON');
  const term = content.glossary.find((t) => slug(t) === first.term);
  const button = app.getByRole('button', { name: first.text, exact: true }).first();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  const box = app.locator(`#${first.controls}`);
  await expect(box).toBeHidden();
  await button.focus();
  const focused = () => page.evaluate((id) => document.querySelector('omkering-explainer').shadowRoot.activeElement?.dataset?.omkMark === id, first.id);
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toBeVisible();
  await expect(box).toContainText(term.explanation.nl);
  await expect(box.getByRole('link', { name: ui.glossary_view.more_link.nl })).toHaveAttribute('href', new RegExp(`#/begrippen/${slug(term)}$`));
  expect(await focused()).toBe(true);
  await page.keyboard.press('Space');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toBeHidden();
  expect(await focused()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(box).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(await focused()).toBe(true);
  // Escape closed the explanation and did nothing else: the view is still the omkering.
  await expect(page).toHaveURL(/#\/omkering$/);
  // A click (a tap) opens and closes it too.
  await button.click();
  await expect(box).toBeVisible();
  await button.click();
  await expect(box).toBeHidden();
});

test('an explanation shows its mark: "algemene uitleg" for general knowledge, and leads to its entry', async ({ page }) => {
  for (const lang of LANGS) {
    await open(page, hashOf({ hash: '/omkering' }, lang));
    const app = explainer(page);
    const buttons = (await settled(page)).filter((m) => m.tag === 'BUTTON');
    const general = buttons.find((m) => content.glossary.find((t) => slug(t) === m.term).basis === 'general');
    expect(general, 'the omkering view marks a general term').toBeTruthy();
    await app.locator(`button[data-omk-mark="${general.id}"]`).click();
    const box = app.locator(`#${general.controls}`);
    await expect(box.locator('[data-mark="general"]')).toHaveText(ui.glossary_view.general_badge[lang]);
    await box.getByRole('link', { name: ui.glossary_view.more_link[lang] }).click();
    await expect(app.locator('#omk-view-title')).toHaveText(ui.glossary.title[lang]);
    await expect(app.locator(`[data-term="${general.term}"] dt a`)).toHaveAttribute('aria-current', 'true');
  }
});

for (const lang of LANGS) {
  test(`axe: an open explanation has no violations (${lang})`, async ({ page }) => {
    for (const hash of ['/', '/omkering', '/context']) {
      await open(page, hashOf({ hash }, lang));
      const [first] = (await settled(page)).filter((m) => m.tag === 'BUTTON');
      await explainer(page).locator(`button[data-omk-mark="${first.id}"]`).click();
      await expect(explainer(page).locator(`#${first.controls}`)).toBeVisible();
      expect(await axeViolations(page), hash).toEqual([]);
    }
  });
}

test("each term's entry links to the views that use it, and each of them marks the term", async ({ page }) => {
  await open(page, '/begrippen');
  const app = explainer(page);
  const used = {};
  for (const t of content.glossary) {
    const hrefs = await app.locator(`[data-term="${slug(t)}"] .omk-term-used a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length, `${t.id} lists where it is used`).toBeGreaterThan(0);
    used[slug(t)] = hrefs;
  }
  for (const [term, hrefs] of Object.entries(used)) {
    for (const href of hrefs) {
      await page.evaluate((h) => { location.hash = h; }, href);
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[?.*+^$()[\]\\|{}]/g, '\\$&')}$`));
      await expect(app.locator(`[data-omk-term="${term}"]`).first(), `${href} marks ${term}`).toBeAttached();
    }
  }
});

// The glossary (issue 24): every term A to Z with its own address, the mark that says an
// explanation is general knowledge (and which passage uses the word) or that the texts leave a
// term open, a term's address bringing it into view, the search finding terms, and the general
// mark on no other view.
import { test, expect } from './guard.mjs';
import { content, explainer, open, views, hashOf, LANGS } from './helpers.mjs';

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const slug = (t) => t.id.replace(/^begrip-/, '');
const ui = content.ui;

for (const lang of LANGS) {
  test(`every term is listed A to Z in ${lang}, each with its own address and the right mark`, async ({ page }) => {
    await open(page, lang === 'nl' ? '/begrippen' : '/begrippen?lang=en');
    const app = explainer(page);
    const rows = app.locator('[data-term]');
    await expect(rows).toHaveCount(content.glossary.length);
    const shown = await rows.locator('dt').allTextContents();
    const expected = [...content.glossary].sort((a, b) => (fold(a.term[lang]) < fold(b.term[lang]) ? -1 : 1)).map((t) => t.term[lang]);
    expect(shown).toEqual(expected);
    for (const t of content.glossary) {
      const row = app.locator(`[data-term="${slug(t)}"]`);
      await expect(row.locator('dt a')).toHaveAttribute('href', new RegExp(`#/begrippen/${slug(t)}`));
      const mark = row.locator('[data-mark]');
      if (t.basis === 'general') {
        await expect(mark).toHaveText(ui.glossary_view.general_badge[lang]);
        await expect(row.locator('.omk-source__label')).toHaveText(`${ui.glossary_view.used_in_label[lang]}: `);
      } else if (t.basis === 'unexplained') {
        await expect(mark).toHaveText(ui.glossary_view.unexplained_badge[lang]);
      } else {
        await expect(mark).toHaveCount(0);
        await expect(row.locator('.omk-source__label')).toHaveText(`${ui.source_label[lang]}: `);
      }
      if (t.full) await expect(row).toContainText(t.full[lang]);
    }
  });
}

test("a term's address marks it and brings it into view; a click on a term opens its address", async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await open(page, '/begrippen/waterschap');
  const app = explainer(page);
  const row = app.locator('[data-term="waterschap"]');
  await expect(row.locator('dt a')).toHaveAttribute('aria-current', 'true');
  await expect(row).toBeInViewport();
  await app.locator('[data-term="accres"] dt a').click();
  await expect(page).toHaveURL(/#\/begrippen\/accres$/);
  await expect(app.locator('[data-term="accres"] dt a')).toHaveAttribute('aria-current', 'true');
  await expect(row.locator('dt a')).not.toHaveAttribute('aria-current', 'true');
});

test('the search finds a term and opens it in the glossary', async ({ page }) => {
  await open(page, '/search?q=opschalingskorting');
  const app = explainer(page);
  const term = content.glossary.find((t) => t.id === 'begrip-opschalingskorting');
  const hit = app.getByRole('option', { name: `${term.term.nl} ${term.explanation.nl.slice(0, 40)}` });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(app.locator('#omk-view-title')).toHaveText(ui.glossary.title.nl);
  await expect(app.locator('[data-term="opschalingskorting"] dt a')).toHaveAttribute('aria-current', 'true');
});

test('the context view leads to the glossary', async ({ page }) => {
  await open(page, '/context');
  const app = explainer(page);
  await app.getByRole('link', { name: ui.glossary.title.nl, exact: true }).click();
  await expect(app.locator('#omk-view-title')).toHaveText(ui.glossary.title.nl);
});

// An explanation opened in a text is a glossary entry too (tested in terms.spec.mjs), and so is
// each term under a slide's notes (the presenter view, the facilitator's guide); closed, no
// other view shows the mark.
test('no view but the glossary and the guide shows the general-explanation mark', async ({ page }) => {
  for (const view of views().filter((v) => !v.hash.startsWith('/begrippen') && !v.hash.startsWith('/guide'))) {
    for (const lang of LANGS) {
      await open(page, hashOf(view, lang));
      await expect(explainer(page).getByText(ui.glossary_view.general_badge[lang], { exact: true })).toHaveCount(0);
    }
  }
});

test('in the guide the mark stands only in the terms of a slide\'s notes, each beside its glossary explanation', async ({ page }) => {
  await open(page, '/guide?sessie=kort');
  const marks = explainer(page).getByText(ui.glossary_view.general_badge.nl, { exact: true });
  expect(await marks.count()).toBeGreaterThan(0);
  // Every mark is inside a notes' list of terms, after the explanation of a term marked general.
  const general = content.glossary.filter((g) => g.basis === 'general').map((g) => g.explanation.nl.slice(0, 30));
  for (const dd of await marks.evaluateAll((els) => els.map((e) => e.closest('.omk-presenter__terms dd')?.textContent ?? ''))) {
    expect(general.some((g) => dd.includes(g)), dd).toBe(true);
  }
});

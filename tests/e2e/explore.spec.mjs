// The themes explorer and the map across the documents: every theme page opens by mouse,
// keyboard and deep link; every matrix cell holds exactly the topics of the content model;
// filters change the view and the route and survive a reload.
import { test, expect } from './guard.mjs';
import { content, explainer, open, tabThrough } from './helpers.mjs';

const topics = content.lists.flatMap((l) => l.topic);
const related = (t) => content.relations.filter((r) => r.topic === t.id);

/// The topic ids of a cell, from the content files: a theme's column holds the document's topics
/// related to it; the last column ('outside') those related to no theme.
function expectedCell(doc, theme, actor = null) {
  return topics
    .filter((t) => t.source.doc === doc && (!actor || (t.actors ?? []).includes(actor)))
    .filter((t) => (theme === 'outside' ? related(t).length === 0 : related(t).some((r) => r.theme === theme)))
    .map((t) => t.id);
}

for (const theme of content.themes) {
  test(`the page of ${theme.id} opens by mouse, keyboard and deep link`, async ({ page }) => {
    await open(page, '/themes');
    const app = explainer(page);
    const node = app.locator(`.omk-ring__theme[data-theme="${theme.id}"]`);
    await node.click();
    await expect(app.locator('#omk-theme-title')).toHaveText(theme.name.nl);
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/themes/${theme.id}`);
    await expect(node).toHaveAttribute('aria-current', 'page');

    await open(page, '/themes');
    await app.locator(`.omk-ring__theme[data-theme="${theme.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect(app.locator('#omk-theme-title')).toHaveText(theme.name.nl);

    await open(page, `/themes/${theme.id}?lang=en`);
    await expect(app.locator('#omk-theme-title')).toHaveText(theme.name.en);
    // Its connections, each marked as our reading where the texts do not make them.
    const rels = content.relations.filter((r) => r.theme === theme.id);
    const items = app.locator('.omk-detail .omk-item:not([data-unlinked])');
    await expect(items).toHaveCount(rels.length);
    const readings = rels.filter((r) => r.basis === 'reading').length;
    await expect(app.locator('.omk-detail .omk-item:not([data-unlinked]) .omk-reading')).toHaveCount(readings);
    // The topics a word ties to it that are not linked, each with why.
    const unlinked = content.unlinked.filter((u) => u.theme === theme.id);
    await expect(app.locator('.omk-detail [data-unlinked]')).toHaveCount(unlinked.length);
    for (const u of unlinked) await expect(app.locator(`.omk-detail [data-unlinked="${u.topic}"]`)).toContainText(u.note.en);
  });
}

test('the themes diagram is reachable by Tab, and its text version lists every theme', async ({ page }) => {
  await open(page, '/themes');
  const app = explainer(page);
  expect(await tabThrough(page, 'theme', content.themes.length)).toEqual(content.themes.map((t) => t.id));
  await app.locator('.omk-text-version summary').click();
  for (const t of content.themes) await expect(app.locator('.omk-text-version')).toContainText(t.name.nl);
});

test('every matrix cell counts and lists exactly the topics of the content model', async ({ page }) => {
  await open(page, '/map');
  const app = explainer(page);
  const columns = [...content.themes.map((t) => t.id), 'outside'];
  await expect(app.locator('.omk-matrix tbody tr')).toHaveCount(content.documents.length);
  for (const doc of content.documents) {
    for (const theme of columns) {
      const want = expectedCell(doc.id, theme);
      const cell = app.locator(`tr[data-doc="${doc.id}"] td[data-theme="${theme}"]`);
      await expect(cell).toHaveAttribute('data-count', String(want.length));
      await cell.locator('a').click();
      const panel = app.locator(`.omk-cell[data-doc="${doc.id}"][data-theme="${theme}"]`);
      await expect(panel).toBeVisible();
      const got = await panel.locator('[data-topic]').evaluateAll((els) => els.map((e) => e.dataset.topic));
      expect(got, `${doc.id} × ${theme}`).toEqual(want);
    }
  }
  // The honest part: topics outside the themes are there.
  expect(content.documents.some((d) => expectedCell(d.id, 'outside').length > 0)).toBe(true);
});

test('filters change the matrix and the route, and survive a reload', async ({ page }) => {
  await open(page, '/map');
  const app = explainer(page);
  await app.locator('#omk-filter-actor').selectOption('g32');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/map?actor=g32');
  await app.locator('#omk-filter-theme').selectOption('bestaanszekerheid');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/map?actor=g32&theme=bestaanszekerheid');
  await page.reload();
  await expect(app.locator('#omk-filter-actor')).toHaveValue('g32');
  await expect(app.locator('#omk-filter-theme')).toHaveValue('bestaanszekerheid');
  await expect(app.locator('.omk-matrix thead th')).toHaveCount(2);
  for (const doc of content.documents) {
    const want = expectedCell(doc.id, 'bestaanszekerheid', 'g32');
    await expect(app.locator(`tr[data-doc="${doc.id}"] td`)).toHaveAttribute('data-count', String(want.length));
  }
  await app.locator('#omk-filter-doc').selectOption('g40-steden');
  await expect(app.locator('.omk-matrix tbody tr')).toHaveCount(1);
  await expect.poll(() => new URL(page.url()).hash).toBe('#/map?doc=g40-steden&actor=g32&theme=bestaanszekerheid');
  await app.locator('.omk-filters__reset').click();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/map');
  await expect(app.locator('.omk-matrix tbody tr')).toHaveCount(content.documents.length);
});

test('hovering or focusing a cell lights up its row and column', async ({ page }) => {
  await open(page, '/map');
  const app = explainer(page);
  const doc = content.documents[3].id;
  const theme = content.themes[1].id;
  const link = app.locator(`tr[data-doc="${doc}"] td[data-theme="${theme}"] a`);
  const plain = await app.locator(`tr[data-doc="${content.documents[0].id}"] td[data-theme="${content.themes[0].id}"]`).evaluate((e) => getComputedStyle(e).backgroundColor);
  await link.focus();
  const lit = (sel) => app.locator(sel).evaluate((e) => getComputedStyle(e).backgroundColor);
  // Same row, other column; same column, other row: both lit. Elsewhere: not.
  expect(await lit(`tr[data-doc="${doc}"] td[data-theme="${content.themes[0].id}"]`)).not.toBe(plain);
  expect(await lit(`tr[data-doc="${content.documents[0].id}"] td[data-theme="${theme}"]`)).not.toBe(plain);
  expect(await lit(`tr[data-doc="${content.documents[0].id}"] td[data-theme="${content.themes[0].id}"]`)).toBe(plain);
});

test('the map in time places only the page that dates itself; the others keep content order, marked', async ({ page }) => {
  await open(page, '/map');
  const app = explainer(page);
  const order = await app.locator('.omk-timeline__item').evaluateAll((els) => els.map((e) => e.dataset.doc));
  const dated = content.documents.filter((d) => d.date).sort((a, b) => a.date.year - b.date.year);
  const undated = content.documents.filter((d) => !d.date);
  expect(order).toEqual([...dated, ...undated].map((d) => d.id));
  for (const d of undated) {
    await expect(app.locator(`.omk-timeline__item[data-doc="${d.id}"] .omk-timeline__date`)).toHaveText(content.ui.explore.no_own_date.nl);
  }
});

// Issue 28, "The map fits": at every width from 320 px the page never scrolls sideways; where the
// matrix is wider than its box, the box scrolls and the documents' column stays in view.
for (const width of [320, 390, 768, 1024, 1366, 1920]) {
  test(`the map fits at ${width} px: the page does not scroll sideways, the first column stays in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 768 });
    await open(page, '/map');
    const app = explainer(page);
    const box = app.locator('.omk-matrix__scroll');
    await expect(box).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'the page scrolls sideways').toBeLessThanOrEqual(0);
    const wide = await box.evaluate((el) => el.scrollWidth > el.clientWidth);
    // Scrolled to the end (or not scrollable): every row's document is still in the box.
    await box.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const heads = await app.locator('.omk-matrix tbody th[scope="row"]').evaluateAll((ths) => {
      const scroller = ths[0].closest('.omk-matrix__scroll').getBoundingClientRect();
      const box = ths[0].closest('.omk-matrix__scroll');
      return ths.map((th) => {
        // The row in the window, the box still scrolled to its end.
        th.scrollIntoView({ block: 'center', inline: 'nearest' });
        box.scrollLeft = box.scrollWidth;
        const r = th.getBoundingClientRect();
        const hit = th.getRootNode().elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
        return { inside: r.left >= scroller.left - 1 && r.right <= scroller.right + 1, top: th.contains(hit), text: th.textContent };
      });
    });
    for (const h of heads) {
      expect(h.inside, `${h.text} is in the box${wide ? ' after scrolling' : ''}`).toBe(true);
      expect(h.top, `${h.text} is on top, not under a cell`).toBe(true);
    }
  });
}

// The search view: results grouped by view with the match marked, the keys of a combobox, the
// text in the route (it survives a reload), a word that appears once in the content, and axe.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, LANGS } from './helpers.mjs';

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/// Every Dutch text of the content that the search covers, for counting words.
function dutchTexts() {
  const out = [];
  const walk = (v, key) => {
    if (key === 'ui' || v === null || typeof v !== 'object') return;
    if (typeof v.nl === 'string' && typeof v.en === 'string') {
      out.push(v.nl);
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  for (const [k, v] of Object.entries(content)) walk(v, k);
  return out;
}

/// A word of at least 9 letters that appears in exactly one Dutch text and begins no other word.
function wordFoundOnce() {
  const texts = dutchTexts().map(fold);
  const words = texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 9);
  const once = words.find((w) => texts.filter((t) => t.split(/[^\p{L}\p{N}]+/u).some((x) => x.startsWith(w))).length === 1);
  if (!once) throw new Error('no word appears once in the content');
  return once;
}

async function openSearch(page, lang = 'nl') {
  await open(page, lang === 'nl' ? '/search' : '/search?lang=en');
  return explainer(page).locator('#omk-search-input');
}

test('the navigation opens the search with the focus in the box', async ({ page }) => {
  await open(page, '/');
  const app = explainer(page);
  await app.locator('.omk-nav__link', { hasText: content.ui.search.title.nl }).click();
  await expect(app.locator('#omk-search-input')).toBeFocused();
});

test('typing lists results grouped by view, with the word beginning marked ("schuld")', async ({ page }) => {
  const box = await openSearch(page);
  const app = explainer(page);
  await box.fill('schuld');
  const options = app.locator('[role="option"]');
  await expect(options.first()).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const marks = await app.locator('.omk-search__results mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(fold(m)).toBe('schuld');
  // "schuld" finds schuldhulpverlening: a word beginning, not only whole words.
  expect(fold(await app.locator('.omk-search__results').innerText())).toContain('schuldhulpverlening');
  const groups = await app.locator('.omk-search__group').allTextContents();
  const order = ['start', 'omkering', 'themes', 'map', 'development', 'context'].map((k) => content.ui[k].title.nl);
  expect(groups.length).toBeGreaterThan(0);
  expect(groups.every((g) => order.includes(g))).toBe(true);
  expect(groups.map((g) => order.indexOf(g))).toEqual([...groups.map((g) => order.indexOf(g))].sort((a, b) => a - b));
});

test('the search is in the route and survives a reload', async ({ page }) => {
  const box = await openSearch(page);
  await box.fill('schuld');
  await expect.poll(() => new URL(page.url()).hash).toBe('#/search?q=schuld');
  const count = await explainer(page).locator('[role="option"]').count();
  expect(count).toBeGreaterThan(0);
  await page.reload();
  const app = explainer(page);
  await expect(app.locator('#omk-search-input')).toHaveValue('schuld');
  await expect(app.locator('[role="option"]')).toHaveCount(count);
  // Typing made one history entry, not one per letter.
  await page.goBack();
  await expect.poll(() => new URL(page.url()).hash).not.toContain('search');
});

test('↑ ↓ choose a result, Enter opens it, Escape empties the box', async ({ page }) => {
  const box = await openSearch(page);
  const app = explainer(page);
  await box.fill('randvoorwaarden');
  const options = app.locator('[role="option"]');
  await expect(options.first()).toBeVisible();
  const n = await options.count();
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'omk-search-option-0');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowUp');
  await expect(box).toHaveAttribute('aria-activedescendant', `omk-search-option-${n - 1}`);
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.fill('randvoorwaarden');
  await box.press('ArrowDown');
  const route = await options.nth(0).getAttribute('data-route');
  await box.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${route}`);
});

test('a word that appears once in the content is found', async ({ page }) => {
  const word = wordFoundOnce();
  const box = await openSearch(page);
  const app = explainer(page);
  await box.fill(word);
  await expect(app.locator('[role="option"]').first()).toBeVisible();
  const marks = await app.locator('[role="option"] mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const m of marks) expect(fold(m)).toBe(word);
});

test('case and accents do not matter, and nothing found says so', async ({ page }) => {
  const box = await openSearch(page);
  const app = explainer(page);
  await box.fill('financien');
  await expect(app.locator('[role="option"]').first()).toBeVisible();
  const plain = await app.locator('[role="option"]').count();
  await box.fill('FINANCIËN');
  await expect(app.locator('[role="option"]')).toHaveCount(plain);
  await box.fill('qqqzzzxx');
  await expect(app.locator('.omk-search__status')).toHaveText(content.ui.search_box.no_results.nl);
});

test('text typed in the box is shown as text, never as markup', async ({ page }) => {
  const box = await openSearch(page);
  const app = explainer(page);
  await page.evaluate(() => (window.__hit = false));
  const evil = '<img src=x onerror="window.__hit=true">';
  await box.fill(evil);
  await expect(box).toHaveValue(evil);
  await expect(app.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => window.__hit)).toBe(false);
});

for (const lang of LANGS) {
  test(`axe finds no violations with search results (${lang})`, async ({ page }) => {
    const box = await openSearch(page, lang);
    await box.fill(lang === 'nl' ? 'gemeenten' : 'municipalities');
    await box.press('ArrowDown');
    await expect(explainer(page).locator('[role="option"]').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

// Issue 10, "Injection": markup-like text goes through every input the explainer has (the link
// hash, every attribute, the search box, the names typed in the self-assessment, an imported
// session file, saved data) and must show as text: no element is made from it, nothing runs, and
// the text is there literally. The guard (guard.mjs) also fails a test on any policy violation,
// which an inserted inline handler would cause. (Content files are data checked at build time;
// no Rust code inserts HTML: tests/invariants.rs.)
import { test, expect } from './guard.mjs';
import { content, explainer, open, settled } from './helpers.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload="window.__pwned=2"><script>window.__pwned=3</script>',
  "javascript:window.__pwned=4//'\"<b>vet</b>",
];
const ui = content.ui.assessment_view;

/// Nothing ran, and no element came from the payloads anywhere on the page (light and shadow DOM).
async function nothingInjected(page) {
  const found = await page.evaluate(() => {
    const out = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('img[src="x"], svg[onload], [onerror], [onload], b, script:not([src])')) out.push(el.outerHTML.slice(0, 80));
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return { pwned: window.__pwned ?? null, elements: out };
  });
  expect(found).toEqual({ pwned: null, elements: [] });
}

for (const [i, payload] of PAYLOADS.entries()) {
  test(`payload ${i + 1} in the hash and the search box shows as text and runs nothing`, async ({ page }) => {
    await open(page, `/search?q=${encodeURIComponent(payload)}`);
    const app = explainer(page);
    const box = app.locator('input[type=search]');
    await expect(box).toHaveValue(payload.slice(0, 80).trim());
    // An item id of markup: the nearest view with a notice, and the markup nowhere.
    await open(page, `/themes/${encodeURIComponent(payload)}`);
    await expect(app.locator('[role=status]:not([data-share]), [role=alert]').first()).toBeVisible();
    // Typed into the search box.
    await open(page, '/search');
    await box.fill(payload);
    await settled(page);
    await expect(box).toHaveValue(payload);
    // The link to share holds the words as text too.
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.hash.split('?')[1]).get('q'))).toBe(payload.slice(0, 80).trim());
    await nothingInjected(page);
  });
}

test('markup in every attribute shows as text or is refused with a warning, and runs nothing', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/__test/ten.html');
  await page.waitForFunction(() => customElements.get('omkering-explainer'));
  const names = ['view', 'lang', 'heading-level', 'url-sync', 'height', 'theme', 'present-button', 'public-url', 'standalone'];
  await page.evaluate(([names, payloads]) => {
    for (const [i, p] of payloads.entries()) {
      const el = document.createElement('omkering-explainer');
      for (const n of names) el.setAttribute(n, p);
      el.setAttribute(`data-${i}`, '');
      document.querySelector('main').append(el);
    }
    // A search link of markup, through the attribute.
    const search = document.createElement('omkering-explainer');
    search.id = 'search';
    search.setAttribute('view', `/search?q=${encodeURIComponent(payloads[0])}`);
    document.querySelector('main').append(search);
  }, [names, PAYLOADS]);
  for (let i = 0; i < PAYLOADS.length + 1; i++) {
    await page.locator('omkering-explainer').nth(i).scrollIntoViewIfNeeded();
    await expect(explainer(page, i).locator('.omk-nav')).toBeVisible();
  }
  await expect(page.locator('#search input[type=search]')).toHaveValue(PAYLOADS[0]);
  // Each wrong attribute was named (with its value as text in the console).
  for (const n of names) expect(warnings.some((w) => w.includes(`"${n}"`) || w.includes(` ${n} `) || w.includes(n)), n).toBe(true);
  await nothingInjected(page);
});

test('markup as names in the self-assessment, in an imported file and in saved data shows as text', async ({ page }) => {
  await open(page, '/assessment');
  const app = explainer(page);
  const [group, participant, session] = PAYLOADS;
  await app.getByLabel(ui.session_name.nl).fill(session);
  await app.getByLabel(ui.new_group.nl).fill(group);
  await app.getByRole('button', { name: ui.add_group.nl }).click();
  await expect(app.locator('#omk-group option:checked')).toHaveText(group);
  await app.getByLabel(ui.new_participant.nl).fill(participant);
  await app.getByRole('button', { name: ui.add_participant.nl }).click();
  await expect(app.locator('#omk-participant option:checked')).toHaveText(participant);
  await app.locator(`fieldset[data-point="${content.points[0].id}"] label`, { hasText: /^3$/ }).click();
  await expect(app.locator('.omk-results')).toContainText(group);
  await nothingInjected(page);
  // An imported file whose group and participant are markup (quoted for CSV where needed).
  const q = (s) => `"${s.replaceAll('"', '""')}"`;
  const csv = `session;date;group;participant;point;score\n${q(session)};2026-11-24;${q(PAYLOADS[1])};${q(PAYLOADS[0])};${content.points[1].id};4\n`;
  await app.locator('#omk-import').setInputFiles({ name: `${PAYLOADS[0]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(app.locator('[data-report]')).toContainText(`${PAYLOADS[0]}.csv`);
  await expect(app.locator('.omk-results')).toContainText(PAYLOADS[1]);
  await nothingInjected(page);
  // Saved and read back after a reload.
  await page.reload();
  await expect(explainer(page).locator('.omk-results')).toContainText(group);
  await expect(explainer(page).getByLabel(ui.session_name.nl)).toHaveValue(session);
  await nothingInjected(page);
});

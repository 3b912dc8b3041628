// The facilitator's guide and the participants' handout on paper (issue 27), checked from the PDF
// that Chromium prints on A4 at 100 %: every slide's block on one page (page breaks never cut a
// block), no text beyond the page, no controls; the handout on one page with the themes, the
// points and the address; axe on both views in both languages.
import { test, expect } from './guard.mjs';
import { content, explainer, open, axeViolations, LANGS, slideTitleOf, twoExplainers, fill } from './helpers.mjs';
import { pdfPages, flat, holds } from './pdf.mjs';

const t = content.ui.print_view;
const langQuery = (lang) => (lang === 'en' ? '&lang=en' : '');

/// Every text run lies on its page (nothing cut off at an edge).
function onThePage(pages) {
  for (const [n, page] of pages.entries()) {
    for (const r of page.runs) {
      const inside = r.x >= -0.5 && r.x + r.w <= page.width + 0.5 && r.y >= -0.5 && r.y <= page.height + 0.5;
      expect(inside, `page ${n + 1}: "${r.str}" at ${r.x},${r.y} (${r.w} wide) is off the page of ${page.width}×${page.height}`).toBe(true);
    }
  }
}

/// The page whose text holds `text` (-1: none).
const pageOf = (pages, text) => pages.findIndex((p) => holds(p.text, text));

/// The slides of a session by their titles in the guide, with a text from the start and one from
/// the end of each block (its first words of what to say, its last question).
function blocks(session, lang) {
  const slides = content.tour.sessionSlides(session);
  return slides.map((s, i) => {
    const index = content.tour.all.indexOf(s);
    const say = s.say[lang];
    const last = s.question.at(-1).text[lang];
    const name = slideTitleOf(index, lang, content.tour.all);
    // The title slide's name says it is the title slide (its title is the explainer's own).
    const shown = s.kind === 'title' ? `${content.ui.session_view.title_slide[lang]}: ${name}` : name;
    return { heading: `${i + 1}. ${shown}`, first: say.slice(0, 40), last: last.slice(-40) };
  });
}

for (const lang of LANGS) {
  for (const session of ['standaard', 'lang']) {
    test(`the guide of the ${session} session prints on A4 with every slide's block on one page (${lang})`, async ({ page }) => {
      test.slow();
      await open(page, `/guide?sessie=${session}${langQuery(lang)}`);
      const app = explainer(page);
      await expect(app.locator('.omk-guide__slide')).toHaveCount(content.tour.sessionSlides(session).length);
      const pages = await pdfPages(await page.pdf({ format: 'A4', scale: 1 }));
      expect(pages.length).toBeGreaterThan(1);
      onThePage(pages);
      const all = pages.map((p) => p.text).join(' ');
      for (const b of blocks(session, lang)) {
        const at = pageOf(pages, b.heading);
        expect(at, `"${b.heading}" is printed`).toBeGreaterThanOrEqual(0);
        expect(holds(pages[at].text, b.first), `the start of "${b.heading}" is on its page ${at + 1}: ${b.first}`).toBe(true);
        expect(holds(pages[at].text, b.last), `the end of "${b.heading}" is on its page ${at + 1}: ${b.last}`).toBe(true);
      }
      // The plan, the terms' explanations, and no controls.
      expect(holds(all, t.plan_heading[lang])).toBe(true);
      const term = content.glossary.find((g) => holds(all, g.explanation[lang].slice(0, 50)));
      expect(term, 'a term of the slides is explained').toBeTruthy();
      expect(all).not.toContain(t.print[lang]);
      expect(all).not.toContain(content.ui.session.title[lang]);
      expect(all).not.toContain(content.ui.skip_link[lang]);
    });
  }

  test(`the handout prints on one A4 page with the diagram, the themes, the points and the address (${lang})`, async ({ page }) => {
    await open(page, `/handout${lang === 'en' ? '?lang=en' : ''}`);
    const app = explainer(page);
    await expect(app.locator('.omk-handout__diagram svg')).toBeVisible();
    await expect(app.locator('.omk-handout__qr')).toBeVisible();
    const pages = await pdfPages(await page.pdf({ format: 'A4', scale: 1 }));
    expect(pages.length, 'one page').toBe(1);
    onThePage(pages);
    const text = pages[0].text;
    for (const part of [content.ui.app_title[lang], t.address_text[lang], new URL('/', page.url()).href, ...content.themes.map((th) => th.name[lang]), ...content.points.map((p) => p.name[lang])]) {
      expect(holds(text, part), `the handout holds "${part}"`).toBe(true);
    }
    // The diagram's actors are text on the paper.
    const mode = content.modes.find((m) => m.id === content.defaultMode);
    const actor = content.actors.find((a) => mode.placement && JSON.stringify(mode.placement).includes(a.id));
    if (actor) expect(holds(text, actor.name[lang].split(' ')[0])).toBe(true);
    expect(text).not.toContain(t.print[lang]);
    expect(text).not.toContain(content.ui.handout.title[lang]);
  });

  test(`axe: the guide and the handout have no violations (${lang})`, async ({ page }) => {
    await open(page, `/guide?sessie=kort${langQuery(lang)}`);
    await expect(explainer(page).locator('.omk-guide__slide').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await open(page, `/handout${lang === 'en' ? '?lang=en' : ''}`);
    await expect(explainer(page).locator('.omk-handout__page')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the chooser links the guide and the handout; in an embed they open on the standalone page to print', async ({ page }) => {
  await open(page, '/session?sessie=kort');
  const app = explainer(page);
  await app.getByRole('link', { name: t.guide_link.nl }).click();
  await expect(app.locator('[data-guide="session"]')).toContainText(fill(t.session.nl, { name: content.tour.session.find((s) => s.id === 'kort').name.nl }));
  await expect(app.getByRole('button', { name: t.print.nl })).toBeVisible();
  // An embed would print its host page around it: it links to the standalone page instead.
  await twoExplainers(page, '/guide?sessie=kort', 600);
  const link = explainer(page, 0).getByRole('link', { name: t.print_elsewhere.nl });
  await expect(link).toHaveAttribute('href', /\/index\.html#\/guide\?sessie=kort$/);
  await expect(explainer(page, 0).getByRole('button', { name: t.print.nl })).toHaveCount(0);
});

test('the views print without the presentation button and without the on-screen instructions', async ({ page }) => {
  for (const route of ['/omkering', '/themes', '/development', '/layers', '/tracks']) {
    await open(page, route);
    const app = explainer(page);
    const instructions = app.locator('.omk-instruction');
    expect(await instructions.count(), `${route} has an instruction on screen`).toBeGreaterThan(0);
    await expect(app.locator('.omk-present-button')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(app.locator('.omk-present-button')).toBeHidden();
    for (let i = 0; i < (await instructions.count()); i++) await expect(instructions.nth(i), `${route}: instruction ${i + 1}`).toBeHidden();
    const text = (await pdfPages(await page.pdf({ format: 'A4', scale: 1 }))).map((p) => p.text).join(' ');
    expect(holds(text, content.ui.present_button.nl), `${route}: no "${content.ui.present_button.nl}" on paper`).toBe(false);
    const hint = (await instructions.first().textContent()).trim();
    expect(holds(text, hint), `${route}: no "${hint}" on paper`).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  }
});

// Shared pieces of the end-to-end tests: the real content (read from content/*.toml, so the
// tests check what the explainer must show), navigation, CSP violation capture and axe-core.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { whileAxeRuns } from './guard.mjs';

const contentDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
const read = (name) => parse(readFileSync(join(contentDir, name), 'utf8'));

export const content = {
  ui: read('ui.toml').ui,
  documents: read('documents.toml').document,
  modes: read('omkering.toml').mode,
  defaultMode: read('omkering.toml').default_mode,
  actors: read('actors.toml').actor,
  conditions: read('conditions.toml').condition,
  themes: read('themes.toml').theme,
  points: read('development-points.toml').point,
  lists: read('topics.toml').list,
  events: read('events.toml').event,
  relations: read('relations.toml').relation,
  layers: read('layers.toml').layer,
  together: read('layers.toml').together,
  asks: read('finance.toml').ask,
  balance: read('finance.toml').balance,
  tour: read('tour.toml'),
};

export const LANGS = ['nl', 'en'];

export const defaultMode = () => content.defaultMode;
export const modeOf = (id) => content.modes.find((m) => m.id === id);

/// The route of the omkering view at a mode (the default mode is left out) and a 0-based step.
export function omkeringHash(modeId, step = null) {
  const mode = modeId === defaultMode() ? '' : `/${modeId}`;
  return `/omkering${mode}${step === null ? '' : `/stap/${step + 1}`}`;
}
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/// The views of the foundation, with the texts each must show (in one language).
export function views() {
  const ui = content.ui;
  return [
    { name: 'start', hash: '/', texts: (l) => [ui.start.title[l], ui.start.intro[l], ui.themes.title[l]] },
    {
      name: 'omkering',
      hash: '/omkering',
      texts: (l) => [
        ui.omkering.title[l],
        ...content.modes.map((m) => m.name[l]),
        ...modeOf(defaultMode()).step.map((s) => s.title[l]),
        ...content.conditions.map((c) => c.name[l]),
        ...content.themes.map((t) => t.name[l]),
      ],
    },
    ...content.modes
      .filter((m) => m.id !== defaultMode())
      .map((m) => ({
        name: `omkering ${m.id}`,
        hash: `/omkering/${m.id}`,
        texts: (l) => [m.name[l], m.summary[l], ...m.step.map((s) => s.title[l])],
      })),
    // The theme names are in the diagram, wrapped over lines; explore.spec.mjs checks them there.
    { name: 'themes', hash: '/themes', texts: (l) => [ui.themes.title[l], ui.explore.ring_hint[l], ui.outside_themes_heading[l]] },
    {
      name: 'theme detail',
      hash: `/themes/${content.themes[0].id}`,
      texts: (l) => [content.themes[0].name[l], content.themes[0].summary[l]],
    },
    {
      name: 'map',
      hash: '/map',
      texts: (l) => [
        ui.map.title[l],
        ui.explore.caption[l],
        ui.explore.outside_column[l],
        ui.explore.time_heading[l],
        ...content.themes.map((t) => t.name[l]),
        ...content.documents.map((d) => d.title[l]),
      ],
    },
    {
      name: 'map cell',
      hash: `/map/g40-steden/${content.themes[3].id}`,
      texts: (l) => [ui.explore.close_cell[l], ...content.relations.filter((r) => r.theme === content.themes[3].id && r.source.doc === 'g40-steden').map((r) => r.note[l])],
    },
    {
      name: 'map filtered',
      hash: '/map?actor=g40&theme=ruimtelijke-puzzel',
      texts: (l) => [ui.explore.filters_reset[l], content.themes[4].name[l]],
    },
    {
      name: 'layers',
      hash: '/layers',
      texts: (l) => [ui.layers.title[l], ui.layers_view.together_heading[l], content.together.text[l]],
    },
    {
      name: 'layer detail',
      hash: '/layers/gemeenten',
      texts: (l) => content.layers.find((x) => x.actor === 'gemeenten').in_doc.map((d) => d.text[l]),
    },
    {
      name: 'finance',
      hash: '/finance',
      texts: (l) => [ui.finance.title[l], ui.finance_view.asks_heading[l], content.balance.start[l]],
    },
    {
      name: 'finance with asks on',
      hash: `/finance/${content.asks[0].topic}/${content.asks[3].topic}`,
      texts: (l) => [content.asks[0].effect[l], content.asks[3].effect[l], ui.finance_view.level[l]],
    },
    {
      name: 'tracks',
      hash: '/tracks',
      texts: (l) => [ui.tracks.title[l], ui.tracks_view.hint[l]],
    },
    {
      name: 'track detail',
      hash: '/tracks/spoor-1-brandende-opgaven',
      texts: (l) => [ui.tracks_view.items_heading[l], ...content.lists.flatMap((x) => x.topic).filter((t) => t.part_of === 'spoor-1-brandende-opgaven').map((t) => t.name[l])],
    },
    {
      name: 'timeline',
      hash: '/timeline',
      texts: (l) => [ui.timeline.title[l], ...content.events.map((e) => e.label[l]), ...content.documents.map((d) => d.title[l])],
    },
    { name: 'search', hash: '/search?q=gemeenten', texts: (l) => [ui.search.title[l], ui.search_box.label[l]] },
    {
      name: 'development',
      hash: '/development',
      // The point names are in the diagram, wrapped over lines; assessment.spec.mjs checks them there.
      texts: (l) => [ui.development.title[l], ui.development.intro[l], ui.development_view.hint[l], ui.development_view.assessment_intro[l]],
    },
    {
      name: 'development point',
      hash: `/development/${content.points[1].id}`,
      texts: (l) => {
        const p = content.points[1];
        return [p.name[l], p.summary[l], p.reading[l], p.low[l], p.high[l], ui.development_view.reading_heading[l], ui.reading_badge[l]];
      },
    },
    {
      name: 'assessment',
      hash: '/assessment',
      texts: (l) => [ui.assessment.title[l], ui.assessment.intro[l], ui.assessment_view.scale_note[l], ui.assessment_view.no_scores[l], ...content.points.map((p) => p.low[l])],
    },
    {
      name: 'context',
      hash: '/context',
      texts: (l) => [
        ui.context.title[l],
        ...content.documents.map((d) => d.title[l]),
        ...content.events.map((e) => e.label[l]),
        ...content.lists.map((x) => x.name[l]),
      ],
    },
  ];
}

/// The title the `i`-th slide of the tour shows (its own, or that of what it shows).
export function slideTitleOf(i, lang = 'nl') {
  const s = content.tour.slide[i];
  const ui = content.ui;
  if (s.title) return s.title[lang];
  if (s.kind === 'omkering') return modeOf(s.item ?? defaultMode()).name[lang];
  if (s.kind === 'themes') return ui.themes.title[lang];
  if (s.kind === 'theme') return content.themes.find((t) => t.id === s.item).name[lang];
  if (s.kind === 'development') return ui.development.title[lang];
  if (s.kind === 'assessment') return ui.assessment.title[lang];
  return ui.app_title[lang];
}

/// Adds an inline script to the page and says whether it ran (the strict policy refuses it,
/// which is a violation the test must expect).
export async function inlineScriptRuns(page) {
  return page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inline === true;
  });
}

/// The hash of a view in a language (Dutch is the default and is left out).
export function hashOf(view, lang) {
  return lang === 'nl' ? view.hash : `${view.hash}${view.hash.includes('?') ? '&' : '?'}lang=${lang}`;
}

/// The explainer on the page (Playwright's CSS locators pierce open shadow roots).
export function explainer(page, nth = 0) {
  return page.locator('omkering-explainer').nth(nth).locator('.omk');
}

/// Opens the standalone page at a hash and waits until the explainer has started and its view
/// is there (a view from a wasm chunk shows a loading line first).
export async function open(page, hash = '/') {
  await page.goto(`/#${hash}`);
  await expect(explainer(page)).toBeVisible();
  await loaded(page);
}

/// Waits until no explainer on the page is still loading a view's code.
export async function loaded(page) {
  await expect(page.locator('omkering-explainer .omk-loading')).toHaveCount(0);
}

/// Presses Tab until `count` elements with the data attribute `key` (e.g. `theme` for
/// `data-theme`) have had the focus in the first explainer, and returns their values in order.
export async function tabThrough(page, key, count, presses = 40) {
  const seen = [];
  for (let i = 0; i < presses && seen.length < count; i++) {
    await page.keyboard.press('Tab');
    const value = await page.evaluate((k) => document.querySelector('omkering-explainer').shadowRoot.activeElement?.dataset?.[k] ?? null, key);
    if (value) seen.push(value);
  }
  return seen;
}

/// Records CSP violations and console errors from the start of every page load.
export async function watchViolations(page) {
  const found = [];
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample ?? ''}`),
      true,
    );
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) found.push(m.text());
  });
  page.on('pageerror', (e) => found.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) found.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return async () => [...found, ...(await page.evaluate(() => window.__violations ?? []))];
}

/// Runs axe-core with the WCAG 2.1 A and AA rules (on the whole page, or only inside the
/// elements `include` selects) and returns the violations, readable.
export async function axeViolations(page, include = null) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const result = await whileAxeRuns(page, () => builder.analyze());
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/// Resolves once the frame after the current one has painted and its tasks ran: the explainer
/// writes the URL then, so a check that the URL stayed the same must wait for it.
export async function settled(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/// Records every response body of `page` from now on; `sizes()` gives each file's path, raw
/// size and brotli size (quality 11), as the size budget and the benchmark count them.
export function recordTransfer(page) {
  const bodies = [];
  page.on('response', (res) => bodies.push(res.body().then((b) => [res.url(), b]).catch(() => [res.url(), Buffer.alloc(0)])));
  return {
    sizes: async () =>
      (await Promise.all(bodies)).map(([url, body]) => ({
        path: new URL(url).pathname,
        raw: body.length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      })),
  };
}

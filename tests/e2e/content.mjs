// The real content for the tests (read from content/*.toml, so the tests check what the
// explainer must show): every view with the texts it must show, the modes, the tour. Plain Node:
// the Playwright specs (through helpers.mjs) and the WebDriver suites of tests/cross/ share it.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const contentDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content');
/// A content file as written, with its glossary marks (`[[words]]`, `[[words|slug]]`).
export const readMarked = (name) => parse(readFileSync(join(contentDir, name), 'utf8'));
/// A text as the visitor reads it: its marks' words without the brackets.
export const unmark = (s) => s.replace(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g, '$1');
const plain = (v) =>
  typeof v === 'string' ? unmark(v) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;
/// A content file with every text as shown.
const read = (name) => plain(readMarked(name));

/// The tour as its first session shows it (`slide`), the slides outside that session (`spare`),
/// every slide of the file (`all`) and a session's slides (`sessionSlides(id)`).
function tour(file) {
  const byId = (id) => file.slide.find((s) => s.id === id);
  const first = file.session[0].slides;
  return {
    ...file,
    all: file.slide,
    slide: first.map(byId),
    spare: file.slide.filter((s) => !first.includes(s.id)),
    sessionSlides: (id) => file.session.find((s) => s.id === id).slides.map(byId),
  };
}

export const content = {
  // The interface texts: `[ui]` and those only the chunk's views show (`[views]`), as one table.
  ui: { ...read('ui.toml').ui, ...read('ui.toml').views },
  documents: read('documents.toml').document,
  glossary: read('glossary.toml').term,
  modes: read('omkering.toml').mode,
  defaultMode: read('omkering.toml').default_mode,
  actors: read('actors.toml').actor,
  conditions: read('conditions.toml').condition,
  themes: read('themes.toml').theme,
  themesAbout: read('themes.toml').about,
  points: read('development-points.toml').point,
  pointsAbout: read('development-points.toml').about,
  lists: read('topics.toml').list,
  tracksList: read('topics.toml').tracks,
  events: read('events.toml').event,
  relations: read('relations.toml').relation,
  unlinked: read('relations.toml').unlinked,
  layers: read('layers.toml').layer,
  together: read('layers.toml').together,
  asks: read('finance.toml').ask,
  balance: read('finance.toml').balance,
  tour: tour(read('tour.toml')),
};

export const LANGS = ['nl', 'en'];

export const defaultMode = () => content.defaultMode;
export const modeOf = (id) => content.modes.find((m) => m.id === id);

/// The route of the omkering view at a mode (the default mode is left out) and a 0-based step.
export function omkeringHash(modeId, step = null) {
  const mode = modeId === defaultMode() ? '' : `/${modeId}`;
  return `/omkering${mode}${step === null ? '' : `/stap/${step + 1}`}`;
}

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
    { name: 'themes', hash: '/themes', texts: (l) => [ui.themes.title[l], ui.explore.ring_hint[l], ui.lists.outside_themes_heading[l]] },
    {
      name: 'theme detail',
      hash: `/themes/${content.themes[0].id}`,
      texts: (l) => [content.themes[0].name[l], content.themesAbout.text[l]],
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
    {
      name: 'glossary',
      hash: '/begrippen',
      texts: (l) => [ui.glossary.title[l], ui.glossary_view.list_heading[l], ...content.glossary.map((t) => t.term[l]), ui.glossary_view.general_badge[l]],
    },
    {
      name: 'glossary term',
      hash: '/begrippen/medebewind',
      texts: (l) => {
        const t = content.glossary.find((x) => x.id === 'begrip-medebewind');
        return [ui.glossary.title[l], t.term[l], t.explanation[l]];
      },
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
        return [p.name[l], content.pointsAbout.text[l], p.reading[l], p.low[l], p.high[l], ui.development_view.reading_heading[l], ui.reading_badge[l]];
      },
    },
    {
      name: 'assessment',
      hash: '/assessment',
      texts: (l) => [ui.assessment.title[l], ui.assessment.intro[l], ui.assessment_view.scale_note[l], ui.assessment_view.no_scores[l], ...content.points.map((p) => p.low[l])],
    },
    {
      name: 'session',
      hash: '/session',
      texts: (l) => [ui.session.title[l], ui.session.intro[l], ui.session_view.chosen_heading[l], ui.session_view.add_heading[l], ui.print_view.guide_link[l]],
    },
    {
      name: 'guide',
      hash: '/guide?sessie=kort',
      texts: (l) => [ui.guide.title[l], ui.guide.intro[l], ui.print_view.plan_heading[l], ...content.tour.sessionSlides('kort').map((s) => s.say[l])],
    },
    {
      name: 'handout',
      hash: '/handout',
      texts: (l) => [ui.handout.title[l], ui.handout.intro[l], ui.app_subtitle[l], ...content.themes.map((t) => t.name[l]), ...content.points.map((p) => p.name[l])],
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
export function slideTitleOf(i, lang = 'nl', slides = content.tour.slide) {
  const s = slides[i];
  const ui = content.ui;
  if (s.title) return s.title[lang];
  if (s.kind === 'omkering') return modeOf(s.item ?? defaultMode()).name[lang];
  if (s.kind === 'themes') return ui.themes.title[lang];
  if (s.kind === 'theme') return content.themes.find((t) => t.id === s.item).name[lang];
  if (s.kind === 'development') return ui.development.title[lang];
  if (s.kind === 'assessment') return ui.assessment.title[lang];
  // The background slides (in the long session): the view's or the list's title.
  if (['finance', 'layers', 'tracks'].includes(s.kind)) return ui[s.kind].title[lang];
  if (s.kind === 'list') return content.lists.find((l) => l.id === s.item).name[lang];
  return ui.app_title[lang];
}

/// The hash of a view in a language (Dutch is the default and is left out).
export function hashOf(view, lang) {
  return lang === 'nl' ? view.hash : `${view.hash}${view.hash.includes('?') ? '&' : '?'}lang=${lang}`;
}

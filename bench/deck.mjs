// The presentation against what facilitators would otherwise use: a reveal.js deck of the
// standard session's slides (the same texts, read from content/; reveal.js from the pinned npm
// package), and the key-to-paint of a slide change in both and of a score change in the
// self-assessment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { latencies, openOmkering as openPage } from './interaction.mjs';

const read = (root, name) => parse(readFileSync(join(root, 'content', name), 'utf8'));
/// A text as the visitor reads it: glossary marks without their brackets.
const plain = (s) => s.replace(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/g, '$1');
const escape = (s) => plain(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/// The standard session's slides (those switched on) as reveal.js sections, in Dutch: each with
/// the title and the texts the explainer's slide shows; the omkering slide with the explainer's
/// diagram frozen as an SVG (`svg`) and its steps as fragments, as the explainer shows them.
export function revealSlides(root, svg) {
  const tour = ((f) => f.session[0].slides.map((id) => f.slide.find((s) => s.id === id)))(read(root, 'tour.toml'));
  const ui = read(root, 'ui.toml');
  const omkering = read(root, 'omkering.toml');
  const themes = read(root, 'themes.toml');
  const points = read(root, 'development-points.toml');
  const list = (items) => `<ol>${items.map((i) => `<li>${escape(i)}</li>`).join('')}</ol>`;
  return tour.map((s) => {
    const title = (t) => `<h2>${escape(t)}</h2>`;
    switch (s.kind) {
      case 'omkering': {
        const mode = omkering.mode.find((m) => m.id === (s.item ?? omkering.default_mode));
        const steps = mode.step.map((st) => `<p class="fragment"><strong>${escape(st.title.nl)}</strong> ${escape(st.text.nl)}</p>`).join('');
        return `${title(mode.name.nl)}${svg}<p>${escape(mode.summary.nl)}</p>${steps}`;
      }
      case 'themes':
        return title(ui.ui.themes.title.nl) + list(themes.theme.map((t) => t.name.nl));
      case 'theme':
        return title(themes.theme.find((t) => t.id === s.item).name.nl) + `<p>${escape(themes.about.text.nl)}</p>`;
      case 'development':
        return title(ui.ui.development.title.nl) + list(points.point.map((p) => p.name.nl));
      case 'assessment':
        return title(ui.ui.assessment.title.nl) + `<p>${escape(ui.views.assessment_view.who_slide.nl.replace('{minutes}', String(s.minutes)))}</p>`;
      default:
        return title(s.title.nl) + (s.text ? `<p>${escape(s.text.nl)}</p>` : '');
    }
  });
}

/// The reveal.js page: the pinned package's ES module and styles, marking `bench:diagram` when
/// the deck has initialised (its first slide on screen).
export function revealPage(slides) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>reveal.js: de omkering</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/__reveal/reveal.css">
<link rel="stylesheet" href="/__reveal/theme/white.css">
<script type="module">
import Reveal from '/__reveal/reveal.mjs';
const deck = new Reveal({ hash: false, history: false });
await deck.initialize();
window.deck = deck;
performance.mark('bench:diagram');
</script>
</head>
<body>
<div class="reveal"><div class="slides">
${slides.map((s) => `<section>${s}</section>`).join('\n')}
</div></div>
</body>
</html>
`;
}

/// The keys that walk a deck of `positions` forward to its end and back, `count` in all.
export function walk(count, positions) {
  const keys = [];
  for (let i = 0; keys.length < count; i++) keys.push(i % (2 * (positions - 1)) < positions - 1 ? 'PageDown' : 'PageUp');
  return keys;
}

/// Key to next paint of `samples` slide changes in the explainer's presentation (`present`, its
/// URL) and the reveal.js deck (`reveal`), walking each deck forward and back (`positions`: the
/// presentation's slides and steps; reveal.js the same slides and fragments).
export async function slideChanges(browser, { present, reveal, rate, samples, positions, pause }) {
  const out = {};
  for (const [id, url] of [['present', present], ['reveal', reveal]]) {
    const { context, page } = await openPage(browser, url, rate);
    // Where the deck is: a key that did not move it would measure nothing.
    const at = () => page.evaluate(() => (window.deck ? JSON.stringify(window.deck.getIndices()) : window.location.hash));
    try {
      out[id] = await latencies(page, walk(samples, positions), async () => {}, pause);
      const moved = await at();
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(pause);
      if ((await at()) === moved) throw new Error(`${id}: PageDown did not move the deck`);
    } finally {
      await context.close();
    }
  }
  return out;
}

/// Key to next paint of `samples` score changes in the self-assessment (`url`): the arrow keys in
/// the first point's scores, from "no score" to 5 and back, each press another score.
export async function scoreChanges(browser, url, { rate, samples, pause }) {
  const { context, page } = await openPage(browser, url, rate);
  try {
    const first = page.locator('omkering-explainer fieldset.omk-score').first().getByRole('radio').first();
    await first.waitFor();
    await first.focus();
    const keys = [];
    for (let i = 0; keys.length < samples; i++) keys.push(i % 10 < 5 ? 'ArrowRight' : 'ArrowLeft');
    return await latencies(page, keys, async () => {}, pause);
  } finally {
    await context.close();
  }
}

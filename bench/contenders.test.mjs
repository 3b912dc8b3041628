// Host checks of the contender pages (run by `cargo xtask test` with node's test runner): the
// Mermaid flowchart draws the same actors and arrows as the explainer's default mode; the
// reveal.js deck has the standard session's slides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { omkeringFlow, mermaidSource, mermaidPage, staticPage } from './contenders.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const omkering = parse(readFileSync(join(root, 'content', 'omkering.toml'), 'utf8'));
const mode = omkering.mode.find((m) => m.id === omkering.default_mode);

test('the flow has every placed actor and one arrow per direction between two actors', () => {
  const flow = omkeringFlow(root);
  assert.deepEqual(flow.nodes.map((n) => n.id).sort(), Object.values(mode.placement).sort());
  const pairs = new Set(mode.step.flatMap((s) => (s.flows ?? []).map((f) => `${f.from}>${f.to}`)));
  assert.deepEqual(new Set(flow.arrows.map((a) => `${a.from}>${a.to}`)), pairs);
  for (const step of mode.step) {
    for (const f of step.flows ?? []) {
      const arrow = flow.arrows.find((a) => a.from === f.from && a.to === f.to);
      assert.ok(arrow.labels.includes(f.label.nl), `${f.label.nl} on ${f.from} → ${f.to}`);
    }
  }
});

test('the Mermaid source declares each node once and each arrow once, quotes escaped', () => {
  const src = mermaidSource({ nodes: [{ id: 'a', name: 'A "x"' }, { id: 'b', name: 'B' }], arrows: [{ from: 'a', to: 'b', labels: ['p', 'q'] }] });
  assert.equal(src, 'flowchart TB\n  a["A #quot;x#quot;"]\n  b["B"]\n  a -->|"p · q"| b');
});

test('the pages: Mermaid marks its diagram, the static page has no script', () => {
  const flow = omkeringFlow(root);
  assert.match(mermaidPage(flow), /performance\.mark\('bench:diagram'\)/);
  const page = staticPage(flow, '<svg></svg>');
  assert.doesNotMatch(page, /<script/);
  assert.match(page, /<html lang="nl" data-bench-static>/);
});

test('the reveal.js deck has the standard session\'s slides in order, the omkering steps as fragments, no marks', async () => {
  const { revealSlides, revealPage, walk } = await import('./deck.mjs');
  const tour = ((f) => f.session[0].slides.map((id) => f.slide.find((s) => s.id === id)))(parse(readFileSync(join(root, 'content', 'tour.toml'), 'utf8')));
  const slides = revealSlides(root, '<svg></svg>');
  assert.equal(slides.length, tour.length);
  const omk = tour.findIndex((s) => s.kind === 'omkering');
  assert.equal((slides[omk].match(/class="fragment"/g) ?? []).length, mode.step.length);
  assert.ok(slides[omk].includes('<svg></svg>'));
  for (const s of slides) assert.doesNotMatch(s, /\[\[|\]\]/);
  const page = revealPage(slides);
  assert.match(page, /performance\.mark\('bench:diagram'\)/);
  assert.equal((page.match(/<section>/g) ?? []).length, tour.length);
  assert.deepEqual(walk(6, 3), ['PageDown', 'PageDown', 'PageUp', 'PageUp', 'PageDown', 'PageDown']);
});

// The report: targets (met or missed), then every measurement, as Markdown; the JSON report
// holds the same numbers and every sample.
import { summary } from './stats.mjs';

export const TARGETS = {
  startTransfer: 150 * 1024,
  paintedRatio: 1.5,
  mermaidRatio: 0.5,
  inpP95: 50,
  morphP95: 8,
  heapGrowth: 5,
  searchKeystroke: 2,
  importMedian: 200,
};

const ms = (v) => (v === null || v === undefined ? '–' : `${v.toFixed(1)} ms`);
const bytes = (n) => `${n.toLocaleString('en-US')} B`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (v) => `${v >= 0 ? '+' : ''}${v.toFixed(2)} %`;
const verdict = (ok) => (ok ? '**met**' : '**missed**');
const total = (files) => files.reduce((s, f) => s + f.brotli, 0);
const growth = (a, b) => ((b - a) / a) * 100;

/// Everything derived from the raw results: summaries, ratios and the target verdicts.
export function analyse(raw) {
  const start = {};
  for (const [id, c] of Object.entries(raw.start)) {
    start[id] = { transfer: total(c.files), rates: {} };
    for (const [rate, samples] of Object.entries(c.samples)) start[id].rates[rate] = summary(samples);
  }
  const ratio = (id, rate) => start.omkering.rates[rate].median / start[id].rates[rate].median;
  // The painted start view against the static SVG, and the app's takeover of it.
  const painted = (rate) => start.painted.rates[rate].median / start.static.rates[rate].median;
  const takeover = Object.fromEntries(Object.entries(raw.start.painted.takeover).map(([rate, samples]) => [rate, summary(samples)]));
  const rates = Object.keys(raw.start.omkering.samples);
  const keys = Object.fromEntries(['step', 'mode', 'theme', 'present', 'reveal', 'score'].map((k) => [k, summary(raw.keys[k].samples)]));
  const morph = summary(raw.morph);
  const search = summary(raw.search.keystrokes);
  const assessment = Object.fromEntries(['readCsv', 'readJson', 'csv', 'json', 'open'].map((k) => [k, summary(raw.assessment[k])]));
  const heap = {
    wasm: growth(raw.memory.load.wasmLive, raw.memory.after.wasmLive),
    js: growth(raw.memory.load.jsHeap, raw.memory.after.jsHeap),
    wasmSteady: growth(raw.memory.quarter.wasmLive, raw.memory.after.wasmLive),
    jsSteady: growth(raw.memory.quarter.jsHeap, raw.memory.after.jsHeap),
  };
  const startTransfer = total(raw.transfer.start);
  const targets = [
    ['Start page transfer under 150 KB brotli', bytes(startTransfer), startTransfer < TARGETS.startTransfer],
    ...rates.map((rate) => [
      `First diagram at most half of Mermaid's, ${rate}× CPU`,
      `${ratio('mermaid', rate).toFixed(2)} (${ms(start.omkering.rates[rate].median)} vs ${ms(start.mermaid.rates[rate].median)})`,
      ratio('mermaid', rate) <= TARGETS.mermaidRatio,
    ]),
    ...rates.map((rate) => [
      `Standalone page: first diagram (painted) at most 1.5× the static SVG's, ${rate}× CPU`,
      `${painted(rate).toFixed(2)} (${ms(start.painted.rates[rate].median)} vs ${ms(start.static.rates[rate].median)})`,
      painted(rate) <= TARGETS.paintedRatio,
    ]),
    ...rates.map((rate) => [
      `Standalone page: takeover median no slower than the first diagram the app draws (omkering view), ${rate}× CPU`,
      `${ms(takeover[rate].median)} (p95 ${ms(takeover[rate].p95)}) vs ${ms(start.omkering.rates[rate].median)}`,
      takeover[rate].median <= start.omkering.rates[rate].median,
    ]),
    ['Lighthouse (mobile, median of 5): Largest Contentful Paint at most 1.5 s', ms(raw.lighthouse.median.lcp), raw.lighthouse.median.lcp <= 1500],
    ['Lighthouse (mobile, median of 5): Total Blocking Time at most 100 ms', ms(raw.lighthouse.median.tbt), raw.lighthouse.median.tbt <= 100],
    ['Lighthouse (mobile, median of 5): Cumulative Layout Shift under 0.01', raw.lighthouse.median.cls.toFixed(3), raw.lighthouse.median.cls < 0.01],
    ['Lighthouse (mobile, median of 5): accessibility 100', String(raw.lighthouse.median.accessibility), raw.lighthouse.median.accessibility === 100],
    ['Lighthouse (mobile, median of 5): performance score (aim 98 or more)', String(raw.lighthouse.median.performance), raw.lighthouse.median.performance >= 98],
    [`Next step: key to next paint p95 under 50 ms, ${raw.config.throttle}× CPU`, ms(keys.step.p95), keys.step.p95 < TARGETS.inpP95],
    [`Mode switch: key to next paint p95 under 50 ms, ${raw.config.throttle}× CPU`, ms(keys.mode.p95), keys.mode.p95 < TARGETS.inpP95],
    [`Theme select: key to next paint p95 under 50 ms, ${raw.config.throttle}× CPU`, ms(keys.theme.p95), keys.theme.p95 < TARGETS.inpP95],
    [`Slide change: key to next paint p95 under 50 ms, ${raw.config.throttle}× CPU`, ms(keys.present.p95), keys.present.p95 < TARGETS.inpP95],
    [`Score change: key to next paint p95 under 50 ms, ${raw.config.throttle}× CPU`, ms(keys.score.p95), keys.score.p95 < TARGETS.inpP95],
    ['Morph work per frame p95 under 8 ms, 1× CPU', ms(morph.p95), morph.p95 < TARGETS.morphP95],
    ['Live wasm heap growth over the soak under 5 %', pct(heap.wasm), heap.wasm < TARGETS.heapGrowth],
    ['Search per keystroke under 2 ms (p95), 1× CPU', ms(search.p95), search.p95 < TARGETS.searchKeystroke],
    ...[['CSV', 'readCsv'], ['JSON', 'readJson']].map(([kind, key]) => [
      `Reading a 1 MiB session (30,000 participants) as ${kind}: median under 200 ms, 1× CPU`,
      ms(assessment[key].median),
      assessment[key].median < TARGETS.importMedian,
    ]),
  ].map(([name, value, met]) => ({ name, value, met }));
  return { assessment, search, start, takeover, ratio: Object.fromEntries(rates.map((r) => [r, { mermaid: ratio('mermaid', r), static: ratio('static', r) }])), keys, morph, heap, startTransfer, targets };
}

export function markdown(raw, a) {
  const m = raw.machine;
  const out = [];
  out.push('# Benchmark report', '');
  out.push(`${m.date}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}. Browser: ${m.browser}, headless. ` +
    `Start: ${raw.config.runs} runs per contender and CPU rate after one warm-up round, contenders alternating (A B C A B C …). ` +
    'Timings on loopback (no network delay): they show CPU work, the transfer sizes show the download.', '');
  out.push('## Targets', '', '| target | measured | |', '|---|---|---|');
  for (const t of a.targets) out.push(`| ${t.name} | ${t.value} | ${verdict(t.met)} |`);
  out.push('', '## Start: navigation to the first diagram on screen', '');
  out.push('The time runs to the end of the first frame rendered after the diagram is in the page (explainer: its `omkering:diagram` mark; Mermaid: `mermaid.run()` resolved; static SVG: here the end of the first frame that has it, checked in every frame while the page loads; the explainer\'s presentation: the first frame that finds the first slide\'s title; reveal.js: `initialize()` resolved). The ratio compares each contender with the explainer\'s omkering view, and the reveal.js deck with the presentation. Transfer: every file the page loads, brotli.', '');
  out.push('| contender | transfer | CPU | median | p95 | min | max | ours / theirs |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [id, c] of Object.entries(a.start)) {
    for (const [rate, s] of Object.entries(c.rates)) {
      const ours = id === 'reveal' ? 'present' : 'omkering';
      const r = id === 'omkering' || id === 'present' ? '' : (a.start[ours].rates[rate].median / s.median).toFixed(2);
      out.push(`| ${raw.names[id]} | ${kb(c.transfer)} | ${rate}× | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} | ${r} |`);
    }
  }
  out.push('', '## The standalone page: the start view painted into the page, and the takeover', '');
  out.push('The standalone page (`/`) holds its start view as declarative shadow DOM (`cargo xtask build` paints it with the app itself). First diagram: the end of the first frame that has the painted diagram with the stylesheet of its shadow root loaded (checked in every frame while the page loads, as for the static SVG). Takeover: the app has drawn the same view behind it and replaced it (`data-omk-started`), then the end of the next frame; from then on it answers clicks and keys (a click or key before is kept and replayed).', '');
  out.push('| CPU | first diagram, median | takeover, median | takeover, p95 | min | max |', '|---:|---:|---:|---:|---:|---:|');
  for (const [rate, t] of Object.entries(a.takeover)) out.push(`| ${rate}× | ${ms(a.start.painted.rates[rate].median)} | ${ms(t.median)} | ${ms(t.p95)} | ${ms(t.min)} | ${ms(t.max)} |`);
  const lh = raw.lighthouse;
  out.push('', `## Lighthouse ${lh.version}, default mobile settings, the standalone page`, '');
  out.push('Simulated slow 4G and 4× CPU, served as deployed (brotli, `bench/deployed.mjs`), a fresh browser per run.', '');
  out.push('| run | LCP | FCP | TBT | CLS | performance | accessibility |', '|---:|---:|---:|---:|---:|---:|---:|');
  lh.samples.forEach((r, i) => out.push(`| ${i + 1} | ${ms(r.lcp)} | ${ms(r.fcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${r.performance} | ${r.accessibility} |`));
  out.push(`| median | ${ms(lh.median.lcp)} | ${ms(lh.median.fcp)} | ${ms(lh.median.tbt)} | ${lh.median.cls.toFixed(3)} | ${lh.median.performance} | ${lh.median.accessibility} |`);
  out.push('', `## Interaction: key press to next paint, ${raw.config.throttle}× CPU`, '');
  out.push('Event Timing API, as Interaction to Next Paint: from the key event to the presentation of the next frame, the longest event of the interaction, in steps of 8 ms. The browser does not report interactions under 16 ms; they count as 16 ms.', '');
  out.push('| interaction | samples | under 16 ms | median | p95 | max |', '|---|---:|---:|---:|---:|---:|');
  out.push(`| next / previous step (→ ←), one every ${raw.config.stepPauseMs} ms | ${a.keys.step.n} | ${raw.keys.step.underThreshold} | ${ms(a.keys.step.median)} | ${ms(a.keys.step.p95)} | ${ms(a.keys.step.max)} |`);
  out.push(`| mode switch (Enter on the other mode) | ${a.keys.mode.n} | ${raw.keys.mode.underThreshold} | ${ms(a.keys.mode.median)} | ${ms(a.keys.mode.p95)} | ${ms(a.keys.mode.max)} |`);
  out.push(`| theme select (Enter on a theme chip of the omkering view) | ${a.keys.theme.n} | ${raw.keys.theme.underThreshold} | ${ms(a.keys.theme.median)} | ${ms(a.keys.theme.p95)} | ${ms(a.keys.theme.max)} |`);
  for (const [key, name] of [['present', `slide change in the presentation (PageDown / PageUp through its ${raw.positions} slides and steps), one every ${raw.config.stepPauseMs} ms`], ['reveal', `slide change in the reveal.js deck of the same slides (PageDown / PageUp, fragments as steps), one every ${raw.config.stepPauseMs} ms`], ['score', `score change in the self-assessment (arrow keys in a point's scores), one every ${raw.config.scorePauseMs} ms`]]) {
    out.push(`| ${name} | ${a.keys[key].n} | ${raw.keys[key].underThreshold} | ${ms(a.keys[key].median)} | ${ms(a.keys[key].p95)} | ${ms(a.keys[key].max)} |`);
  }
  out.push('', '## Search, per keystroke, 1× CPU', '');
  out.push(`The search index (\`src/search.rs\`) in the bench build, timed in the page: ${raw.search.queries.length} queries typed letter by letter (${raw.search.queries.map((q) => `"${q}"`).join(', ')}), one search per keystroke over both languages: ${a.search.n} keystrokes, median ${ms(a.search.median)}, p95 ${ms(a.search.p95)}, max ${ms(a.search.max)}. Building the index once: ${ms(raw.search.build)}. The search view (\`src/ui/views/search.rs\`, in the \`explore\` chunk) runs this same search on every keystroke.`);
  out.push('', '## Self-assessment: the largest session, 1× CPU', '');
  out.push(`A session file of ${bytes(raw.assessment.bytes)} (the most the explainer reads) with 30,000 participants in 100 groups, in a fresh browser profile per run, the view's code loaded first. Read: \`assessment::read\` in the bench build, the parser and every check, timed in the page. Import: from the file input's \`change\` to the frame after the report shows (reading the file, parsing, merging, saving, drawing the 100 groups). Open: from the navigation to the assessment view, with the session saved, to the frame after the results show.`, '');
  out.push('| | runs | median | p95 | min | max |', '|---|---:|---:|---:|---:|---:|');
  for (const [name, key] of [['read, CSV', 'readCsv'], ['read, JSON', 'readJson'], ['import, CSV', 'csv'], ['import, JSON', 'json'], ['open the view with the session saved', 'open']]) {
    const s = a.assessment[key];
    out.push(`| ${name} | ${s.n} | ${ms(s.median)} | ${ms(s.p95)} | ${ms(s.min)} | ${ms(s.max)} |`);
  }
  out.push('', '## Morph: main-thread work per animation frame, 1× CPU', '');
  out.push(`${a.morph.n} frames over ${raw.config.morphSwitches} mode switches; each from the first animation callback to the end of the frame's rendering update: median ${ms(a.morph.median)}, p95 ${ms(a.morph.p95)}, max ${ms(a.morph.max)}.`);
  const mem = raw.memory;
  out.push('', '## Memory', '');
  out.push(`Bench build (feature \`bench\`: a counting allocator), after a forced garbage collection. Soak: ${mem.stepChanges} step changes and ${mem.modeSwitches} mode switches (each morph run to its end).`, '');
  out.push('| | after load | after a quarter of the soak | after soak | growth over the soak | growth over the last three quarters |', '|---|---:|---:|---:|---:|---:|');
  out.push(`| wasm live heap | ${bytes(mem.load.wasmLive)} | ${bytes(mem.quarter.wasmLive)} | ${bytes(mem.after.wasmLive)} | ${pct(a.heap.wasm)} | ${pct(a.heap.wasmSteady)} |`);
  out.push(`| JS heap | ${bytes(mem.load.jsHeap)} | ${bytes(mem.quarter.jsHeap)} | ${bytes(mem.after.jsHeap)} | ${pct(a.heap.js)} | ${pct(a.heap.jsSteady)} |`);
  out.push(`| wasm allocations since start | ${mem.load.allocations.toLocaleString('en-US')} | ${mem.quarter.allocations.toLocaleString('en-US')} | ${mem.after.allocations.toLocaleString('en-US')} | | |`);
  out.push('', 'The JS heap includes what the browser keeps per history entry and per interaction (navigation entries, performance entries, compiled code); the wasm live heap is the explainer\'s own memory.');
  out.push('', '## Transfer (brotli)', '');
  for (const [name, files] of [['Start page (/)', raw.transfer.start], ['Embed (bundle files on examples/host.html)', raw.transfer.embed], ["The standalone page's service worker, on a first visit, once the page has loaded and is idle (its offline copy: what the page did not load itself, and the unhashed files again)", raw.transfer.worker]]) {
    out.push(`${name}: ${bytes(total(files))} in ${files.length} files: ${files.map((f) => `\`${f.path}\` ${bytes(f.brotli)}`).join(', ')}.`, '');
  }
  out.push('## Every built file (dist/)', '', '| file | raw | gzip | brotli |', '|---|---:|---:|---:|');
  for (const f of raw.sizes) out.push(`| ${f.path} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
  const sum = (k) => raw.sizes.reduce((s, f) => s + f[k], 0);
  out.push(`| **total** | ${sum('raw')} | ${sum('gzip')} | ${sum('brotli')} |`, '');
  return out.join('\n');
}

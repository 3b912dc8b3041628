// `cargo xtask bench` runs this after building dist/ (the release) and target/bench/dist/ (the
// same with the counting allocator), and writing target/bench/sizes.json. It serves everything
// on loopback, drives Debian's Chromium with Playwright and writes target/bench/report.json and
// target/bench/report.md.
//
//   OMKERING_BENCH_RUNS (default 15, as issue 23 asks): measured start runs per contender and CPU rate.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { chromium } from '@playwright/test';

import { serve } from '../tests/e2e/serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.mjs';
import { omkeringFlow, snapshotSvg, writePages } from './contenders.mjs';
import { revealPage, revealSlides, scoreChanges, slideChanges } from './deck.mjs';
import { startTimes } from './start.mjs';
import { keyLatency, morphFrames, openOmkering, STEP_PAUSE_MS } from './interaction.mjs';
import { soak } from './memory.mjs';
import { searchTimes } from './search.mjs';
import { assessmentTimes } from './assessment.mjs';
import { transfers, workerTransfer } from './transfer.mjs';
import { analyse, markdown } from './report.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { deployed } from './deployed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'target', 'bench');
const PORT = 4190;
const base = `http://127.0.0.1:${PORT}`;
const config = {
  runs: Number(process.env.OMKERING_BENCH_RUNS ?? 15),
  rates: [1, 4],
  throttle: 4,
  stepPauseMs: STEP_PAUSE_MS,
  keySamples: 100,
  modeSamples: 40,
  morphSwitches: 20,
  slideSamples: 100,
  scoreSamples: 40,
  scorePauseMs: 200,
  soakSteps: 2000,
  soakSwitches: 200,
};
const log = (line) => console.log(`    ${line}`);

// Mermaid draws with inline styles, so its page needs 'unsafe-inline'; the explainer's pages keep
// the strict policy of the tests.
const CONTENDER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";
const server = await serve({
  port: PORT,
  roots: [
    { prefix: '/__bench/', dir: join(out, 'pages'), csp: CONTENDER_CSP },
    { prefix: '/__mermaid/', dir: join(root, 'node_modules', 'mermaid', 'dist'), csp: CONTENDER_CSP },
    { prefix: '/__reveal/', dir: join(root, 'node_modules', 'reveal.js', 'dist'), csp: CONTENDER_CSP },
    { prefix: '/__heap/', dir: join(out, 'dist') },
    { prefix: '/', dir: join(root, 'dist') },
  ],
});
const browser = await chromium.launch({
  executablePath: process.env.OMKERING_CHROMIUM || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

try {
  const omkering = parse(readFileSync(join(root, 'content', 'omkering.toml'), 'utf8'));
  const steps = Object.fromEntries(omkering.mode.map((m) => [m.id, m.step.length]));

  console.log('Contender pages: Mermaid from content/, the static SVG frozen from the explainer');
  const flow = omkeringFlow(root);
  const { context, page } = await openOmkering(browser, `${base}/#/omkering`, 1);
  const svg = await snapshotSvg(page);
  writePages(join(out, 'pages'), flow, svg);
  writeFileSync(join(out, 'pages', 'reveal.html'), revealPage(revealSlides(root, svg)));
  await context.close();

  console.log('Transfer of the start page and the embed');
  const transfer = { ...(await transfers(browser, base)), worker: await workerTransfer(browser, join(root, 'dist'), PORT + 3) };

  console.log(`Start: ${config.runs} runs per contender at ${config.rates.join('× and ')}× CPU`);
  const names = {
    omkering: 'omkering (this explainer)',
    painted: 'the standalone page (/): its start view painted into the page',
    mermaid: 'Mermaid 12 flowchart',
    static: 'static inline SVG, no script',
    present: "the explainer's presentation, first slide",
    reveal: 'reveal.js 6 deck of the same slides, first slide',
  };
  const contenders = [
    { id: 'omkering', url: '/#/omkering' },
    { id: 'painted', url: '/', takeover: true },
    { id: 'mermaid', url: '/__bench/mermaid.html' },
    { id: 'static', url: '/__bench/static.html' },
    { id: 'present', url: '/#/present/1' },
    { id: 'reveal', url: '/__bench/reveal.html' },
  ];
  const start = await startTimes(browser, base, contenders, { runs: config.runs, rates: config.rates, log });

  console.log(`Interaction: key to next paint at ${config.throttle}× CPU`);
  const keys = await keyLatency(browser, `${base}/#/omkering`, {
    rate: config.throttle,
    samples: config.keySamples,
    switches: config.modeSamples,
    steps: steps[omkering.default_mode],
  });

  console.log(`Presentation: slide change, key to next paint at ${config.throttle}× CPU, against reveal.js`);
  const tour = ((f) => f.session[0].slides.map((id) => f.slide.find((s) => s.id === id)))(parse(readFileSync(join(root, 'content', 'tour.toml'), 'utf8')));
  const positions = tour.reduce((n, x) => n + (x.kind === 'omkering' ? 1 + steps[x.item ?? omkering.default_mode] : 1), 0);
  const slides = await slideChanges(browser, {
    present: `${base}/#/present/1`,
    reveal: `${base}/__bench/reveal.html`,
    rate: config.throttle,
    samples: config.slideSamples,
    positions,
    pause: STEP_PAUSE_MS,
  });

  console.log(`Self-assessment: score change, key to next paint at ${config.throttle}× CPU`);
  const score = await scoreChanges(browser, `${base}/#/assessment`, { rate: config.throttle, samples: config.scoreSamples, pause: config.scorePauseMs });

  console.log('Morph: work per frame');
  const morph = await morphFrames(browser, `${base}/#/omkering`, { switches: config.morphSwitches });

  console.log(`Memory: soak of ${config.soakSteps} step changes and ${config.soakSwitches} mode switches (bench build)`);
  const memory = await soak(browser, `${base}/__heap/index.html#/omkering`, `${base}/__heap/omkering.js`, {
    stepChanges: config.soakSteps,
    modeSwitches: config.soakSwitches,
    steps,
    log,
  });

  console.log('Search: time per keystroke (bench build)');
  const search = await searchTimes(browser, `${base}/__heap/index.html#/omkering`, `${base}/__heap/omkering.js`);

  console.log('Self-assessment: a session of 1 MiB (30,000 participants) imported and opened');
  const points = parse(readFileSync(join(root, 'content', 'development-points.toml'), 'utf8')).point.map((p) => p.id);
  const assessment = await assessmentTimes(browser, base, points, { runs: config.runs, log, heapUrl: `${base}/__heap/index.html#/omkering`, moduleUrl: `${base}/__heap/omkering.js` });

  console.log('Lighthouse: 5 runs of the standalone page with its default mobile settings, served as deployed (brotli)');
  const lhServer = await deployed(join(root, 'dist'), PORT + 4);
  const lighthouse = await lighthouseRuns(`http://127.0.0.1:${PORT + 4}/`, 5).finally(() => lhServer.close());

  const cpu = cpus();
  const machine = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    browser: `Chromium ${browser.version()}`,
  };
  const sizes = JSON.parse(readFileSync(join(out, 'sizes.json'), 'utf8'));
  const raw = { machine, config, names, sizes, transfer, lighthouse, start, keys: { ...keys, present: slides.present, reveal: slides.reveal, score }, positions, morph, memory, search, assessment };
  const analysis = analyse(raw);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'report.json'), JSON.stringify({ ...raw, analysis }, null, 2));
  writeFileSync(join(out, 'report.md'), markdown(raw, analysis));
  console.log(`\n${markdown(raw, analysis)}`);
} finally {
  await browser.close();
  server.close();
}

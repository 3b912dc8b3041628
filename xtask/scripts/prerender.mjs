// The start view painted from index.html before the wasm runs (issue 23; ARCHITECTURE.md,
// "The first view"). `cargo xtask build` runs this on the built dist/ (xtask/src/prerender.rs):
// it opens the standalone page in Debian's Chromium at every width class, takes what the app
// itself rendered into the element's shadow root, and writes it back into dist/index.html as
// declarative shadow DOM. One renderer: the markup is the live app's, never a second copy.
//
// Only the diagram depends on the width (its layout is computed for the room it has); the rest
// of the view is the same markup at every width (checked: the build stops otherwise). The
// diagram is kept once per width class, and rules appended to dist/omkering.css show the one
// whose class the container is in.
//
//   node xtask/scripts/prerender.mjs <dist> <chromium>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

import { serve } from '../../tests/e2e/serve.mjs';
import { CHROMIUM_ARGS } from '../../tests/e2e/playwright.config.mjs';

/// The widths the first view is painted for (CSS px of the window): the listed phone, tablet and
/// desktop widths of issue 23. Between two of them the nearer one's diagram shows until the app
/// lays it out for the exact width.
const WIDTHS = [320, 360, 390, 414, 768, 1024, 1280, 1440, 1920];
const HEIGHT = 900;
const PORT = 4188;

const [dist, executablePath] = process.argv.slice(2);
if (!dist || !executablePath) {
  console.error('usage: node xtask/scripts/prerender.mjs <dist> <chromium>');
  process.exit(2);
}

/// What the app rendered at one width: the markup of its mount, the start diagram's SVG in it,
/// and the content width of the `.omk` container the width rules query.
async function capture(browser, width) {
  const page = await browser.newPage({ viewport: { width, height: HEIGHT } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${PORT}/index.html`);
  await page.waitForSelector('omkering-explainer[data-omk-started]');
  await page.waitForFunction(() => {
    const svg = document.querySelector('omkering-explainer').shadowRoot.querySelector('.omk-start__diagram svg.omk-svg');
    return svg?.getAttribute('data-morph') === 'done';
  });
  // Two frames: every measurement has been drawn.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const got = await page.evaluate(() => {
    const shadow = document.querySelector('omkering-explainer').shadowRoot;
    const mounts = shadow.querySelectorAll('.omk-mount');
    const mount = mounts[mounts.length - 1];
    const omk = mount.querySelector('.omk');
    const style = getComputedStyle(omk);
    return {
      html: mount.innerHTML,
      className: mount.className,
      svg: mount.querySelector('.omk-start__diagram svg.omk-svg').outerHTML,
      container: omk.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
      focused: shadow.activeElement !== null,
    };
  });
  await page.close();
  if (errors.length) throw new Error(`the page failed at ${width} px: ${errors.join('; ')}`);
  if (got.focused) throw new Error(`something has the focus at ${width} px; the painted view would not match`);
  return { width, ...got };
}

/// The rules that show each diagram only in its width class: from the midpoint to its smaller
/// neighbour up to the midpoint to its larger one.
function widthRules(variants) {
  const points = variants.flatMap((v, k) => v.containers.map((c) => ({ c, k }))).sort((a, b) => a.c - b.c);
  const rules = [];
  variants.forEach((_, k) => {
    const mine = points.filter((p) => p.k === k).map((p) => p.c);
    const lowest = Math.min(...mine);
    const highest = Math.max(...mine);
    const below = points.filter((p) => p.c < lowest).map((p) => p.c);
    const above = points.filter((p) => p.c > highest).map((p) => p.c);
    const from = below.length ? (Math.max(...below) + lowest) / 2 : null;
    const to = above.length ? (highest + Math.min(...above)) / 2 : null;
    const outside = [from !== null && `(width < ${from}px)`, to !== null && `(width >= ${to}px)`].filter(Boolean);
    if (outside.length) rules.push(`@container ${outside.join(' or ')}{.omk-pre-w${k}{display:none}}`);
  });
  return rules.join('');
}

const server = await serve({ port: PORT, roots: [{ prefix: '/', dir: dist }] });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const shots = [];
  for (const width of WIDTHS) shots.push(await capture(browser, width));
  // Everything but the diagram is the same at every width.
  const frame = (s) => s.html.replace(s.svg, '<svg/>');
  for (const s of shots) {
    if (frame(s) !== frame(shots[0])) {
      throw new Error(`the start view's markup outside the diagram differs at ${s.width} px from ${shots[0].width} px: it can no longer be painted once for every width`);
    }
  }
  const variants = [];
  for (const s of shots) {
    const same = variants.find((v) => v.svg === s.svg);
    if (same) same.containers.push(s.container);
    else variants.push({ svg: s.svg, containers: [s.container] });
  }
  // Each marked with its width class, and as one of several (the loader counts them as one).
  const start = /^<svg([^>]*?) class="omk-svg"/;
  if (variants.some((v) => !start.test(v.svg))) throw new Error('the diagram is no longer an <svg class="omk-svg">');
  const diagrams = variants.map((v, k) => v.svg.replace(start, `<svg$1 class="omk-svg omk-pre-w${k}" data-omk-variant=""`)).join('');
  const painted = shots[0].html.replace(shots[0].svg, diagrams);

  const css = join(dist, 'omkering.css');
  writeFileSync(css, `${readFileSync(css, 'utf8').trimEnd()}\n${widthRules(variants)}\n`);

  const index = join(dist, 'index.html');
  const page = readFileSync(index, 'utf8');
  const element = /(<omkering-explainer[^>]*>)[\s\S]*?(<\/omkering-explainer>)/;
  if (!element.test(page)) throw new Error('dist/index.html has no <omkering-explainer> element');
  const template =
    '<template shadowrootmode="open"><link rel="stylesheet" href="omkering.css">' +
    `<div class="${shots[0].className} omk-prerender" data-omk-prerender="">${painted}</div></template>`;
  writeFileSync(index, page.replace(element, (_, open, close) => `${open}${template}${close}`));
  console.log(
    `    painted the start view into index.html: ${variants.length} diagrams for ${WIDTHS.length} widths (${WIDTHS.join(', ')} px), ${template.length} bytes`,
  );
} finally {
  await browser.close();
  server.close();
}

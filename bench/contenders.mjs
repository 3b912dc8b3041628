// The contenders' pages, written into target/bench/pages/ at the start of each run:
// - mermaid.html: the omkering flow (the same actors and arrows as the explainer's default mode,
//   read from content/) as a Mermaid flowchart, rendered by the pinned npm package's ES module
//   build (which loads only the chunks a flowchart needs);
// - static.html: the explainer's own first diagram frozen into an inline SVG with its computed
//   styles written as attributes, and no script at all: the limit for "diagram on screen".
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';

const read = (root, name) => parse(readFileSync(join(root, 'content', name), 'utf8'));

/// The default mode's actors and arrows (one arrow per direction between two actors, with the
/// labels of every flow along it, as the explainer draws them), in Dutch.
export function omkeringFlow(root) {
  const omkering = read(root, 'omkering.toml');
  const actors = read(root, 'actors.toml').actor;
  const mode = omkering.mode.find((m) => m.id === omkering.default_mode);
  const name = (id) => {
    const a = actors.find((x) => x.id === id);
    return (a.diagram_name ?? a.name).nl;
  };
  const nodes = Object.values(mode.placement).map((id) => ({ id, name: name(id) }));
  const arrows = [];
  for (const step of mode.step) {
    for (const flow of step.flows ?? []) {
      let arrow = arrows.find((a) => a.from === flow.from && a.to === flow.to);
      if (!arrow) arrows.push((arrow = { from: flow.from, to: flow.to, labels: [] }));
      if (!arrow.labels.includes(flow.label.nl)) arrow.labels.push(flow.label.nl);
    }
  }
  return { title: mode.name.nl, nodes, arrows };
}

/// The flow as Mermaid flowchart source.
export function mermaidSource({ nodes, arrows }) {
  const quote = (s) => `"${s.replace(/"/g, '#quot;')}"`;
  const lines = ['flowchart TB'];
  for (const n of nodes) lines.push(`  ${n.id}[${quote(n.name)}]`);
  for (const a of arrows) lines.push(`  ${a.from} -->|${quote(a.labels.join(' · '))}| ${a.to}`);
  return lines.join('\n');
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title, head, body, attrs = '') {
  return `<!doctype html>
<html lang="nl"${attrs}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export function mermaidPage(flow) {
  const script = `<script type="module">
import mermaid from '/__mermaid/mermaid.esm.min.mjs';
mermaid.initialize({ startOnLoad: false });
await mermaid.run({ querySelector: '.mermaid' });
performance.mark('bench:diagram');
</script>`;
  return page(`Mermaid: ${flow.title}`, script, `<h1>${escape(flow.title)}</h1>\n<pre class="mermaid">\n${escape(mermaidSource(flow))}\n</pre>`);
}

/// Freezes the explainer's diagram SVG (in `page`, already drawn) with its computed styles.
export async function snapshotSvg(page) {
  return page.evaluate(() => {
    const host = document.querySelector('omkering-explainer');
    const svg = host.shadowRoot.querySelector('.omk-diagram svg');
    const props = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-family', 'font-size', 'font-weight', 'marker-end', 'marker-start'];
    const copy = svg.cloneNode(true);
    const from = [svg, ...svg.querySelectorAll('*')];
    const to = [copy, ...copy.querySelectorAll('*')];
    from.forEach((el, i) => {
      const style = getComputedStyle(el);
      for (const p of props) {
        const v = style.getPropertyValue(p);
        if (v && v !== 'none' && v !== 'normal') to[i].setAttribute(p, v);
      }
      to[i].removeAttribute('class');
      to[i].removeAttribute('tabindex');
    });
    const rect = svg.getBoundingClientRect();
    copy.setAttribute('width', String(Math.round(rect.width)));
    copy.setAttribute('height', String(Math.round(rect.height)));
    return copy.outerHTML;
  });
}

export function staticPage(flow, svg) {
  return page(`Statische SVG: ${flow.title}`, '', `<h1>${escape(flow.title)}</h1>\n${svg}`, ' data-bench-static');
}

export function writePages(dir, flow, svg) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mermaid.html'), mermaidPage(flow));
  writeFileSync(join(dir, 'static.html'), staticPage(flow, svg));
}

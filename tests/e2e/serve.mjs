// A static file server for the end-to-end tests: serves the release build (dist/), the test
// pages (tests/e2e/pages/ under /__test/) and the releases the release tests make (under
// /__release/) on 127.0.0.1, every response under the strict
// Content-Security-Policy the explainer promises to work with. It also sends the CORS header a
// bundle needs when another origin's page loads it (the cross-origin test runs it on two ports).
//
//   node tests/e2e/serve.mjs [--port 4173]

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CSP, policyFor } from './policy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', '..', 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/// Serves `roots` (each `{prefix, dir, csp?}`, the first whose prefix matches wins) on
/// 127.0.0.1:`port`. A root's `csp` replaces the policy of `policyFor` (the benchmark's
/// contender pages run Mermaid, which needs inline styles); `first` is a script address put as
/// the first script of every HTML page (the WebDriver suites' recorder, tests/cross/record.js);
/// resolves to the server once listening.
export function serve({ port, roots, first = null }) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const root = roots.find((r) => path.startsWith(r.prefix));
    const { prefix, dir } = root;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (first && extname(file) === '.html') body = Buffer.from(String(body).replace('<head>', `<head>\n  <script src="${first}"></script>`));
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': root.csp ?? policyFor(path),
        // What the README asks of a server that serves the bundle to pages on other origins.
        'Access-Control-Allow-Origin': '*',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--port');
  const port = at >= 0 ? Number(args[at + 1]) : 4173;
  const roots = [
    { prefix: '/__test/', dir: join(here, 'pages') },
    // Releases that the release tests deploy (offline.spec.mjs, releases.mjs).
    { prefix: '/__release/', dir: join(here, '..', '..', 'target', 'e2e', '__release') },
    { prefix: '/', dir: dist },
  ];
  await serve({ port, roots });
  console.log(`serving dist/ on http://127.0.0.1:${port}/`);
}

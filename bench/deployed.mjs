// A server for the bench that serves dist/ as deploy/nginx.conf and a compressing server do,
// where the bench measures what a visitor downloads over a real deployment: brotli where the
// browser takes it, files named by their content kept a year, the others checked every time,
// under the explainer's strict policy. (The tests' server, tests/e2e/serve.mjs, stores nothing.)
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync } from 'node:zlib';

import { CSP } from '../tests/e2e/policy.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm' };

/// Serves `dir` on 127.0.0.1:`port`; `served(path, bytes)` hears of every file sent, with the
/// bytes that went over the wire. Resolves to the server once listening.
export async function deployed(dir, port, served = () => {}) {
  const server = createServer(async (req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path.includes('..')) return res.writeHead(403).end();
    if (path.endsWith('/')) path += 'index.html';
    try {
      let body = await readFile(join(dir, path));
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'cache-control': /-[0-9a-f]{12}\.(js|css|wasm)$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = brotliCompressSync(body);
        headers['content-encoding'] = 'br';
      }
      served(path, body.length);
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

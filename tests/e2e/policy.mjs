import { readFileSync } from 'node:fs';

// The Content-Security-Policy the explainer promises to work under (README, ARCHITECTURE.md),
// read from the one place it is written: the header line of deploy/nginx.conf (see
// xtask/src/policy.rs, whose tests keep it strict).
const nginx = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
const lines = [...nginx.matchAll(/^add_header Content-Security-Policy "([^"]+)" always;$/gm)];
if (lines.length !== 1) throw new Error('deploy/nginx.conf must hold exactly one Content-Security-Policy header line');
export const CSP = lines[0][1];

/// The origin that serves the bundle to the cross-origin test page (a second port).
export const BUNDLE_ORIGIN = 'http://127.0.0.1:4174';

/// The strict policy of a host page that loads the bundle from `BUNDLE_ORIGIN`: that origin is
/// added where the loader, the stylesheet and the wasm come from, and nothing else.
export const CROSS_ORIGIN_CSP =
  `default-src 'self'; script-src 'self' ${BUNDLE_ORIGIN} 'wasm-unsafe-eval'; ` +
  `style-src 'self' ${BUNDLE_ORIGIN}; connect-src 'self' ${BUNDLE_ORIGIN}; img-src 'self' data: blob:`;

/// The strict policy of a host page that shows the explainer in an iframe from `BUNDLE_ORIGIN`.
export const IFRAME_HOST_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${BUNDLE_ORIGIN}; img-src 'self' data: blob:`;

/// The policy per test page; every other response gets the strict policy `CSP`.
export function policyFor(path) {
  if (path === '/__test/cross-origin.html') return CROSS_ORIGIN_CSP;
  if (path === '/__test/iframe-host.html') return IFRAME_HOST_CSP;
  return CSP;
}

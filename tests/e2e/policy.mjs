// The Content-Security-Policy the explainer promises to work under (README, ARCHITECTURE.md).
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

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

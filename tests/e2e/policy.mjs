// The Content-Security-Policy the explainer promises to work under (README, ARCHITECTURE.md).
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

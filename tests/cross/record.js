// Served to the pages of the Firefox and WebKit suites as their first script (tests/cross/):
// classic WebDriver reads no console, so the page records its own errors, rejected promises,
// console errors and policy violations from the start, in `window.__omk`.
window.__omk = { errors: [], violations: [] };
window.addEventListener('error', (e) => window.__omk.errors.push(`error: ${e.message}${e.error?.stack ? `\n${e.error.stack}` : ''}`));
window.addEventListener('unhandledrejection', (e) => window.__omk.errors.push(`rejection: ${e.reason}${e.reason?.stack ? `\n${e.reason.stack}` : ''}`));
document.addEventListener('securitypolicyviolation', (e) => window.__omk.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
const consoleError = console.error;
console.error = (...args) => {
  window.__omk.errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};

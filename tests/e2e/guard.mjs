// Every end-to-end test imports `test` and `expect` from here (issue 10, "Strict CSP and no
// network"): an automatic fixture watches every page of the test's browser context and fails the
// test on any Content-Security-Policy violation (every response of serve.mjs carries the strict
// policy) and on any request to an origin other than the test server's. A test that loads the
// bundle from the second origin names it in `allowedOrigins`; a test that provokes a violation
// on purpose names it in `expectedViolations`, and then that violation must happen.
import { test as base, expect } from '@playwright/test';
import { tasksDone } from './wait.mjs';

export { expect };

/// Chromium reports each violation on the console of the page or worker it happened in. Not a
/// policy's: "Refused to apply style … because its MIME type", which Chromium says of a missing
/// stylesheet whose 404 page is HTML (nginx's; a release's deleted files in offline.spec). A
/// wrong type for a file that is there shows as a view that fails to load, which the tests see.
const VIOLATION = /Content Security Policy|Refused to (load|execute|apply|connect|frame|compile|evaluate|create)/i;
const violation = (text) => VIOLATION.test(text) && !/^Refused to apply style from .* because its MIME type/.test(text);

/// Pages on which axe-core is running: axe itself sets style attributes while it measures, which
/// the strict policy refuses; those reports are axe's, not the explainer's (see `whileAxeRuns`).
const axeRunning = new WeakSet();

/// Runs `analyze` (axe-core on `page`) without counting the policy reports it causes itself.
export async function whileAxeRuns(page, analyze) {
  axeRunning.add(page);
  try {
    return await analyze();
  } finally {
    // Reports are queued as tasks: let the last of axe's arrive before counting again (an idle
    // period after two frames: every queued task ran).
    await tasksDone(page).catch(() => {});
    axeRunning.delete(page);
  }
}

export const test = base.extend({
  allowedOrigins: [[], { option: true }],
  expectedViolations: [[], { option: true }],
  guard: [
    async ({ browser, context, baseURL, allowedOrigins, expectedViolations }, use) => {
      const origins = new Set([new URL(baseURL).origin, ...allowedOrigins]);
      const violations = [];
      const foreign = [];
      const unguarded = [];
      const watchPage = (page) => page.on('console', (m) => violation(m.text()) && !axeRunning.has(page) && violations.push(`${page.url()}: ${m.text()}`));
      const watch = (ctx) => {
        ctx.pages().forEach(watchPage);
        ctx.on('page', watchPage);
        ctx.on('request', (r) => {
          const url = new URL(r.url());
          if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !origins.has(url.origin)) foreign.push(r.url());
        });
        ctx.on('response', (r) => {
          const page = r.request().resourceType() === 'document' && r.url().startsWith('http');
          if (page && !r.headers()['content-security-policy']) unguarded.push(r.url());
        });
      };
      watch(context);
      // Contexts a test opens itself (a fresh browser profile) are watched the same way.
      const newContext = browser.newContext;
      browser.newContext = async (...args) => {
        const ctx = await newContext.apply(browser, args);
        watch(ctx);
        return ctx;
      };
      try {
        await use();
      } finally {
        browser.newContext = newContext;
      }
      const expected = (v) => expectedViolations.some((e) => v.includes(e));
      expect(violations.filter((v) => !expected(v)), 'CSP violations').toEqual([]);
      for (const e of expectedViolations) expect(violations.some((v) => v.includes(e)), `the expected violation "${e}"`).toBe(true);
      expect(foreign, 'requests to other origins').toEqual([]);
      expect(unguarded, 'pages served without a Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});

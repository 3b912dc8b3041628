// The suite-wide guard (guard.mjs) can fail: a test that causes a CSP violation, or a request to
// another origin, fails through the guard alone (these tests are marked as expected failures, so
// they pass only while the guard catches them); a violation a test names as expected passes.
import { test, expect } from './guard.mjs';
import { explainer, inlineScriptRuns as inlineScript } from './helpers.mjs';
import { BUNDLE_ORIGIN } from './policy.mjs';

test('the guard fails a test whose page causes a CSP violation', async ({ page }) => {
  test.fail();
  await page.goto('/');
  await expect(explainer(page)).toBeVisible();
  expect(await inlineScript(page), 'the policy refused the script').toBe(false);
});

test('the guard fails a test whose page requests another origin', async ({ page }) => {
  test.fail();
  await page.goto(`${BUNDLE_ORIGIN}/omkering-loader.js`);
});

test.describe('a violation the test names', () => {
  test.use({ expectedViolations: ['inline script'] });

  test('passes when it happens', async ({ page }) => {
    await page.goto('/');
    expect(await inlineScript(page)).toBe(false);
  });
});

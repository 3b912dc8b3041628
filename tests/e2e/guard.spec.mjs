// The suite-wide guard (guard.mjs) can fail: a test that causes a CSP violation, or a request to
// another origin, fails through the guard alone (these tests are marked as expected failures, so
// they pass only while the guard catches them); a violation a test names as expected passes.
import { test, expect } from './guard.mjs';
import { explainer } from './helpers.mjs';
import { BUNDLE_ORIGIN } from './policy.mjs';

async function inlineScript(page) {
  return page.evaluate(async () => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.head.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__inline === true;
  });
}

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

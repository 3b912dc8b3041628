// Several explainers on one host page: each owns its state, none touches the host's URL, and
// removing one frees it while the other keeps working.
import { test, expect } from '@playwright/test';
import { content, explainer, settled } from './helpers.mjs';

test('two elements on one page keep separate state and leave the host URL alone', async ({ page }) => {
  await page.goto('/__test/two.html');
  const first = explainer(page, 0);
  const second = explainer(page, 1);
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
  await expect(second.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await expect(first).toHaveAttribute('lang', 'en');
  await expect(second).toHaveAttribute('lang', 'nl');

  await first.locator('.omk-nav__link', { hasText: content.ui.context.title.en }).click();
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.context.title.en);
  await expect(second.locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await second.locator('.omk-lang button').click();
  await expect(second).toHaveAttribute('lang', 'en');
  await expect(first.locator('#omk-view-title')).toHaveText(content.ui.context.title.en);
  await settled(page);
  expect(new URL(page.url()).hash).toBe('');
});

test('an embedded explainer starts its headings below the host page h1', async ({ page }) => {
  await page.goto('/__test/two.html');
  const first = explainer(page, 0);
  await expect(first.locator('h2').first()).toHaveText(content.ui.app_title.en);
  await expect(first.locator('h3#omk-view-title')).toHaveCount(1);
  await expect(first.locator('h1')).toHaveCount(0);
});

test('removing an element unmounts it, and adding it again mounts it afresh', async ({ page }) => {
  await page.goto('/__test/two.html');
  await expect(explainer(page, 1).locator('#omk-view-title')).toBeVisible();
  const shadowChildren = await page.evaluate(() => {
    const el = document.getElementById('second');
    el.remove();
    const left = el.shadowRoot.childElementCount;
    document.querySelector('main').append(el);
    return left;
  });
  expect(shadowChildren).toBe(0);
  // It starts again once it comes near the viewport (lazy start).
  await page.locator('#second').scrollIntoViewIfNeeded();
  await expect(explainer(page, 1).locator('#omk-view-title')).toHaveText(content.ui.development.title.nl);
  await expect(explainer(page, 0).locator('#omk-view-title')).toHaveText(content.ui.themes.title.en);
});

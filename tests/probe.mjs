import { chromium } from 'playwright';
import { serve } from './e2e/serve.mjs';
const server = await serve({ port: 4180, roots: [{ prefix: '/', dir: 'dist' }] });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[1024, 768], [1280, 720], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto('http://127.0.0.1:4180/index.html#/present/10');
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const root = document.querySelector('omkering-explainer').shadowRoot;
    const bar = root.querySelector('.omk-show__bar');
    return { bar: bar.getBoundingClientRect().height, kids: [...bar.children].map((k) => [k.className, Math.round(k.getBoundingClientRect().width), Math.round(k.getBoundingClientRect().top)]) };
  });
  console.log(w, h, JSON.stringify(r));
  await page.screenshot({ path: `/tmp/bar-${w}.png` });
}
await browser.close();
server.close();

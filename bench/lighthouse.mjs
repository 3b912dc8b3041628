// Lighthouse (npm, pinned in package.json) with its default mobile settings (a mid-range phone:
// simulated slow 4G and 4× CPU) against the standalone page, as issue 23 asks: Largest
// Contentful Paint, Total Blocking Time, Cumulative Layout Shift, the performance and the
// accessibility score, the median of `runs` runs. It drives Debian's Chromium through Playwright,
// which opens the DevTools port Lighthouse connects to; nothing downloads a browser.
//
//   node bench/lighthouse.mjs (serves dist/ brotli-compressed and prints the runs)
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

import { CHROMIUM_ARGS } from '../tests/e2e/playwright.config.mjs';
import { deployed } from './deployed.mjs';
import { summary } from './stats.mjs';

const PORT = 9239;

/// `runs` Lighthouse runs of `url`, each in a fresh browser (empty cache, no service worker).
export async function lighthouseRuns(url, runs = 5) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const browser = await chromium.launch({
      executablePath: process.env.OMKERING_CHROMIUM || '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${PORT}`],
    });
    try {
      const { lhr } = await lighthouse(url, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      samples.push({
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        version: lhr.lighthouseVersion,
      });
    } finally {
      await browser.close();
    }
  }
  const median = (key) => summary(samples.map((s) => s[key])).median;
  return {
    version: samples[0]?.version,
    samples,
    median: Object.fromEntries(['lcp', 'tbt', 'cls', 'fcp', 'performance', 'accessibility'].map((k) => [k, median(k)])),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { join, dirname } = await import('node:path');
  const { fileURLToPath } = await import('node:url');
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  const server = await deployed(dist, 4191);
  try {
    const result = await lighthouseRuns('http://127.0.0.1:4191/', Number(process.env.OMKERING_LIGHTHOUSE_RUNS ?? 5));
    console.log(JSON.stringify(result, null, 2));
  } finally {
    server.close();
  }
}

// Host checks of the statistics (run by `cargo xtask test` with node's test runner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quantile, summary } from './stats.mjs';

test('quantiles interpolate between ranks', () => {
  assert.equal(quantile([3, 1, 2], 0.5), 2);
  assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(quantile([0, 10], 0.95), 9.5);
  assert.equal(quantile([], 0.5), null);
});

test('a summary counts and bounds its samples', () => {
  assert.deepEqual(summary([5, 1, 3]), { n: 3, median: 3, p95: 4.8, min: 1, max: 5 });
  assert.equal(summary([]).median, null);
});

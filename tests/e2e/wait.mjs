// Waits on conditions, not on time (issue 22). A check that something does *not* happen waits
// for a proof that the browser had its chance: frames painted, an idle period (every queued task
// ran), a marker message that arrived after the messages before it. No fixed sleeps.

/// Resolves in the page after two animation frames and then an idle period
/// (`requestIdleCallback` runs only when no task is queued): every task queued before, such as a
/// policy report, an observer's callback or a timer of 0 ms, has run.
export async function tasksDone(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve())))));
}

/// Resolves once the page is idle: two frames and an idle period pass with no change in the
/// document or in any explainer's shadow root. A change starts the count again; a page that keeps
/// changing for `limit` ms fails the test.
export async function idle(page, limit = 10_000) {
  await page.evaluate(
    (limit) =>
      new Promise((resolve, reject) => {
        const roots = [document, ...[...document.querySelectorAll('omkering-explainer')].map((e) => e.shadowRoot).filter(Boolean)];
        let changed = false;
        const watch = new MutationObserver(() => (changed = true));
        for (const r of roots) watch.observe(r, { subtree: true, childList: true, attributes: true, characterData: true });
        const end = performance.now() + limit;
        const round = () =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              requestIdleCallback(() => {
                if (!changed || performance.now() > end) {
                  watch.disconnect();
                  return changed ? reject(new Error(`the page kept changing for ${limit} ms`)) : resolve();
                }
                changed = false;
                round();
              }),
            ),
          );
        round();
      }),
    limit,
  );
}

let markers = 0;

/// Resolves once every message that `from` (the page itself, or a frame in it) posted to the
/// page's window before now has been handled: a marker posted after them arrives after them.
export async function messagesHandled(page, from = page) {
  const marker = `omkering-test:marker ${++markers}`;
  await page.evaluate((marker) => {
    window.__omkMarker = new Promise((resolve) => {
      const seen = (e) => e.data === marker && (window.removeEventListener('message', seen), resolve());
      window.addEventListener('message', seen);
    });
  }, marker);
  await from.evaluate((marker) => (window.parent === window ? window : window.parent).postMessage(marker, '*'), marker);
  await page.evaluate(() => window.__omkMarker);
}

// What the benchmark adds to every page it opens (an init script, run before the page's own
// scripts). It measures from inside the page, without changing what the page does:
// - `diagram`: when the first diagram is on screen. For the pages drawn by script: the mark a
//   contender sets when its diagram is in the DOM (`omkering:diagram` from the explainer,
//   `bench:diagram` from the Mermaid and reveal.js pages; for the explainer's presentation and
//   self-assessment, the first frame that finds their slide or form), then the end of the next
//   frame's rendering update. For the pages drawn from their HTML (the static SVG, and the
//   standalone page's painted start view with its shadow root's stylesheet loaded): the end of
//   the rendering update of the first frame that has the diagram, found by a check in every
//   frame from the start (the browser paints them while it still parses or waits for scripts);
// - `takeover`: the end of the frame after the app has started (replaced the painted view);
// - `interactions`: while `recordKeys` is on, each key press's time to the next paint;
// - `frames`: while `recordFrames` is on, the main-thread work of each frame that runs
//   animation callbacks: from the first callback's start to the end of that frame's rendering
//   update (script, microtasks, style, layout and paint), not the interval between frames.

export function probe() {
  const raf = window.requestAnimationFrame.bind(window);
  // The end of the rendering update of the next frame: a task posted from a frame callback runs
  // after that frame's style, layout and paint.
  const afterNextFrame = (done) =>
    raf(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  const bench = { frames: [], recordKeys: false, recordFrames: false };
  window.__bench = bench;
  let resolveTakeover;
  bench.takeover = new Promise((resolve) => (resolveTakeover = resolve));

  let resolveDiagram;
  bench.diagram = new Promise((resolve) => (resolveDiagram = resolve));
  new PerformanceObserver((list, observer) => {
    const mark = list.getEntries().find((e) => e.name === 'omkering:diagram' || e.name === 'bench:diagram');
    if (!mark) return;
    observer.disconnect();
    afterNextFrame((painted) => resolveDiagram({ mark: mark.startTime, painted }));
  }).observe({ type: 'mark', buffered: true });

  // A diagram drawn from the HTML: the static page's SVG, or the standalone page's painted start
  // view when the page shows it (not for another route: omkering-first.js hides it) and the
  // stylesheet in its shadow root has loaded. Checked in every frame until the document is parsed.
  const fromHtml = () => {
    if (document.documentElement?.hasAttribute('data-bench-static')) return document.querySelector('svg');
    const shadow = document.querySelector('omkering-explainer')?.shadowRoot;
    const painted = shadow?.querySelector('.omk-prerender');
    if (!painted || !shadow.querySelector('link[rel="stylesheet"]')?.sheet) return null;
    return [...painted.querySelectorAll('svg')].find((svg) => svg.getClientRects().length > 0) ?? null;
  };
  const look = () => {
    if (fromHtml()) {
      const mark = performance.now();
      // Posted from the frame callback: runs after this frame's style, layout and paint.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolveDiagram({ mark, painted: performance.now() });
      channel.port2.postMessage(0);
    } else if (document.readyState === 'loading' || document.querySelector('omkering-explainer')?.shadowRoot?.querySelector('.omk-prerender')) {
      raf(look);
    }
  };
  raf(look);
  document.addEventListener('DOMContentLoaded', () => {
    const host = document.querySelector('omkering-explainer');
    // The takeover: the app has replaced the painted view (or shown itself) and answers input.
    if (host) {
      new MutationObserver((_, observer) => {
        if (!host.hasAttribute('data-omk-started')) return;
        observer.disconnect();
        afterNextFrame(resolveTakeover);
      }).observe(host, { attributes: true, attributeFilter: ['data-omk-started'] });
    }
  });
  // The explainer's presentation and self-assessment set no mark of their own: their first
  // slide's title (or the score form) in the element's shadow root counts as on screen.
  const wanted = [['#/present', '.omk-slide__title'], ['#/assessment', 'fieldset.omk-score']].find(([h]) => location.hash.startsWith(h))?.[1];
  if (wanted) {
    const look = () => (document.querySelector('omkering-explainer')?.shadowRoot?.querySelector(wanted) ? performance.mark('bench:diagram') : raf(look));
    raf(look);
  }

  // Key latency, as Interaction to Next Paint measures it: the Event Timing API's duration, from
  // the key event to the presentation of the frame painted after its handlers, the longest event
  // of each interaction (keydown, keypress, click, keyup). The browser reports only interactions
  // of at least 16 ms, in steps of 8 ms.
  bench.interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!bench.recordKeys || !e.interactionId) continue;
      bench.interactions.set(e.interactionId, Math.max(bench.interactions.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16 });

  // Frame work: the page's own animation callbacks go through this wrapper.
  let frameStart = null;
  window.requestAnimationFrame = (callback) =>
    raf((time) => {
      if (bench.recordFrames && frameStart === null) {
        frameStart = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.frames.push(performance.now() - frameStart);
          frameStart = null;
        };
        channel.port2.postMessage(0);
      }
      callback(time);
    });
}

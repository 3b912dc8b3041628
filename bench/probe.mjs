// What the benchmark adds to every page it opens (an init script, run before the page's own
// scripts). It measures from inside the page, without changing what the page does:
// - `diagram`: when the first diagram is on screen: the mark a contender sets when its diagram
//   is in the DOM (`omkering:diagram` from the explainer, `bench:diagram` from the Mermaid page,
//   DOMContentLoaded on the static page), then the end of the next frame's rendering update;
// - `keys`: for each key press while `recordKeys` is on, the time from the event to the end of
//   the rendering update of the first frame that shows its effect (the "next paint" of
//   Interaction to Next Paint);
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

  const bench = { keys: [], frames: [], recordKeys: false, recordFrames: false };
  window.__bench = bench;

  bench.diagram = new Promise((resolve) => {
    new PerformanceObserver((list, observer) => {
      const mark = list.getEntries().find((e) => e.name === 'omkering:diagram' || e.name === 'bench:diagram');
      if (!mark) return;
      observer.disconnect();
      afterNextFrame((painted) => resolve({ mark: mark.startTime, painted }));
    }).observe({ type: 'mark', buffered: true });
  });
  document.addEventListener('DOMContentLoaded', () => {
    if (document.documentElement.hasAttribute('data-bench-static')) performance.mark('bench:diagram');
  });

  // A key's latency ends with the first frame painted after the page changed in response: the
  // first DOM mutation after the key (in the root the key was pressed in, a shadow root for the
  // explainer), then the end of the next frame's rendering update. A key that changes nothing
  // gives no sample.
  let pressed = null;
  const observed = new WeakSet();
  const changed = () => {
    if (pressed === null) return;
    const start = pressed;
    pressed = null;
    afterNextFrame((end) => bench.keys.push(end - start));
  };
  addEventListener(
    'keydown',
    (e) => {
      if (!bench.recordKeys) return;
      const root = e.composedPath()[0].getRootNode();
      if (!observed.has(root)) {
        observed.add(root);
        new MutationObserver(changed).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      pressed = e.timeStamp;
    },
    true,
  );

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

// Counts what a page holds on to that outlives an element (issue 10, "Many instances"): event
// listeners on the window, the document and other targets that are not elements in a tree,
// pending timeouts and animation frames, intervals, open BroadcastChannels, and elements watched
// by Resize-, Intersection- and MutationObservers. Installed with `page.addInitScript(countLive)`
// before any script of the page runs; `window.__omkLive()` gives the counts.
export function countLive() {
  const live = { listeners: new Map(), timeouts: new Set(), intervals: new Set(), frames: new Set(), channels: new Set(), observed: new Map() };
  const tracked = (t) => !(t instanceof Node) || t === document || t === document.documentElement || t === document.body;
  const key = (type, options) => `${type}/${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
  const targets = new Map();
  const listenersOf = (t) => {
    if (!targets.has(t)) targets.set(t, new Map());
    return targets.get(t);
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && tracked(this)) {
      const k = key(type, options);
      const set = listenersOf(this).get(k) ?? new Set();
      set.add(listener);
      listenersOf(this).set(k, set);
      if (options?.once) {
        // A once-listener leaves after it ran.
        add.call(this, type, () => set.delete(listener), { once: true, capture: Boolean(options.capture) });
      }
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (tracked(this)) listenersOf(this).get(key(type, options))?.delete(listener);
    return remove.call(this, type, listener, options);
  };
  const wrapTimer = (set, name, clear, once) => {
    const original = window[name];
    window[name] = function (fn, ...rest) {
      let id;
      const run = typeof fn === 'function' ? function (...a) { if (once) set.delete(id); return fn.apply(this, a); } : fn;
      id = original.call(window, run, ...rest);
      set.add(id);
      return id;
    };
    const originalClear = window[clear];
    window[clear] = (id) => {
      set.delete(id);
      return originalClear.call(window, id);
    };
  };
  wrapTimer(live.timeouts, 'setTimeout', 'clearTimeout', true);
  wrapTimer(live.intervals, 'setInterval', 'clearInterval', false);
  wrapTimer(live.frames, 'requestAnimationFrame', 'cancelAnimationFrame', true);
  const Channel = window.BroadcastChannel;
  if (Channel) {
    window.BroadcastChannel = class extends Channel {
      constructor(name) {
        super(name);
        live.channels.add(this);
      }
      close() {
        live.channels.delete(this);
        return super.close();
      }
    };
  }
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver']) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = class extends Original {
      constructor(...args) {
        super(...args);
        live.observed.set(this, new Set());
      }
      observe(target, ...rest) {
        live.observed.get(this).add(target);
        return super.observe(target, ...rest);
      }
      unobserve(target) {
        live.observed.get(this).delete(target);
        return super.unobserve(target);
      }
      disconnect() {
        live.observed.get(this).clear();
        return super.disconnect();
      }
    };
  }
  window.__omkLive = () => {
    const listeners = [];
    for (const [target, byKey] of targets) {
      const name = target === window ? 'window' : target === document ? 'document' : target?.constructor?.name ?? 'target';
      for (const [k, set] of byKey) if (set.size) listeners.push(`${name} ${k} ×${set.size}`);
    }
    let observed = 0;
    for (const set of live.observed.values()) observed += set.size;
    return {
      listeners: listeners.sort(),
      timeouts: live.timeouts.size,
      intervals: live.intervals.size,
      frames: live.frames.size,
      channels: live.channels.size,
      observed,
    };
  };
}

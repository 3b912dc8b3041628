// The loader of the omkering explainer: defines the <omkering-explainer> element. Each element
// gets an open shadow root with the explainer's stylesheet, and the wasm app mounts into an
// element inside it. The standalone page and every embed use this one path.
//
// No inline script or style: this file, the stylesheet and the wasm are loaded from the
// loader's own folder, so a strict Content-Security-Policy holds and the bundle can be served
// from another origin than the host page.

const base = new URL('./', import.meta.url);
const TAG = 'omkering-explainer';

// The `height` attribute, read as the app reads it (src/config.rs, Height::parse): `auto` or
// 240 to 4000 CSS pixels, with or without `px`. Anything else is `auto` (the app warns).
function fixedHeight(value) {
  const m = /^(\d+)(px)?$/.exec((value ?? '').trim().toLowerCase());
  const n = m ? Number(m[1]) : NaN;
  return n >= 240 && n <= 4000 ? n : null;
}

// Until the app starts, the element keeps room for it: its fixed height, or a box of 4:3 (at
// most 80 % of the window), so the page does not jump when the explainer appears.
function placeholderSheet(height) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    height
      ? `:host { display: block; height: ${height}px; }`
      : ':host(:not([data-omk-started])) { display: block; aspect-ratio: 4 / 3; max-height: 80vh; overflow: auto; }',
  );
  return sheet;
}

// The explainer's size unit (omkering.css): an inherited length, so `1em` set where the font
// size is `medium` reaches every element as the visitor's default size, not the host's root size.
try {
  CSS.registerProperty({ name: '--omk-rem', syntax: '<length>', inherits: true, initialValue: '16px' });
} catch {
  // Registered already (a second copy of the loader), or not supported: `1em` is used as is.
}

// Start an element only when it comes near the viewport: nothing heavy is fetched before.
const nearby =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (entry.isIntersecting) {
              nearby.unobserve(entry.target);
              entry.target.dispatchEvent(new Event('omkering:near'));
            }
          }
        },
        { rootMargin: '400px 0px' },
      )
    : null;

// One wasm module per page, started on first use and shared by every element.
let appModule = null;
function loadApp() {
  appModule ??= import('./omkering.js').then(async (m) => {
    await m.default({ module_or_path: new URL('omkering_bg.wasm', base) });
    return m;
  });
  return appModule;
}

function stylesheetLink() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('omkering.css', base).href;
  const loaded = new Promise((resolve) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  });
  return { link, loaded };
}

// After a panic the wasm module has stopped; its error message offers a reload button that this
// listener serves without the module (once per shadow root, also a declarative one).
const served = new WeakSet();
function serveReload(shadow) {
  if (served.has(shadow)) return;
  served.add(shadow);
  shadow.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('[data-omk-reload]')) {
      window.location.reload();
    }
  });
}

// An element's place under `top` as child indexes, the same in the painted view and in the app's:
// the painted view holds one diagram per width class (`data-omk-variant`) where the app has one,
// so those count as one child.
function pathOf(el, top) {
  const path = [];
  for (let node = el; node && node !== top; node = node.parentElement) {
    let i = 0;
    let variant = false;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) {
      if (s.hasAttribute('data-omk-variant')) variant = true;
      else i++;
    }
    path.unshift(variant && !node.hasAttribute('data-omk-variant') ? i + 1 : i);
  }
  return path;
}

const atPath = (top, path) => path.reduce((node, i) => node?.children[i], top) ?? null;

// What a visitor does on the painted view before the app runs is not lost: a link goes at once
// (the app opens its view; the painted one hides), a click elsewhere and the keys the app
// answers wait, and happen on the same control of the app once it has taken over, with the focus
// where it was. Returns the painted view and the takeover, given the app's mount.
function takeover(painted) {
  const queue = [];
  painted.addEventListener('click', (event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (target.closest('a[href]')) {
      painted.hidden = true;
      return;
    }
    event.preventDefault();
    queue.push({ path: pathOf(target, painted) });
  });
  painted.addEventListener('keydown', (event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element) || event.key === 'Tab' || event.isComposing) return;
    // Enter and Space on links, buttons and summaries click them (above).
    if ((event.key === 'Enter' || event.key === ' ') && target.closest('a[href], button, summary')) return;
    if (target.closest('[role="button"], .omk-diagram__canvas')) event.preventDefault();
    const { key, code, shiftKey, ctrlKey, altKey, metaKey } = event;
    queue.push({ path: pathOf(target, painted), key: { key, code, shiftKey, ctrlKey, altKey, metaKey } });
  });
  const take = (root) => {
    const active = painted.getRootNode().activeElement;
    const focus = active && painted.contains(active) ? pathOf(active, painted) : null;
    painted.remove();
    if (focus) atPath(root, focus)?.focus({ preventScroll: true });
    for (const { path, key } of queue) {
      const el = atPath(root, path);
      if (!el) continue;
      if (key) el.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, composed: true, cancelable: true }));
      else if (typeof el.click === 'function') el.click();
      else el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
  };
  // Whether the app's view is laid out as the painted one: the same height, and its diagram in
  // the same box as the painted diagram of this width class.
  const drawn = (root) => {
    if (Math.abs(root.offsetHeight - painted.offsetHeight) > 1) return false;
    return [...painted.querySelectorAll('[data-omk-variant]')]
      .filter((svg) => svg.getClientRects().length > 0)
      .every((svg) => {
        const live = atPath(root, pathOf(svg, painted))?.getBoundingClientRect();
        const box = svg.getBoundingClientRect();
        return live && Math.abs(live.width - box.width) <= 1 && Math.abs(live.height - box.height) <= 1;
      });
  };
  return { painted, take, drawn };
}

class OmkeringExplainer extends HTMLElement {
  /// What the element says of `value` for the attribute `name`: null when it takes it, else the
  /// values it allows (the app's own check, for the snippet configurator).
  static async check(name, value) {
    return (await loadApp()).check_attribute(name, value) ?? null;
  }

  #mounted = null;
  #generation = 0;
  #stopWaiting = null;

  connectedCallback() {
    const generation = ++this.#generation;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    serveReload(shadow);
    const height = fixedHeight(this.getAttribute('height'));
    const root = document.createElement('div');
    root.className = height ? 'omk-mount omk-mount--fixed' : 'omk-mount';
    // The start view painted from the page (declarative shadow DOM, xtask/src/prerender.rs):
    // it stays until the app has drawn the same view behind it, at the same width.
    let painted = [...shadow.children].find((el) => el.classList.contains('omk-prerender')) ?? null;
    if (painted && getComputedStyle(painted).display === 'none') {
      // The page hid it: the address asks for another view or language.
      painted.remove();
      painted = null;
    }
    let loaded;
    let taking = null;
    let slot = null;
    if (painted) {
      loaded = Promise.resolve();
      root.classList.add('omk-mount--behind');
      shadow.append(root);
      taking = takeover(painted);
    } else {
      shadow.adoptedStyleSheets = [placeholderSheet(height)];
      const sheet = stylesheetLink();
      loaded = sheet.loaded;
      // Until the app starts, the slot shows the element's own content: the text version.
      root.hidden = true;
      slot = document.createElement('slot');
      shadow.replaceChildren(sheet.link, slot, root);
    }
    const start = () => {
      if (generation !== this.#generation) return;
      Promise.all([loadApp(), loaded])
        .then(([app]) => {
          // The element left the page (or came back) while the app was loading.
          if (generation !== this.#generation || !this.isConnected) return;
          this.#mounted = app.mount(this, root, base.href, new URL('omkering-lazy.css', base).href);
          const show = () => {
            root.hidden = false;
            root.classList.remove('omk-mount--behind');
            slot?.remove();
            taking?.take(root);
            this.setAttribute('data-omk-started', '');
          };
          // Behind a painted view: swap in a frame, before it is painted (so no frame shows
          // neither or both), once the app has laid out its view as painted: its first render
          // draws the diagram for a width it has not measured yet. At most half a second.
          const settled = (frames) => {
            const shown = taking.painted.isConnected && !taking.painted.hidden;
            if (shown && frames > 0 && !taking.drawn(root)) {
              requestAnimationFrame(() => settled(frames - 1));
            } else {
              show();
            }
          };
          if (taking) requestAnimationFrame(() => settled(30));
          else show();
        })
        .catch((error) => {
          console.error('omkering: the explainer could not start; the text version stays.', error);
        });
    };
    if (nearby) {
      this.addEventListener('omkering:near', start, { once: true });
      this.#stopWaiting = () => this.removeEventListener('omkering:near', start);
      nearby.observe(this);
    } else {
      start();
    }
  }

  disconnectedCallback() {
    this.#generation++;
    nearby?.unobserve(this);
    this.#stopWaiting?.();
    this.#stopWaiting = null;
    this.removeAttribute('data-omk-started');
    if (this.#mounted) {
      this.#mounted.unmount();
      this.#mounted.free();
      this.#mounted = null;
    }
    this.shadowRoot?.replaceChildren();
  }

}

if (!customElements.get(TAG)) {
  customElements.define(TAG, OmkeringExplainer);
}

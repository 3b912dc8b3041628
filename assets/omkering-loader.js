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
    const shadow = this.shadowRoot ?? this.#attach();
    const height = fixedHeight(this.getAttribute('height'));
    shadow.adoptedStyleSheets = [placeholderSheet(height)];
    const { link, loaded } = stylesheetLink();
    // Until the app starts, the slot shows the element's own content: the text version.
    const slot = document.createElement('slot');
    const root = document.createElement('div');
    root.className = height ? 'omk-mount omk-mount--fixed' : 'omk-mount';
    root.hidden = true;
    shadow.replaceChildren(link, slot, root);
    const start = () => {
      if (generation !== this.#generation) return;
      Promise.all([loadApp(), loaded])
        .then(([app]) => {
          // The element left the page (or came back) while the app was loading.
          if (generation !== this.#generation || !this.isConnected) return;
          this.#mounted = app.mount(this, root, base.href, new URL('omkering-lazy.css', base).href);
          root.hidden = false;
          slot.remove();
          this.setAttribute('data-omk-started', '');
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

  #attach() {
    const shadow = this.attachShadow({ mode: 'open' });
    // After a panic the wasm module has stopped; its error message offers a reload button that
    // this listener serves without the module.
    shadow.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-omk-reload]')) {
        window.location.reload();
      }
    });
    return shadow;
  }
}

if (!customElements.get(TAG)) {
  customElements.define(TAG, OmkeringExplainer);
}

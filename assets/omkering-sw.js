// The service worker of the standalone page: after one visit the explainer (presenter view
// included) keeps working offline. `cargo xtask build` fills in the version and the built files
// (xtask/src/bundle.rs); its cache is the only browser storage besides the one localStorage key.
//
// Network first, so a visitor online always gets the current release; the cache answers when the
// network fails or is slower than a few seconds (venue Wi-Fi) and holds a copy.

const VERSION = 'omkering-/* version */';
const FILES = [/* files */];
const SLOW_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(VERSION)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('omkering-') && k !== VERSION).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The cached copy of a request; a page (any route after `#`, any query) is the cached page.
function cached(request) {
  const navigate = request.mode === 'navigate';
  return caches
    .match(request, { ignoreSearch: navigate })
    .then((hit) => hit ?? (navigate ? caches.match('./') : undefined));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const network = fetch(request).then((response) => {
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      caches.open(VERSION).then((cache) => cache.match(request).then((old) => old && cache.put(request, copy)));
    }
    return response;
  });
  const slow = new Promise((resolve) => setTimeout(resolve, SLOW_MS)).then(() => cached(request)).then((hit) => hit ?? network);
  event.respondWith(
    Promise.race([network, slow]).catch(() => cached(request).then((hit) => hit ?? Response.error())),
  );
});

// The service worker of the standalone page: after one visit the explainer (presentation,
// presenter view and self-assessment included) keeps working offline. `cargo xtask build` fills in
// the version and the release's files (xtask/src/bundle.rs). Its cache is the only browser
// storage besides the one localStorage key.
//
// Release-safe (README, "Deploying"):
// - Each release's cache is a snapshot taken when the worker installs, named after this worker's
//   folder (its scope) and the release; nothing is written into it afterwards, so it never
//   holds files of two releases.
// - A page runs one whole release: its navigation is answered from the network when the network
//   answers (then its files come from the network too, a hashed file the network cannot give
//   from any snapshot of this folder that holds it), else from this release's snapshot (then
//   every file of the page comes from that snapshot). A 404 or 410 for the page itself passes:
//   a withdrawn explainer does not live on.
// - A new release waits until no page of the old one is open (no skipWaiting), then deletes only
//   this folder's older snapshots: another copy of the explainer on the same origin keeps its own.
// - Only navigations to the explainer's own page are answered; other pages of the folder (the
//   configurator, the examples) are the browser's.

const RELEASE = '/* version */';
const FILES = [/* files */];
const SLOW_MS = 4000;

const SCOPE = new URL('./', self.location.href);
const PREFIX = `omkering ${SCOPE.pathname} `;
const CACHE = PREFIX + RELEASE;
const PAGES = new Set([SCOPE.pathname, `${SCOPE.pathname}index.html`]);

/// A file whose name carries a hash of its content (`omkering-1a2b3c4d5e6f.js`): the same name is
/// the same bytes in every release.
const hashed = (url) => /-[0-9a-f]{12}\.[a-z]+$/.test(url.pathname);

/// How each page (client) of this worker gets its files: 'network' or 'snapshot', decided by how
/// its navigation was answered.
const pages = new Map();

/// "Wipe this device" on the self-assessment of the standalone page (src/web/wipe.rs): this
/// worker's caches go, and so does the worker; the next visit with a connection installs it again.
self.addEventListener('message', (event) => {
  if (event.data !== 'omkering:wipe') return;
  const ours = (keys) => keys.filter((key) => key.startsWith(PREFIX));
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(ours(keys).map((key) => caches.delete(key))))
      .then(() => self.registration.unregister()),
  );
});

self.addEventListener('install', (event) => {
  // A file named by its content is the same wherever it comes from: the browser's cache may
  // give it (the page has just loaded most of them); the others come from the network.
  const request = (f) => new Request(f, { cache: hashed(new URL(f, SCOPE)) ? 'default' : 'reload' });
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map(request))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.map(async (key) => ((key.startsWith(PREFIX) && key !== CACHE) || (await legacy(key))) && caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/// Whether `key` is the cache of an earlier worker of this folder (releases before the scope was
/// in the name called it `omkering-<version>`): it holds this folder's page.
async function legacy(key) {
  return /^omkering-[0-9a-f]{12}$/.test(key) && Boolean(await (await caches.open(key)).match(SCOPE.href));
}

/// This release's copy of a file.
const snapshot = (url) => caches.open(CACHE).then((cache) => cache.match(url));

/// A hashed file from any snapshot of this folder (its bytes are the same in each).
async function anySnapshot(url) {
  for (const key of await caches.keys()) {
    if (!key.startsWith(PREFIX)) continue;
    const hit = await (await caches.open(key)).match(url);
    if (hit) return hit;
  }
  return undefined;
}

/// The network's answer, or `undefined` when it fails (or, with `patience`, is slower than
/// `SLOW_MS`).
function network(request, patience = true) {
  const answer = fetch(request).catch(() => undefined);
  if (!patience) return answer;
  const slow = new Promise((resolve) => setTimeout(() => resolve(undefined), SLOW_MS));
  return Promise.race([answer, slow]);
}

async function page(event) {
  // Forget the pages that are gone.
  for (const id of pages.keys()) if (!(await self.clients.get(id))) pages.delete(id);
  const answer = await network(event.request);
  if (answer && (answer.ok || answer.status === 404 || answer.status === 410)) {
    pages.set(event.resultingClientId, 'network');
    return answer;
  }
  const copy = await snapshot(SCOPE.href);
  if (!copy) return answer ?? Response.error();
  pages.set(event.resultingClientId, 'snapshot');
  return copy;
}

async function file(event, url) {
  if (pages.get(event.clientId) === 'snapshot') {
    return (await snapshot(url.href)) ?? fetch(event.request);
  }
  // A hashed file may come from a snapshot when the network is slow (the bytes are the same);
  // a file with a stable name waits for the network, which just gave the page.
  const answer = await network(event.request, hashed(url));
  if (answer?.ok) return answer;
  // The network failed or gave an error: a hashed file from any snapshot that holds it; a file
  // with a stable name only from this release's.
  const copy = hashed(url) ? await anySnapshot(url.href) : await snapshot(url.href);
  return copy ?? answer ?? Response.error();
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  if (request.mode === 'navigate') {
    if (PAGES.has(url.pathname)) event.respondWith(page(event));
    return;
  }
  url.search = '';
  event.respondWith(file(event, url));
});

// Runs before the first paint of the standalone page (a classic script in its head). The page
// holds the Dutch start view, painted at build time (xtask/src/prerender.rs); the server never
// sees the address's hash. When the hash asks for another view or language, or the page is an
// embed in a frame, the painted view is hidden at once (page.css), so no frame shows the wrong
// view: the app draws the right one.
{
  const hash = window.location.hash.replace(/^#/, '');
  if ((hash !== '' && hash !== '/') || new URLSearchParams(window.location.search).has('embed')) {
    document.documentElement.classList.add('omk-first-other');
  }
}

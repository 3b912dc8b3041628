// The standalone page registers its service worker (omkering-sw.js, written by `cargo xtask
// build`), so that after one visit it keeps working offline. Embeds never do. It registers once
// the page has loaded and the browser is idle (the worker fetches the whole release), and not
// when the visitor asked to save data (README, "Offline").

// eslint-disable-next-line compat/compat
const saveData = 'connection' in navigator && navigator.connection.saveData === true;
if ('serviceWorker' in navigator && !saveData && !new URLSearchParams(window.location.search).has('embed')) {
  const register = () => navigator.serviceWorker.register('./omkering-sw.js').catch(() => {});
  const whenIdle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

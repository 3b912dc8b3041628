// The standalone page registers its service worker (omkering-sw.js, written by `cargo xtask
// build`), so that after one visit it keeps working offline. Embeds never do: offline is a
// feature of the standalone page. Where the browser has no service workers, or the file is not
// there (trunk's development server), the page simply works online.

if ('serviceWorker' in navigator && !new URLSearchParams(window.location.search).has('embed')) {
  navigator.serviceWorker.register('./omkering-sw.js').catch(() => {});
}

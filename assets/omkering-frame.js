// The standalone page inside an iframe (`index.html?embed=<id>`), for sites whose CMS strips
// scripts from pasted HTML: the page drops its margins, and sends its height to the host page in
// a namespaced message, so a listener there can let the iframe grow with the explainer (README,
// "In an iframe").

const params = new URLSearchParams(window.location.search);
if (params.has('embed') && window.parent !== window) {
  document.documentElement.classList.add('omk-embedded');
  // In a frame the page is an embed: the presentation stays in the element at 16:9 (covering
  // the frame's window it would give the document no height, and the host's listener would
  // shrink the frame), and the presenter window is offered from the page itself. The app reads
  // the attribute when it starts, which is after this module has run.
  for (const el of document.querySelectorAll('omkering-explainer[standalone]')) el.removeAttribute('standalone');
  const id = params.get('embed') || 'omkering';
  let last = -1;
  // The height is not secret; the host's listener checks where the message comes from.
  const post = () => window.parent.postMessage({ type: 'omkering:height', id, height: last }, '*');
  // A message sent before the host's listener exists (a script that loads after the frame) is
  // lost, and the height is sent again only when it changes. So until the host has answered
  // once (the frame's window got another height), the last height is said again, less often
  // each time: after 0.25, 0.5, 1, 2, 4 and 8 s. A host without the listener gets six messages.
  const start = window.innerHeight;
  let retry;
  const again = (wait) => {
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (window.innerHeight !== start) return;
      post();
      if (wait < 8000) again(wait * 2);
    }, wait);
  };
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      post();
      if (window.innerHeight === start) again(250);
    }
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

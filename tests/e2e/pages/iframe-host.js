// The listener of the README ("In an iframe"), as a host page would include it.
window.addEventListener('message', (event) => {
  const frame = document.getElementById('uitleg');
  if (event.origin !== 'http://127.0.0.1:4174' || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (data && data.type === 'omkering:height' && data.id === frame.id && Number.isFinite(data.height)) {
    frame.height = String(Math.min(20000, Math.max(200, Math.ceil(data.height))));
  }
});

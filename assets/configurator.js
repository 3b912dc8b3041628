// The snippet configurator (configurator.html): builds the snippet from the chosen settings,
// shows it live with the real loader, and copies it. The attribute values are those of the
// README ("Embedding"); the explainer itself checks them and warns about wrong ones.

const base = new URL('./', window.location.href);
const form = document.getElementById('settings');
const snippet = document.getElementById('snippet');
const preview = document.getElementById('preview');
const status = document.getElementById('status');

function settings() {
  const data = new FormData(form);
  const height = String(data.get('height') ?? '').trim();
  return {
    kind: data.get('kind'),
    view: String(data.get('view') ?? '').trim() || '/',
    lang: data.get('lang'),
    theme: data.get('theme'),
    height,
    presentButton: data.get('present-button') !== null,
    publicUrl: String(data.get('public-url') ?? '').trim(),
  };
}

/// The element's attributes besides the defaults, as [name, value] pairs (README, "Embedding").
function attributes(s) {
  const attrs = [['view', s.view], ['lang', s.lang]];
  if (s.theme !== 'default') attrs.push(['theme', s.theme]);
  if (s.height) attrs.push(['height', s.height]);
  if (!s.presentButton) attrs.push(['present-button', 'hide']);
  if (s.publicUrl) attrs.push(['public-url', s.publicUrl]);
  return attrs;
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function scriptSnippet(s) {
  const attrs = attributes(s).map(([name, value]) => `${name}="${escape(value)}"`);
  return [
    `<script type="module" src="${new URL('omkering-loader.js', base)}"></script>`,
    `<omkering-explainer ${attrs.join(' ')}>`,
    '  <p>De omkering: gemeenten signaleren opgaven en dragen oplossingen aan. Rijk en gemeenten maken samen beleid.</p>',
    `  <p><a href="${base}">Bekijk de uitleg over de omkering</a></p>`,
    '</omkering-explainer>',
  ].join('\n');
}

function iframeSrc(s) {
  const query = s.lang === 'nl' ? '' : `?lang=${s.lang}`;
  return `${base}?embed=omkering-uitleg#${s.view}${query}`;
}

function iframeSnippet(s) {
  const height = s.height || '800';
  return [
    `<iframe id="omkering-uitleg" src="${escape(iframeSrc(s))}"`,
    '  title="Uitleg: de omkering in de verenigingsstrategie van de VNG"',
    `  width="100%" height="${escape(height)}" loading="lazy"></iframe>`,
  ].join('\n');
}

function update() {
  const s = settings();
  snippet.value = s.kind === 'iframe' ? iframeSnippet(s) : scriptSnippet(s);
  status.textContent = '';
  if (s.kind === 'iframe') {
    const frame = document.createElement('iframe');
    frame.src = iframeSrc(s);
    frame.title = 'Voorbeeld: de uitleg in een iframe';
    frame.height = s.height || '800';
    preview.replaceChildren(frame);
  } else {
    const el = document.createElement('omkering-explainer');
    for (const [name, value] of attributes(s)) el.setAttribute(name, value);
    preview.replaceChildren(el);
  }
}

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = 'De code staat op het klembord.';
  } catch {
    snippet.focus();
    snippet.select();
    status.textContent = 'Kopiëren lukte niet vanzelf. De code is geselecteerd: kopieer die met Ctrl+C of Cmd+C.';
  }
});
form.addEventListener('input', update);
form.addEventListener('change', update);
update();

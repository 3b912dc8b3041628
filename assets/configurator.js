// The snippet configurator (configurator.html): builds the snippet from the chosen settings,
// shows it live with the real loader, and copies it. The attribute values are those of the
// README ("Embedding"); the fields are checked by the explainer's own rules (the element's
// `check`), a wrong value is named by its field and kept out of the snippet and the preview.

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

/// The element's attributes besides the defaults, as [name, value] pairs (README, "Embedding");
/// a field the element would refuse (`wrong`) is left out.
function attributes(s, wrong = new Set()) {
  const attrs = [['view', wrong.has('view') ? '/' : s.view], ['lang', s.lang]];
  if (s.theme !== 'default') attrs.push(['theme', s.theme]);
  if (s.height && !wrong.has('height')) attrs.push(['height', s.height]);
  if (!s.presentButton) attrs.push(['present-button', 'hide']);
  if (s.publicUrl && !wrong.has('public-url')) attrs.push(['public-url', s.publicUrl]);
  return attrs;
}

/// The fields the element checks: the attribute, the field, its value in the settings.
const CHECKED = [
  ['view', 'view', (s) => s.view],
  ['height', 'height', (s) => s.height],
  ['public-url', 'public-url', (s) => s.publicUrl],
];

/// The attributes whose values the element would refuse; marks each such field as invalid, with
/// its error in text linked to it.
async function check(s) {
  await customElements.whenDefined('omkering-explainer');
  const element = customElements.get('omkering-explainer');
  const wrong = new Set();
  for (const [name, id, value] of CHECKED) {
    const v = value(s);
    if (v && (await element.check(name, v)) !== null) wrong.add(name);
  }
  return wrong;
}

function mark(wrong) {
  for (const [name, id] of CHECKED) {
    const field = document.getElementById(id);
    const error = document.getElementById(`${id}-error`);
    const bad = wrong.has(name);
    error.hidden = !bad;
    if (bad) {
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', error.id);
    } else {
      field.removeAttribute('aria-invalid');
      field.removeAttribute('aria-describedby');
    }
  }
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function scriptSnippet(s, wrong) {
  const attrs = attributes(s, wrong).map(([name, value]) => `${name}="${escape(value)}"`);
  return [
    `<script type="module" src="${new URL('omkering-loader.js', base)}"></script>`,
    `<omkering-explainer ${attrs.join(' ')}>`,
    '  <p>De omkering: gemeenten signaleren opgaven en dragen oplossingen aan. Rijk en gemeenten maken samen beleid.</p>',
    `  <p><a href="${base}">Bekijk de uitleg over de omkering</a></p>`,
    '</omkering-explainer>',
  ].join('\n');
}

function iframeSrc(s, wrong) {
  const query = s.lang === 'nl' ? '' : `?lang=${s.lang}`;
  return `${base}?embed=omkering-uitleg#${wrong.has('view') ? '/' : s.view}${query}`;
}

function iframeSnippet(s, wrong) {
  const height = (!wrong.has('height') && s.height) || '800';
  return [
    `<iframe id="omkering-uitleg" src="${escape(iframeSrc(s, wrong))}"`,
    '  title="Uitleg: de omkering in de verenigingsstrategie van de VNG"',
    `  width="100%" height="${escape(height)}" loading="lazy"></iframe>`,
  ].join('\n');
}

let generation = 0;

async function update() {
  const s = settings();
  const now = ++generation;
  const wrong = await check(s);
  // A later change has started its own check meanwhile.
  if (now !== generation) return;
  mark(wrong);
  snippet.value = s.kind === 'iframe' ? iframeSnippet(s, wrong) : scriptSnippet(s, wrong);
  status.textContent = '';
  if (s.kind === 'iframe') {
    const frame = document.createElement('iframe');
    frame.src = iframeSrc(s, wrong);
    frame.title = 'Voorbeeld: de uitleg in een iframe';
    frame.height = (!wrong.has('height') && s.height) || '800';
    preview.replaceChildren(frame);
  } else {
    const el = document.createElement('omkering-explainer');
    for (const [name, value] of attributes(s, wrong)) el.setAttribute(name, value);
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

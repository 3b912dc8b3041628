// Releases for the offline and deploy tests (offline.spec.mjs): copies of dist/ in folders of
// their own under /__release/ (target/e2e/__release/ on disk), each marked with its name in every
// file a page loads when it starts, and with every hashed file renamed, as a new build names them:
// release A and release B share no hashed name, only the stable ones (index.html, the loader, the
// service worker, page.css).
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
export const RELEASES = join(root, 'target', 'e2e', '__release');
const HASHED = /-([0-9a-f]{12})\.(js|css|wasm)$/;
const TEXT = /\.(js|css|html)$/;

const digest = (text) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/// Puts release `mark` into `folder` (under /__release/): replacing what was there, or `beside`
/// it (the stable names are overwritten, the older release's hashed files stay, as README,
/// "Deploying", advises). Returns the folder's URL path.
export function deploy(folder, mark, { beside = false } = {}) {
  const stage = join(RELEASES, `.${folder}-${mark}`);
  rmSync(stage, { recursive: true, force: true });
  cpSync(dist, stage, { recursive: true });
  const names = new Map(readdirSync(stage).filter((f) => HASHED.test(f)).map((f) => [f, f.replace(HASHED, (_, h, ext) => `-${digest(mark + h)}.${ext}`)]));
  for (const file of readdirSync(stage)) {
    const path = join(stage, file);
    if (TEXT.test(file)) {
      let text = readFileSync(path, 'utf8');
      for (const [from, to] of names) text = text.replaceAll(from, to);
      writeFileSync(path, marked(file, text, mark));
    }
  }
  for (const [from, to] of names) renameSync(join(stage, from), join(stage, to));
  // The page checks its stylesheet (`integrity`): the marked one has another digest.
  const css = readFileSync(join(stage, 'page.css'));
  const index = join(stage, 'index.html');
  const sri = `sha384-${createHash('sha384').update(css).digest('base64')}`;
  writeFileSync(index, readFileSync(index, 'utf8').replace(/integrity="sha384-[^"]*"/, `integrity="${sri}"`));
  const target = join(RELEASES, folder);
  if (!beside) rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(stage, target, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  return `/__release/${folder}/`;
}

/// A file's text with the release's mark where a page can read it.
function marked(file, text, mark) {
  if (file === 'index.html') return text.replace('<html lang="nl">', `<html lang="nl" data-release="${mark}">`);
  if (file === 'page.css') return `${text}\n:root { --omk-release-page: "${mark}"; }\n`;
  if (file === 'omkering-loader.js') return `${text}\nglobalThis.__omkeringLoader = '${mark}';\n`;
  if (file === 'omkering-sw.js') return text.replace(/const RELEASE = '([0-9a-f]+)'/, (_, v) => `const RELEASE = '${digest(mark + v)}'`);
  if (/^omkering-[0-9a-f]{12}\.css$/.test(file)) return `${text}\n:host { --omk-release-css: "${mark}"; }\n`;
  if (/^omkering-[0-9a-f]{12}\.js$/.test(file)) return `${text}\nglobalThis.__omkeringApp = '${mark}';\n`;
  return text;
}

/// Removes a file of a deployed folder (the server then answers 404).
export function withdraw(folder, match) {
  const dir = join(RELEASES, folder);
  for (const f of readdirSync(dir).filter((f) => (typeof match === 'string' ? f === match : match.test(f)))) rmSync(join(dir, f));
}

/// Which release each file the page started with came from.
export function marks(page) {
  return page.evaluate(() => {
    const el = document.querySelector('omkering-explainer');
    const css = (node, name) => getComputedStyle(node).getPropertyValue(name).trim().replaceAll('"', '');
    return {
      page: document.documentElement.dataset.release,
      pageCss: css(document.documentElement, '--omk-release-page'),
      loader: globalThis.__omkeringLoader,
      app: globalThis.__omkeringApp,
      css: css(el, '--omk-release-css'),
    };
  });
}

/// The same mark in every place.
export const whole = (mark) => ({ page: mark, pageCss: mark, loader: mark, app: mark, css: mark });

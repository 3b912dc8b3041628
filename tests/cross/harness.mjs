// The Firefox ESR and WebKitGTK suites' harness (issue 21): Debian's browsers driven over W3C
// WebDriver by Selenium's client, each through its own driver given by path (geckodriver built
// from crates.io by `cargo xtask`, Debian's WebKitWebDriver under a virtual display); no tool
// downloads a browser or a driver (`usingServer`, `SE_OFFLINE`). The release in dist/ is served
// on the e2e ports with the strict policy; every page gets tests/cross/record.js as its first
// script, so errors and policy violations are known from the start.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { Builder } from 'selenium-webdriver';
import { serve } from '../e2e/serve.mjs';

process.env.SE_OFFLINE = 'true';
const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const PORT = 4173;
export const base = `http://127.0.0.1:${PORT}`;

/// The two browsers: how to start their driver and what to ask it for.
export const BROWSERS = {
  firefox: {
    driver: (port) => [process.env.OMKERING_GECKODRIVER || 'geckodriver', ['--port', String(port), '--host', '127.0.0.1']],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: process.env.OMKERING_FIREFOX || '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    // WebKitGTK needs a display: a virtual one.
    driver: (port) => ['xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', process.env.OMKERING_WEBKITDRIVER || 'WebKitWebDriver', `--port=${port}`, '--host=127.0.0.1']],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: process.env.OMKERING_MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
    },
  },
};

/// Whether something listens on `port` now.
function answers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

function listening(port, ms = 30_000) {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => (Date.now() > until ? reject(new Error(`nothing listens on ${port}`)) : setTimeout(attempt, 200)));
    };
    attempt();
  });
}

/// The release on both e2e ports (the second is another origin, for the cross-origin page).
export async function servers() {
  const roots = [
    { prefix: '/__cross/', dir: here },
    { prefix: '/__test/', dir: join(root, 'tests', 'e2e', 'pages') },
    { prefix: '/', dir: join(root, 'dist') },
  ];
  const all = await Promise.all([PORT, PORT + 1].map((port) => serve({ port, roots, first: '/__cross/record.js' })));
  return () => all.forEach((s) => s.close());
}

let ports = 0;

/// `promise`, or an error when it has not settled after `ms`.
function deadline(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/// A browser of kind `name` with its own driver on a port of its own. `start()` opens a session,
/// `quit()` ends it and its driver, `restart()` does both: a stuck or crashed browser (WebKitGTK's
/// MiniBrowser hangs now and then on a virtual display) is replaced, not fought.
export class Browser {
  constructor(name, first) {
    this.name = name;
    this.first = first;
  }

  async start() {
    const browser = BROWSERS[this.name];
    // A new port each time, and one nothing listens on: a driver that is still shutting down (or
    // one left by an earlier run) cannot take the next one's.
    let port;
    do port = this.first + (ports++ % 200);
    while (await answers(port));
    const [command, args] = browser.driver(port);
    this.driver = spawn(command, args, { detached: true, stdio: 'ignore' });
    await listening(port);
    this.web = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities(browser.capabilities).build();
    await this.web.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
    return this.web;
  }

  async quit() {
    // A hung browser may never answer `quit`: give it a few seconds, then end the driver.
    await Promise.race([this.web?.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    try {
      process.kill(-this.driver.pid, 'SIGTERM');
    } catch {
      // Gone already.
    }
    this.web = null;
  }

  async restart() {
    await this.quit();
    return this.start();
  }

  /// Runs `work(web)`, for at most `ms`: a browser that stopped answering leaves the driver's
  /// replies pending for ever. When it fails in a way that is not the explainer's (an error that is
  /// not an assertion: no answer in time, a dead session), says so on stderr and runs it once more
  /// in a new session. A second failure fails the test: a view that never shows still fails.
  async again(what, work, ms = 120_000) {
    try {
      return await deadline(work(this.web), ms);
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      process.stderr.write(`# ${this.name}: ${what}: ${error.message || error.name}; once more in a new session\n`);
      await this.restart();
      return deadline(work(this.web), ms);
    }
  }
}

/// Waits until `probe` (a function run in the page) returns something truthy, and returns it.
export async function until(web, probe, what, ms = 20_000, ...args) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await web.executeScript(probe, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/// Waits until the page has stopped scrolling (the same position in three checks 100 ms apart).
/// A change of step brings its caption into view with a smooth scroll: a WebDriver click during
/// it presses the button where it was and lets go where it is now, which is no click (seen in
/// WebKitGTK: the button took the focus and stayed unpressed).
export async function still(web, ms = 5_000) {
  const end = Date.now() + ms;
  let last = null;
  let same = 0;
  while (same < 2) {
    if (Date.now() > end) throw new Error('the page kept scrolling');
    await new Promise((r) => setTimeout(r, 100));
    const now = await web.executeScript('return `${window.scrollX},${window.scrollY}`;');
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/// In the page: the first explainer's shadow root.
export const shadow = 'const root = document.querySelector("omkering-explainer")?.shadowRoot;';

let loads = 0;

/// Opens the standalone page at `hash` (a new load each time: a URL that differs only in its
/// hash would only change the view) and waits until the app has started (the start view painted
/// into the page has the same title until then) and shows a view.
export async function open(web, hash) {
  await web.get(`${base}/?load=${++loads}#${hash}`);
  await until(
    web,
    `${shadow} return root && root.host.hasAttribute('data-omk-started') && root.querySelector('#omk-view-title, .omk-slide__title') && !root.querySelector('.omk-loading');`,
    `the view ${hash}`,
  );
}

/// What the page recorded (errors, policy violations) and whether the explainer shows a panic.
export async function problems(web) {
  return web.executeScript(`${shadow} const r = window.__omk ?? { errors: ['no recorder'], violations: [] };
    return [...r.errors, ...r.violations.map((v) => 'policy: ' + v), ...(root?.querySelector('.omk-error') ? ['a panic'] : [])];`);
}

/// Saves a screenshot for a person to look at (target/cross/<browser>/<name>.png).
export async function screenshot(web, browser, name) {
  const dir = join(root, 'target', 'cross', browser);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.png`), Buffer.from(await web.takeScreenshot(), 'base64'));
}

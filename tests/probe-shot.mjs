import { chromium } from 'playwright';
import { serve } from './e2e/serve.mjs';
const srv = await serve({ port: 4199, roots: [{ prefix: '/', dir: 'dist' }] });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 794, height: 1123 } });
for (const [name, hash] of [['handout', '/handout'], ['guide', '/guide?sessie=kort'], ['session', '/session?sessie=kort']]) {
  await p.goto(`http://127.0.0.1:4199/#${hash}`);
  await p.waitForTimeout(1500);
  await p.emulateMedia({ media: name === 'session' ? 'screen' : 'print' });
  await p.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
}
await b.close(); await srv.close?.();
process.exit(0);

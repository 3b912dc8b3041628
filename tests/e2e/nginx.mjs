// nginx for the end-to-end tests (`OMKERING_E2E_SERVER=nginx`, README "Deploying"): Debian's
// nginx serves dist/ with the explainer's own configuration, deploy/nginx.conf, included as it
// is, on both test ports; around it only what a test run needs (its ports, temporary paths, the
// test pages with their policies). Started and stopped by Playwright (playwright.config.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP, CROSS_ORIGIN_CSP, IFRAME_HOST_CSP } from './policy.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const NGINX = process.env.OMKERING_NGINX || '/usr/sbin/nginx';

/// Writes the test run's nginx.conf and returns the command that runs nginx in the foreground.
export function nginxCommand(ports) {
  const dir = join(root, 'target', 'e2e', 'nginx');
  mkdirSync(dir, { recursive: true });
  const deploy = join(root, 'deploy', 'nginx.conf');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${join(dir, k)};`).join('\n');
  const conf = `# Written by tests/e2e/nginx.mjs for one test run; the explainer's configuration is deploy/nginx.conf.
daemon off;
master_process off;
pid ${join(dir, 'nginx.pid')};
error_log stderr crit;
events { worker_connections 512; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
  map $uri $omkering_test_csp {
    default "${CSP}";
    /__test/cross-origin.html "${CROSS_ORIGIN_CSP}";
    /__test/iframe-host.html "${IFRAME_HOST_CSP}";
  }
  server {
${ports.map((p) => `    listen 127.0.0.1:${p};`).join('\n')}
    root ${join(root, 'dist')};
    include ${deploy};
    location ^~ /__test/ {
      alias ${join(here, 'pages')}/;
      add_header Content-Security-Policy $omkering_test_csp always;
      add_header Cache-Control "no-store" always;
    }
    # Releases that the release tests make (offline.spec.mjs), each in a folder of its own.
    location ^~ /__release/ {
      root ${join(root, 'target', 'e2e')};
      include ${deploy};
    }
  }
}
`;
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, conf);
  return `${NGINX} -e stderr -c ${file}`;
}

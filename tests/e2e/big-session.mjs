// The largest session file the self-assessment reads: exactly 1 MiB (problem::MAX_BYTES) with
// 30,000 participants in 100 groups, as CSV and as JSON; the same shape as the host test's files
// (tests/hardening.rs). For the end-to-end test and the benchmark.

export const MAX_BYTES = 1 << 20;
export const PARTICIPANTS = 30_000;
const GROUPS = 100;

/// A short, distinct name for participant `i` ("p" and base 36).
const short = (i) => `p${[...i.toString(36)].reverse().join('')}`;

/// `{ csv, json }`, each a Buffer of exactly `MAX_BYTES`, scoring the second of `points`.
export function bigSession(points) {
  const point = points[1];
  let csv = 'session;date;group;participant;point;score\n';
  for (let i = 0; i < PARTICIPANTS - 1; i++) csv += `;;g${i % GROUPS};${short(i)};${point};${1 + (i % 5)}\n`;
  const last = `;;g0;;${point};5\n`;
  csv += `;;g0;${'z'.repeat(MAX_BYTES - csv.length - last.length)};${point};5\n`;
  const per = PARTICIPANTS / GROUPS;
  const groups = [];
  for (let g = 0; g < GROUPS; g++) {
    const people = [];
    for (let k = 0; k < per; k++) {
      const i = g * per + k;
      const scores = i % 4 === 0 ? `"${point}":${1 + (i % 5)}` : '';
      people.push(`{"name":"${short(i)}","scores":{${scores}}}`);
    }
    groups.push(`{"name":"g${g}","participants":[${people.join(',')}]}`);
  }
  let json = `{"format":"omkering-zelfevaluatie","version":1,"session":{"name":"","date":"","groups":[${groups.join(',')}]}}`;
  json += ' '.repeat(MAX_BYTES - json.length);
  const out = { csv: Buffer.from(csv), json: Buffer.from(json) };
  for (const [kind, bytes] of Object.entries(out)) {
    if (bytes.length !== MAX_BYTES) throw new Error(`${kind}: ${bytes.length} bytes, not ${MAX_BYTES}`);
  }
  return out;
}

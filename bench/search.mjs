// Search: the time of each keystroke's search over the whole content, in the bench build (which
// exports `benchSearch`), typed letter by letter, and the time to build the index once.
import { openOmkering } from './interaction.mjs';

/// Words and phrases a visitor might look for, Dutch and English, short and long.
export const QUERIES = [
  'schuldhulpverlening',
  'omkering',
  'bestaanszekerheid',
  'klimaat en energie',
  'randvoorwaarden rijk',
  'g40 steden',
  'municipalities',
  'jeugd',
];

export async function searchTimes(browser, url, moduleUrl) {
  const { context, page } = await openOmkering(browser, url, 1);
  try {
    const times = await page.evaluate(
      async ({ moduleUrl, queries }) => Array.from((await import(moduleUrl)).benchSearch(queries)),
      { moduleUrl, queries: QUERIES.join('\n') },
    );
    return { build: times[0], keystrokes: times.slice(1), queries: QUERIES };
  } finally {
    await context.close();
  }
}

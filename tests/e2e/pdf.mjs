// The text of a PDF that Chromium printed, page by page, with where each run of text stands:
// read with pdf.js (pdfjs-dist, pinned in package.json), so the print tests check the paper,
// not the screen.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/// Every page of `pdf` (a Buffer): its size in points and its text runs, each with its box.
export async function pdfPages(pdf) {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view;
    const { items } = await page.getTextContent();
    const runs = items
      .filter((i) => i.str.trim() !== '')
      .map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5], w: i.width, h: i.height }));
    pages.push({ width, height, runs, text: runs.map((r) => r.str).join(' ').replace(/\s+/g, ' ') });
  }
  await doc.destroy();
  return pages;
}

/// Text as the PDF's text runs join it: one space between words.
export const flat = (s) => s.replace(/\s+/g, ' ').trim();

/// Whether `text` (a page's) holds `part`, whatever the spaces: pdf.js splits a run after a
/// ligature ("fi nd"), and a line break is a space.
export const holds = (text, part) => text.replace(/\s+/g, '').includes(part.replace(/\s+/g, ''));

// Reading back what Chromium prints: page.pdf on A4 (the page's own @page sizes), each page's text with pdf.js.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Each page's text of a PDF, whitespace (also no-break spaces) as single spaces. */
export async function pdfPages(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const { width, height } = page.getViewport({ scale: 1 });
    pages.push({ text: content.items.map((i) => i.str).join(' ').replace(/[\s\u00a0\u202f]+/g, ' '), width, height });
  }
  return pages;
}

export const plain = (text) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
export const printed = async (page) => pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));


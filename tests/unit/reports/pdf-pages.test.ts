import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../../electron/main/reports/pdf-pages';

/** A PDF's object table as Chromium writes it: one /Pages tree and a /Page object per page. */
const pdf = (pages: number) =>
  Buffer.from(
    [
      '%PDF-1.4',
      '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
      `2 0 obj <</Type /Pages /Count ${pages} /Kids [${Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ')}]>> endobj`,
      ...Array.from({ length: pages }, (_, i) => `${3 + i} 0 obj <</Type /Page /Parent 2 0 R>> endobj`),
      '%%EOF',
    ].join('\n'),
    'latin1',
  );

describe('the pages of a printed report', () => {
  it('counts page objects, not the page tree', () => {
    expect(pdfPageCount(pdf(1))).toBe(1);
    expect(pdfPageCount(pdf(3))).toBe(3);
    expect(pdfPageCount(Buffer.from('no pdf at all'))).toBe(0);
  });
});

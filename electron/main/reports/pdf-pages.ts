/** How many pages a PDF printed by Chromium has: its page objects ("/Type /Page", not "/Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Text folding shared by the concept matcher, the place resolver and the search index. */

/** Lower case, accents folded, apostrophes dropped, punctuation to spaces; "3D-printen" becomes "3d printen". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function tokenise(text: string): string[] {
  const n = normaliseText(text);
  return n ? n.split(' ') : [];
}

/** A lower-case ASCII slug for an id: "Hoogvliet Rotterdam" → "hoogvliet-rotterdam". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

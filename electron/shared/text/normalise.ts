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

/**
 * The tokens of a text and, for each, the clause it is in: a phrase never spans a comma or the end of a
 * sentence ("geen lassers meer, de orders blijven liggen" holds no "meer orders"). A dot inside a number
 * ("25.62", "4.0") ends nothing.
 */
export function tokeniseClauses(text: string): { tokens: string[]; clause: number[] } {
  const tokens: string[] = [];
  const clause: number[] = [];
  text.split(/[,;:!?()\n]|\.(?!\d)/).forEach((part, i) => {
    for (const t of tokenise(part)) {
      tokens.push(t);
      clause.push(i);
    }
  });
  // Normalising the whole text and its parts must give the same words; if not, one clause.
  const whole = tokenise(text);
  if (whole.length !== tokens.length || whole.some((t, i) => t !== tokens[i]))
    return { tokens: whole, clause: whole.map(() => 0) };
  return { tokens, clause };
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

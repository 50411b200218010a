/** Dutch sentence habits the concept matcher reads through: contractions and separable verbs. */

/** Dutch contractions, written out before reading: "zo'n robot", "m'n bedrijf", "'t magazijn". */
const CONTRACTIONS: [RegExp, string][] = [
  [/\bzo['’`]n\b/gi, 'zo een'],
  [/\bm['’`]n\b/gi, 'mijn'],
  [/\bz['’`]n\b/gi, 'zijn'],
  [/\bd['’`]r\b/gi, 'daar'],
  [/(^|[\s(])['’`]t\b/gi, '$1het'],
  [/(^|[\s(])['’`]n\b/gi, '$1een'],
  [/(^|[\s(])['’`]k\b/gi, '$1ik'],
];

/** The text with its Dutch contractions written out, so that "zo'n" is no "zon" (sun). */
export function expandContractions(text: string): string {
  return CONTRACTIONS.reduce((t, [re, full]) => t.replace(re, full), text);
}

/** Particles of Dutch separable verbs, which go to the end of the clause: "we werken samen", "we schalen op". */
const PARTICLES = new Set(
  'aan af bij door in mee na om op over samen terug toe uit voor weg binnen buiten rond'.split(' '),
);

/**
 * A particle still closes the verb before a phrase like these ("we werken samen met een hogeschool") and
 * before a conjunction that starts the next clause ("hoe schalen we dat op en waar vinden we technici?").
 */
const AFTER_PARTICLE = new Set(
  'met voor aan bij naar van tot zonder en maar of want dus omdat zodat als wanneer terwijl'.split(' '),
);

/** Whether a word can be the particle of a separable verb. */
export const isParticle = (word: string): boolean => PARTICLES.has(word);

/** Whether the token at `at` closes its clause, as the particle of a separable verb does. */
export function closesSeparableVerb(tokens: readonly string[], clause: readonly number[], at: number): boolean {
  return clause[at + 1] !== clause[at] || AFTER_PARTICLE.has(tokens[at + 1]);
}

/** Words before a kind of partner that say the owner has one or is one, not that it looks for one. */
const NOT_SOUGHT_BEFORE = new Set('onze ons eigen geen niet al our own no not already'.split(' '));
/** Words after it that make it a customer: "een universiteit als klant". */
const NOT_SOUGHT_AFTER = new Set('klant klanten customer customers client clients'.split(' '));
/** How many words either side are looked at. */
const SOUGHT_WINDOW = 4;

/**
 * Whether the words of a kind of partner are asked for, not mentioned in passing: "we zoeken een
 * hogeschool" is, "onze eigen onderzoekers", "we werken al met een hogeschool", "geen hogeschool" and
 * "een universiteit als klant" are not. Words that cannot be found as written count as asked for.
 */
export function isSought(tokens: readonly string[], clause: readonly number[], words: string): boolean {
  const w = words.split(' ');
  for (let i = 0; i + w.length <= tokens.length; i++) {
    if (!w.every((x, k) => tokens[i + k] === x)) continue;
    const near = (from: number, to: number) =>
      tokens.slice(Math.max(0, from), Math.max(0, to)).filter((_, k) => clause[Math.max(0, from) + k] === clause[i]);
    const before = near(i - SOUGHT_WINDOW, i);
    const after = near(i + w.length, i + w.length + SOUGHT_WINDOW);
    return !before.some((t) => NOT_SOUGHT_BEFORE.has(t)) && !after.some((t) => NOT_SOUGHT_AFTER.has(t));
  }
  return true;
}

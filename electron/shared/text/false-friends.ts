/**
 * Real words that a stemmer cuts like a vocabulary term of another meaning. They are read only as
 * written, never by their stem: "leren" (to learn) is no "leer" (leather), "interne" and "internal" no
 * "interns", "addition" no "additive", "tell" no "telen", "freeze" no "frezen" (milling), "getraind"
 * "trained" and "train" (new people) no "trains". Found by stemming every word of the word list against
 * the vocabulary and reading the pairs that are not inflections of one another. The list applies to the
 * records' own texts too, so a word that also has a right reading there stays off it: "meet" is Dutch in
 * "meet- en regeltechniek", and English "meet the rules" is read by its phrase first.
 */
export const FALSE_FRIENDS = new Set(
  `leren geleerd lees stel stelen interne internal addition additions composition compositions universal
  universe tell tells freeze freezing finer mood moods peer peers bots trainen getraind trained train`.split(/\s+/),
);

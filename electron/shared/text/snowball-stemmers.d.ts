/** Types for snowball-stemmers 0.6 (the Snowball stemming algorithms in JavaScript; ISC). */
declare module 'snowball-stemmers' {
  const snowball: { newStemmer(language: string): { stem(word: string): string }; algorithms(): string[] };
  export default snowball;
}

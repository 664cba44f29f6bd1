/** The simulator's one token rule: a token per four characters, rounded up. */
export function countTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

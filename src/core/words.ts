/**
 * Matching of the Indonesian words officers type into cells: case-, space- and
 * punctuation-insensitive ("Sangat  Baik", "SANGAT BAIK", "sangat-baik" are one word).
 */
export function wordKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** Builds a lookup from every accepted spelling to its value. */
export function vocabulary<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): (text: string) => T | undefined {
  const table = new Map<string, T>();
  for (const [value, spellings] of entries) {
    for (const spelling of spellings) table.set(wordKey(spelling), value);
  }
  return (text: string) => table.get(wordKey(text));
}

const truthWords = vocabulary<boolean>([
  [true, ["ya", "y", "benar", "true", "iya", "ada", "1"]],
  [false, ["tidak", "t", "salah", "false", "tak", "bukan", "tidak ada", "0", "-"]],
]);

/** Boolean typed as TRUE/FALSE or the Indonesian words "ya"/"benar"/"ada" and "tidak"/"salah". */
export function parseTruth(text: string): boolean | undefined {
  return truthWords(text);
}

/** Accepted spellings written out for help texts and messages. */
export function listWords(words: readonly string[]): string {
  return words.map((w) => `"${w}"`).join(", ");
}

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

/** Distinct texts remembered per vocabulary; a column of words repeats a handful of spellings. */
const LOOKUP_MEMO_LIMIT = 1024;

/** Builds a lookup from every accepted spelling to its value. */
export function vocabulary<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): (text: string) => T | undefined {
  const table = new Map<string, T>();
  for (const [value, spellings] of entries) {
    for (const spelling of spellings) table.set(wordKey(spelling), value);
  }
  // Normalising (NFKD, regex) costs far more than a Map hit; one call over a spilled range looks
  // the same few texts up thousands of times.
  const memo = new Map<string, T | undefined>();
  return (text: string) => {
    const remembered = memo.get(text);
    if (remembered !== undefined || memo.has(text)) return remembered;
    const found = table.get(wordKey(text));
    if (memo.size >= LOOKUP_MEMO_LIMIT) memo.clear();
    memo.set(text, found);
    return found;
  };
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

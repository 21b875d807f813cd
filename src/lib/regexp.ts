// Regular-expression helpers.

/** Escapes a literal string for use inside a RegExp source. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive alternation of word-bounded patterns (ASCII word boundaries: fast, and enough here). */
export function wordsPattern(patterns: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${patterns.join('|')})\\b`, flags);
}

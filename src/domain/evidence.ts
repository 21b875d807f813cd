// Evidence: the span of article text a fact was read from.
export interface Evidence {
  /** The sentence (or headline) holding the fact. */
  sentence: string;
  /** Character offsets of the sentence in Article.text (title: -1, -1). */
  start: number;
  end: number;
}

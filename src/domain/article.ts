// An article as the reader hands it on: main text plus page metadata.
import { z } from 'zod';

export const articleSchema = z.object({
  /** What the user gave: a path, a URL or "-". */
  input: z.string(),
  title: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) of publication, when known. */
  published: z.string().nullable(),
  byline: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  /** Main text, blocks separated by blank lines, boilerplate removed. */
  text: z.string(),
});

export type Article = z.infer<typeof articleSchema>;

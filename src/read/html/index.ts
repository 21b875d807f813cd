// Interim HTML reader (replaced by the full reader): paragraphs and headings, title from <title>.
import { Parser } from 'htmlparser2';

export interface PageRead {
  title: string | null;
  published: string | null;
  byline: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
  text: string;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'li', 'blockquote']);
const SKIPPED = new Set(['script', 'style', 'nav', 'footer', 'aside', 'noscript']);

export function looksLikeHtml(start: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<meta|<p[\s>]|<div)/i.test(start);
}

export function decodeHtml(bytes: Uint8Array, _contentType?: string | null): string {
  return new TextDecoder('utf-8').decode(bytes);
}

export function readHtml(input: string | Uint8Array, options: { url?: string | null } = {}): PageRead {
  const html = typeof input === 'string' ? input : decodeHtml(input);
  const blocks: string[] = [];
  let title = '';
  let current: string | null = null;
  let inTitle = false;
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (BLOCKS.has(name) && skipDepth === 0) current = '';
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (current !== null && skipDepth === 0) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth--;
        if (name === 'title') inTitle = false;
        if (BLOCKS.has(name) && current !== null) {
          const block = current.replace(/\s+/g, ' ').trim();
          if (block) blocks.push(block);
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return {
    title: title.trim() || null,
    published: null,
    byline: null,
    publisher: null,
    url: options.url ?? null,
    language: null,
    text: blocks.join('\n\n'),
  };
}

// Turns a subtree into plain text: blocks separated by a blank line, line breaks kept, whitespace collapsed.
import { isElement, parseHtml } from './tree.js';
import type { HtmlElement, HtmlNode } from './tree.js';

/** Elements that start and end a block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'ul',
  'body',
  'html',
]);

/** Elements whose end is a line break inside a block (list items, table rows). */
const LINE_TAGS: ReadonlySet<string> = new Set(['tr']);
const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Han, kana: scripts written without spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

class TextBuilder {
  private readonly blocks: string[] = [];
  private lines: string[] = [];
  private line = '';
  /** An inline element started or ended since the last text. */
  private boundary = false;

  /** Marks the edge of an inline element (a link, emphasis): in CJK text it becomes a space. */
  markBoundary(): void {
    this.boundary = true;
  }

  addText(text: string): void {
    const collapsed = text.replace(/[\s\u00a0]+/g, ' ');
    if (this.boundary) {
      this.boundary = false;
      const last = this.line.at(-1);
      const first = collapsed[0];
      if (
        last !== undefined &&
        first !== undefined &&
        last !== ' ' &&
        first !== ' ' &&
        (UNSPACED_SCRIPT.test(last) || UNSPACED_SCRIPT.test(first)) &&
        /[\p{L}\p{N}]/u.test(last) &&
        /[\p{L}\p{N}]/u.test(first)
      ) {
        this.line += ' ';
      }
    }
    if (collapsed === ' ') {
      if (this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
      return;
    }
    if (this.line === '' || this.line.endsWith(' ')) this.line += collapsed.replace(/^ /, '');
    else this.line += collapsed;
  }

  /** Preformatted text: lines and their indentation kept (blank lines dropped: they separate blocks). */
  addRaw(text: string): void {
    this.breakLine();
    for (const part of text.split('\n')) {
      const line = part.replace(/\s+$/, '');
      if (line !== '') this.lines.push(line);
    }
  }

  space(): void {
    if (this.line !== '' && !this.line.endsWith(' ')) this.line += ' ';
  }

  breakLine(): void {
    const trimmed = this.line.trim();
    if (trimmed !== '') this.lines.push(trimmed);
    this.line = '';
  }

  breakBlock(): void {
    this.breakLine();
    if (this.lines.length > 0) this.blocks.push(this.lines.join('\n'));
    this.lines = [];
  }

  finish(): string[] {
    this.breakBlock();
    return this.blocks;
  }
}

export type SkipTest = (element: HtmlElement) => boolean;

function walk(node: HtmlNode, out: TextBuilder, skip: SkipTest | null): void {
  if (!isElement(node)) {
    out.addText(node);
    return;
  }
  if (skip !== null && skip(node)) return;
  const tag = node.tag;
  if (tag === 'br') {
    out.breakLine();
    return;
  }
  if (tag === 'pre') {
    out.breakBlock();
    out.addRaw(rawText(node));
    out.breakBlock();
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.breakBlock();
  else if (CELL_TAGS.has(tag)) out.space();
  else out.markBoundary();
  for (const child of node.children) walk(child, out, skip);
  if (block) out.breakBlock();
  else if (LINE_TAGS.has(tag)) out.breakLine();
  else if (CELL_TAGS.has(tag)) out.space();
  else out.markBoundary();
}

function rawText(node: HtmlNode): string {
  if (!isElement(node)) return node;
  if (node.tag === 'br') return '\n';
  return node.children.map(rawText).join('');
}

/** Blocks of text of the given subtrees, in order, skipping elements the test rejects. */
export function renderBlocks(nodes: readonly HtmlNode[], skip: SkipTest | null = null): string[] {
  const out = new TextBuilder();
  for (const node of nodes) walk(node, out, skip);
  return out.finish();
}

/** Text of a subtree on one line, whitespace collapsed. */
export function innerText(node: HtmlNode): string {
  return renderBlocks([node]).join(' ').replace(/\s+/g, ' ').trim();
}

/** All the text of an HTML fragment or page (no boilerplate removal): blocks apart by a blank line. */
export function htmlToText(html: string): string {
  return renderBlocks([parseHtml(html).root]).join('\n\n');
}

// A light element tree built from htmlparser2's streaming callbacks, plus the head facts metadata needs.
import { Parser } from 'htmlparser2';

/** Subtrees that never hold readable text: skipped while parsing, so they cost nothing later. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
]);

/** Elements nested deeper than this are flattened into their ancestor (browsers cap nesting too). */
export const MAX_TREE_DEPTH = 400;
/** How many open elements the parser itself may track (see trimParserStack). */
export const MAX_PARSER_STACK = 1_000;

/** Tags kept aside for metadata wherever they appear. */
const COLLECTED_TAGS: ReadonlySet<string> = new Set(['meta', 'link', 'time', 'html', 'a']);

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  parent: HtmlElement | null;
  children: HtmlNode[];
  /** Filled by the scoring pass. */
  stats?: ElementStats;
}

export interface ElementStats {
  /** Characters of text without runs of whitespace. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  /** Characters inside headings. */
  headingChars: number;
  commas: number;
  /** Paragraph-like blocks that carry at least a sentence. */
  paragraphs: number;
  /** Sum of the paragraph points inside, undivided: how much article this subtree holds. */
  points: number;
  /** Counts of descendants by tag, for conditional cleaning. */
  p: number;
  img: number;
  li: number;
  input: number;
  links: number;
  /** True when this element or an ancestor was judged boilerplate. */
  dropped: boolean;
  /** Readability-style score: paragraph points, divided by distance, plus tag and name weights. */
  score: number;
  scored: boolean;
}

export type HtmlNode = HtmlElement | string;

export interface ParsedPage {
  root: HtmlElement;
  title: string | null;
  /** Elements of COLLECTED_TAGS in document order, `head` included. */
  collected: HtmlElement[];
  jsonLd: string[];
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

export function parseHtml(html: string): ParsedPage {
  const root: HtmlElement = { tag: '#root', attrs: {}, parent: null, children: [] };
  const collected: HtmlElement[] = [];
  const jsonLd: string[] = [];
  let current = root;
  let depth = 0;
  /** Opened elements past MAX_TREE_DEPTH that were not made into nodes. */
  let flattened = 0;
  let skipDepth = 0;
  let inHead = false;
  let title: string | null = null;
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';

  /**
   * htmlparser2 keeps its open elements in an array it grows with unshift, which makes deeply nested junk
   * (100,000 unclosed <div>s) quadratic. Past our own depth cap the outermost entries are dropped: their
   * closing tags then go unmatched, which changes nothing in a tree already flattened there.
   */
  const trimParserStack = () => {
    const stack = (parser as unknown as { stack: string[] }).stack;
    if (Array.isArray(stack) && stack.length > MAX_PARSER_STACK) stack.length = MAX_PARSER_STACK;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (tag === 'head') {
          inHead = true;
          return;
        }
        if (tag === 'title' && title === null) {
          capture = 'title';
          captured = '';
          skipDepth = 1;
          return;
        }
        if (tag === 'script' && (attrs.type ?? '').toLowerCase().includes('ld+json')) {
          capture = 'jsonld';
          captured = '';
          skipDepth = 1;
          return;
        }
        if (SKIPPED_TAGS.has(tag)) {
          skipDepth = 1;
          return;
        }
        if (depth >= MAX_TREE_DEPTH) {
          flattened++;
          trimParserStack();
          return;
        }
        const element: HtmlElement = { tag, attrs, parent: current, children: [] };
        if (COLLECTED_TAGS.has(tag)) collected.push(element);
        if (inHead && tag !== 'meta' && tag !== 'link' && tag !== 'base') {
          // A tag that cannot live in <head> starts the body (what browsers do with a missing </head>).
          inHead = false;
        }
        if (!inHead) current.children.push(element);
        current = element;
        depth++;
      },
      ontext(text) {
        if (skipDepth > 0) {
          if (capture !== null) captured += text;
          return;
        }
        if (!inHead) current.children.push(text);
      },
      onclosetag(tag) {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0 && capture !== null) {
            if (capture === 'title') title = captured;
            else jsonLd.push(captured);
            capture = null;
          }
          return;
        }
        if (tag === 'head') {
          inHead = false;
          return;
        }
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent !== null) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  return { root, title, collected, jsonLd };
}

// Finds the article in a parsed page: score, select, render; retried with looser rules when too little is found.
import { renderArticle } from './clean.js';
import { Scorer } from './score.js';
import type { ExtractFlags } from './score.js';
import { gatherArticle, pickTop, promote } from './select.js';
import { isElement } from './tree.js';
import type { HtmlElement, HtmlNode } from './tree.js';

/** Fewer characters than this and extraction is retried with looser rules. */
export const MIN_ARTICLE_CHARS = 500;
const ATTEMPTS: readonly ExtractFlags[] = [
  { dropUnlikely: true, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: false },
];

export interface MainText {
  blocks: string[];
}

export function extractMainText(root: HtmlElement, title: string | null): MainText {
  let best: string[] = [];
  let bestChars = 0;
  for (const flags of ATTEMPTS) {
    const scorer = new Scorer(flags);
    scorer.measure(root, false, false);
    const top = pickTop(scorer.candidates);
    const nodes = top === null ? [findBody(root)] : gatherArticle(promote(top, scorer.candidates));
    const blocks = renderArticle(nodes, flags, title);
    const chars = blocks.reduce((n, b) => n + b.length, 0);
    if (chars >= MIN_ARTICLE_CHARS) return { blocks };
    if (chars > bestChars) {
      best = blocks;
      bestChars = chars;
    }
  }
  return { blocks: best };
}

function findBody(root: HtmlElement): HtmlElement {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as HtmlNode;
    if (!isElement(node)) continue;
    if (node.tag === 'body') return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode);
  }
  return root;
}

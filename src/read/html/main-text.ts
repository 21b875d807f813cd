// Finds the article in a parsed page: score, select, render; retried with looser rules when too little is found.
import { COMMENT_NAMES, hasUnlikelyNames, namesOf } from './boilerplate.js';
import { renderArticle } from './clean.js';
import { Scorer } from './score.js';
import type { ExtractFlags } from './score.js';
import { gatherArticle, pickTop, promote } from './select.js';
import { isElement } from './tree.js';
import type { HtmlElement, HtmlNode } from './tree.js';

/** Fewer characters than this and extraction is retried with looser rules. */
export const MIN_ARTICLE_CHARS = 500;
/** An element holding this share of the page's paragraph points is not dropped for its names. */
export const KEEP_SHARE = 0.5;
const ATTEMPTS: readonly ExtractFlags[] = [
  { dropUnlikely: true, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: true, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: true },
  { dropUnlikely: false, weighNames: false, cleanConditionally: false },
];

export interface MainText {
  blocks: string[];
}

/** Elements with furniture names that hold most of the page's text ("main has-sidebar"): measured without names. */
function wrappersToKeep(root: HtmlElement): Set<HtmlElement> {
  new Scorer({ dropUnlikely: false, weighNames: false, cleanConditionally: false }).measure(
    root,
    false,
    false,
  );
  const keep = new Set<HtmlElement>();
  const total = root.stats?.points ?? 0;
  if (total === 0) return keep;
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop() as HtmlElement;
    const points = element.stats?.points ?? 0;
    if (points < total * KEEP_SHARE) continue;
    if (hasUnlikelyNames(element) && !COMMENT_NAMES.test(namesOf(element))) keep.add(element);
    for (const child of element.children) if (isElement(child)) stack.push(child);
  }
  return keep;
}

export function extractMainText(root: HtmlElement, title: string | null): MainText {
  let best: string[] = [];
  let bestChars = 0;
  let keep: Set<HtmlElement> | null = null;
  for (const flags of ATTEMPTS) {
    if (flags.dropUnlikely) keep ??= wrappersToKeep(root);
    const scorer = new Scorer(flags, keep ?? undefined);
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

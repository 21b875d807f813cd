// Picks the article among the scored candidates: the best one, climbed to its container, joined by its siblings.
import { renderBlocks } from './render.js';
import { linkDensity } from './score.js';
import { isElement } from './tree.js';
import type { ElementStats, HtmlElement, HtmlNode } from './tree.js';

/** A sibling joins the article when it holds this share of the best's paragraph points (and MIN_SIBLING_POINTS). */
export const SIBLING_SHARE = 0.2;
/** A sibling of the same tag and class as the best needs only this much. */
export const MIN_SIBLING_POINTS = 2;
export const MAX_SIBLING_LINK_DENSITY = 0.33;
/** A paragraph beside the article joins it when longer than this with little link text, or when it ends a sentence. */
export const MIN_SIBLING_PARAGRAPH_CHARS = 80;
export const MAX_SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;
/** Candidates within this share of the best's score are "close"; MIN_CLOSE_CANDIDATES of them in one ancestor make it the article. */
export const CLOSE_CANDIDATE_SHARE = 0.75;
export const MIN_CLOSE_CANDIDATES = 3;

function finalScore(element: HtmlElement): number {
  const stats = element.stats as ElementStats;
  // Stats are filled bottom-up after scores were added, so link density is known once measuring ends.
  return stats.score * (1 - linkDensity(element));
}

export function pickTop(candidates: readonly HtmlElement[]): HtmlElement | null {
  let top: HtmlElement | null = null;
  let best = -Infinity;
  for (const candidate of candidates) {
    if ((candidate.stats as ElementStats).dropped) continue;
    const score = finalScore(candidate);
    if (score > best) {
      best = score;
      top = candidate;
    }
  }
  return top;
}

/** Siblings of the top candidate that belong to the article too, in document order. */
export function gatherArticle(top: HtmlElement): HtmlNode[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const topPoints = (top.stats as ElementStats).points;
  const threshold = Math.max(MIN_SIBLING_POINTS, topPoints * SIBLING_SHARE);
  const topClass = top.attrs.class;
  const nodes: HtmlNode[] = [];
  for (const sibling of parent.children) {
    if (sibling === top) {
      nodes.push(top);
      continue;
    }
    if (!isElement(sibling)) continue;
    const stats = sibling.stats;
    if (stats === undefined || stats.dropped) continue;
    const density = linkDensity(sibling);
    if (density > MAX_SIBLING_LINK_DENSITY) continue;
    const sameKind = sibling.tag === top.tag && topClass !== undefined && sibling.attrs.class === topClass;
    if (stats.points >= (sameKind ? MIN_SIBLING_POINTS : threshold)) {
      nodes.push(sibling);
      continue;
    }
    if (sibling.tag === 'p') {
      if (stats.chars > MIN_SIBLING_PARAGRAPH_CHARS && density < MAX_SIBLING_PARAGRAPH_LINK_DENSITY) {
        nodes.push(sibling);
      } else if (stats.chars > 0 && density === 0 && /\.( |$)/.test(renderBlocks([sibling]).join(' '))) {
        nodes.push(sibling);
      }
    }
  }
  return nodes;
}

/** Climbs from the top candidate while its parent clearly holds more of the article. */
export function promote(top: HtmlElement, candidates: readonly HtmlElement[]): HtmlElement {
  const topScore = finalScore(top);
  const close = candidates.filter(
    (c) =>
      c !== top && !(c.stats as ElementStats).dropped && finalScore(c) >= topScore * CLOSE_CANDIDATE_SHARE,
  );
  let current = top;
  if (close.length >= MIN_CLOSE_CANDIDATES) {
    // Several near-equal candidates: their common ancestor is the article.
    for (let parent = top.parent; parent !== null && parent.tag !== 'body'; parent = parent.parent) {
      const inside = close.filter((c) => contains(parent, c)).length;
      if (inside >= MIN_CLOSE_CANDIDATES) {
        current = parent;
        break;
      }
    }
  }
  // A lone child is as good as its parent.
  while (current.parent !== null && current.parent.tag !== 'body' && current.parent.tag !== '#root') {
    const parent = current.parent;
    const elements = parent.children.filter(isElement).filter((c) => !(c.stats as ElementStats).dropped);
    if (elements.length !== 1) break;
    current = parent;
  }
  return current;
}

function contains(ancestor: HtmlElement, node: HtmlElement): boolean {
  for (let p: HtmlElement | null = node; p !== null; p = p.parent) if (p === ancestor) return true;
  return false;
}

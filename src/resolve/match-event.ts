// Which stored event a new mention reports: the seam where cross-outlet merging will grow.
import { companyKey } from './company-key.js';

/** What matching needs to know about a mention or a stored event. */
export interface EventKey {
  company: string;
  announced: string | null;
  headcount: { min: number; max: number } | null;
}

/** A stored event offered as a match, with its id. */
export interface EventCandidate extends EventKey {
  id: number;
}

/**
 * The candidate that reports the same cut as the mention, or null for a new event.
 * Same cut: the same company, and the same announced day or overlapping headcount ranges.
 */
export function matchEvent<T extends EventCandidate>(mention: EventKey, candidates: readonly T[]): T | null {
  const key = companyKey(mention.company);
  return candidates.find((event) => companyKey(event.company) === key && isSameCut(mention, event)) ?? null;
}

function isSameCut(a: EventKey, b: EventKey): boolean {
  if (a.announced && a.announced === b.announced) return true;
  if (!a.headcount || !b.headcount) return false;
  return a.headcount.min <= b.headcount.max && b.headcount.min <= a.headcount.max;
}

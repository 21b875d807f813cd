// Corpus-wide eval scores: aggregation of per-article scores, the floors, and the one-line summary.
import type { ArticleScore } from './eval-score.js';

export interface Scores {
  reportPrecision: number;
  reportRecall: number;
  reportF1: number;
  company: number;
  events: number;
  headcount: number;
  percent: number;
  announced: number;
}

/** Scores a change must not drop below; raised as the extractor improves. */
export const FLOORS: Scores = {
  reportPrecision: 0.95,
  reportRecall: 0.95,
  reportF1: 0.95,
  company: 0.95,
  events: 0.75,
  headcount: 0.9,
  percent: 0.9,
  announced: 0.85,
};

/** Corpus-wide scores from the per-article ones; a field with no article to count scores 1. */
export function aggregate(articles: readonly ArticleScore[]): Scores {
  const truePositives = articles.filter((a) => a.expectedReport && a.gotReport).length;
  const predicted = articles.filter((a) => a.gotReport).length;
  const expected = articles.filter((a) => a.expectedReport).length;
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, expected);
  const share = (field: 'company' | 'headcount' | 'percent' | 'announced') => {
    const counted = articles.filter((a) => a[field] !== undefined);
    return ratio(counted.filter((a) => a[field]).length, counted.length);
  };
  const sum = (get: (a: ArticleScore) => number) => articles.reduce((total, a) => total + get(a), 0);
  return {
    reportPrecision: precision,
    reportRecall: recall,
    reportF1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    company: share('company'),
    events: ratio(
      sum((a) => a.eventsFound),
      sum((a) => a.eventsLabelled),
    ),
    headcount: share('headcount'),
    percent: share('percent'),
    announced: share('announced'),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** The names of the scores below their floors. */
export function belowFloors(scores: Scores, floors: Scores = FLOORS): (keyof Scores)[] {
  return (Object.keys(floors) as (keyof Scores)[]).filter((name) => scores[name] < floors[name]);
}

/** The one-line summary the eval prints last. */
export function formatScores(s: Scores): string {
  const f = (value: number) => value.toFixed(3);
  return (
    `eval: report P=${f(s.reportPrecision)} R=${f(s.reportRecall)} F1=${f(s.reportF1)} | ` +
    `company ${f(s.company)} | events ${f(s.events)} | headcount ${f(s.headcount)} | ` +
    `percent ${f(s.percent)} | announced ${f(s.announced)}`
  );
}

// `npm run eval`: extract every article of ../shared/corpus/dev (or --corpus DIR) in-process and score it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { processDocument } from '../src/pipeline/index.js';
import { loadKnownCompanies } from '../src/resolve/known-companies.js';
import { labelSchema, scoreArticle } from './eval-score.js';
import { aggregate, belowFloors, FLOORS, formatScores } from './eval-summary.js';
import type { ArticleScore } from './eval-score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, corpus: { type: 'string' } },
});
/** A folder of NAME.txt (or .html) + NAME.json labels in the format of ../shared/corpus/LABELS.md. */
const CORPUS = args.corpus ? resolve(args.corpus) : join(ROOT, '..', 'shared', 'corpus', 'dev');
const ARTICLE_EXTENSIONS = ['.txt', '.html'];

function articlePath(name: string): string | null {
  return ARTICLE_EXTENSIONS.map((ext) => join(CORPUS, name + ext)).find((path) => existsSync(path)) ?? null;
}

function scoreCorpus(verbose: boolean): ArticleScore[] {
  const names = readdirSync(CORPUS)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  const scores: ArticleScore[] = [];
  for (const name of names) {
    const path = articlePath(name);
    if (!path) continue;
    const label = labelSchema.parse(JSON.parse(readFileSync(join(CORPUS, `${name}.json`), 'utf8')));
    const raw = { input: path, bytes: readFileSync(path) };
    const ctx = { published: label.published, knownCompanies: loadKnownCompanies() };
    const score = scoreArticle(label, processDocument(raw, ctx).extraction);
    if (verbose && score.misses.length) console.log(`miss ${name}: ${score.misses.join('; ')}`);
    scores.push(score);
  }
  return scores;
}

if (!existsSync(CORPUS)) {
  console.error(`eval: no corpus at ${CORPUS}`);
  process.exit(1);
}
const articles = scoreCorpus(args.verbose === true);
const scores = aggregate(articles);
const below = belowFloors(scores);
for (const name of below)
  console.error(`eval: ${name} ${scores[name].toFixed(3)} is below its floor ${FLOORS[name]}`);
console.log(`eval: ${articles.length} articles`);
console.log(formatScores(scores));
process.exitCode = below.length ? 1 : 0;

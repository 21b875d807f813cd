// `npm run bench`: text articles extracted per second on one core, the dev corpus repeated for ≥ 10 s of work.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPlainText } from '../src/read/index.js';
import { extractLayoffs } from '../src/nlp/index.js';
import { loadKnownCompanies } from '../src/resolve/known-companies.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev');
const MIN_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** The bar: articles per second on one core. */
const TARGET_PER_SECOND = 1000;

if (!existsSync(CORPUS)) {
  console.error(`bench: no corpus at ${CORPUS}`);
  process.exit(1);
}
const articles = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const label = JSON.parse(readFileSync(join(CORPUS, f.replace(/\.txt$/, '.json')), 'utf8')) as {
      published: string | null;
    };
    return { text: readFileSync(join(CORPUS, f), 'utf8'), published: label.published, name: f };
  });
const knownCompanies = loadKnownCompanies();
const runOnce = () => {
  let events = 0;
  for (const a of articles) {
    const article = readPlainText(a.name, a.text);
    events += extractLayoffs(article, { published: a.published, knownCompanies }).events.length;
  }
  return events;
};

runOnce(); // warm up
const bytes = articles.reduce((n, a) => n + a.text.length, 0);
// CPU time of this process (one thread), so other work on the machine does not skew the figure.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
let done = 0;
const start = process.cpuUsage();
let elapsed = 0;
while (elapsed < MIN_SECONDS) {
  runOnce();
  done += articles.length;
  elapsed = cpuSeconds(start);
}
const perSecond = done / elapsed;
const mbPerSecond = (bytes * (done / articles.length)) / elapsed / 1e6;
console.log(
  `bench: ${done} articles in ${elapsed.toFixed(1)} s of CPU on one core: ${perSecond.toFixed(0)} articles/s, ${mbPerSecond.toFixed(2)} MB/s (target ${TARGET_PER_SECOND}/s: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
);

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

const bytes = articles.reduce((n, a) => n + a.text.length, 0);
// CPU time of this process, so other work on the machine does not skew the figure; the machine is
// shared, so the work runs in rounds of about a second and the fastest and median rounds print.
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};
/**
 * Seconds of CPU spent before measuring: the process time includes the compiler threads, which work for
 * the first few seconds (a long-running watcher is past them), so early rounds understate the speed.
 */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP ?? 3);
const warmUp = process.cpuUsage();
while (cpuSeconds(warmUp) < WARM_UP_SECONDS) runOnce();
const ROUND_SECONDS = 1;
const rounds: number[] = [];
let total = 0;
while (total < MIN_SECONDS) {
  const start = process.cpuUsage();
  let done = 0;
  while (cpuSeconds(start) < ROUND_SECONDS) {
    runOnce();
    done += articles.length;
  }
  const seconds = cpuSeconds(start);
  rounds.push(done / seconds);
  total += seconds;
}
const sorted = [...rounds].sort((a, b) => b - a);
const best = sorted[0] ?? 0;
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
const meanBytes = bytes / articles.length;
console.log(
  `bench: ${rounds.length} rounds, ${total.toFixed(1)} s of CPU on one core after ${WARM_UP_SECONDS} s of warm-up: fastest ${best.toFixed(0)} articles/s (${((best * meanBytes) / 1e6).toFixed(2)} MB/s), median ${median.toFixed(0)} articles/s (target ${TARGET_PER_SECOND}/s: ${best >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
);

// Main-text benchmark: pinkslip's readHtml against @mozilla/readability + linkedom on ../shared/bench-data.
// Usage: npm run bench:read [-- --pages]   (--pages lists pinkslip's pages with the most shingle errors)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { htmlToText, matchShingles, readHtml, scorePages } from '../src/read/html/index.js';
import type { ShingleCounts } from '../src/read/html/index.js';

/** Timed rounds over all pages, after one warm-up round; speed is taken from each one's fastest round (least disturbed by other load). */
const ROUNDS = 5;
/** Pages listed by --pages: those with more than this share of wrong shingles. */
const LISTED_ERROR = 0.05;
const SEPARATOR = '\u0000';
/** Floors a change must not drop below (F1 measured 0.9905 on these pages when written; speed ratio 6–13× under load). */
const FLOOR_F1 = 0.985;
const FLOOR_SPEED_RATIO = 3;

interface Page {
  id: string;
  html: string;
  url: string;
  truth: string;
}

interface Extractor {
  name: string;
  /** The timed part: parsing and extraction. */
  run: (page: Page) => string;
  /** Ways to turn what `run` returned into text (outside the timed part), each scored on its own. */
  texts: Record<string, (output: string) => string>;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, '..', 'shared', 'bench-data', 'article-extraction');

function loadPages(): Page[] {
  const truth = JSON.parse(readFileSync(join(dataDir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const files = readdirSync(join(dataDir, 'html')).filter((f) => f.endsWith('.html.gz'));
  return files.sort().map((file) => {
    const id = file.replace(/\.html\.gz$/, '');
    const entry = truth[id];
    if (entry === undefined) throw new Error(`bench: no ground truth for ${id}`);
    const html = gunzipSync(readFileSync(join(dataDir, 'html', file))).toString('utf8');
    return { id, html, url: entry.url, truth: entry.articleBody };
  });
}

function runReadability(page: Page): string {
  const { document } = parseHTML(page.html);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  return `${article?.content ?? ''}${SEPARATOR}${article?.textContent ?? ''}`;
}

const extractors: Extractor[] = [
  {
    name: 'pinkslip readHtml',
    run: (page) => readHtml(page.html, { url: page.url }).text,
    texts: { '': (text) => text },
  },
  {
    name: 'readability+linkedom',
    run: runReadability,
    texts: {
      ' (html→text)': (output) => htmlToText(output.split(SEPARATOR)[0] ?? ''),
      ' (textContent)': (output) => output.split(SEPARATOR)[1] ?? '',
    },
  },
];

function time(extractor: Extractor, pages: readonly Page[]): number {
  const start = process.hrtime.bigint();
  for (const page of pages) extractor.run(page);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function listPages(pages: readonly Page[], counts: readonly ShingleCounts[]): void {
  counts
    .map((c, i) => ({ id: pages[i]?.id ?? '', c }))
    .filter(({ c }) => c.fp > LISTED_ERROR || c.fn > LISTED_ERROR)
    .sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn))
    .forEach(({ id, c }) =>
      console.log(
        `    ${id.slice(0, 12)}  tp ${c.tp.toFixed(2)}  fp ${c.fp.toFixed(2)}  fn ${c.fn.toFixed(2)}`,
      ),
    );
}

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`bench:read: ${dataDir} is missing; nothing to measure.`);
    return;
  }
  const listing = process.argv.includes('--pages');
  const pages = loadPages();
  const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
  // Warm-up round: its outputs are the ones scored.
  const outputs = extractors.map((extractor) => pages.map(extractor.run));
  const seconds = extractors.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    extractors.forEach(
      (extractor, i) => (seconds[i] = Math.min(seconds[i] ?? Infinity, time(extractor, pages))),
    );
  }
  console.log(
    `${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML; speed of the fastest of ${ROUNDS} interleaved rounds\n`,
  );
  let ourF1 = 0;
  const speeds = extractors.map((extractor, i) => {
    const elapsed = seconds[i] ?? 1;
    const speed = pages.length / elapsed;
    for (const [suffix, toText] of Object.entries(extractor.texts)) {
      const counts = pages.map((page, p) => matchShingles(page.truth, toText(outputs[i]?.[p] ?? '')));
      const score = scorePages(counts);
      if (i === 0) ourF1 = score.f1;
      console.log(
        `${(extractor.name + suffix).padEnd(36)} F1 ${score.f1.toFixed(4)}  P ${score.precision.toFixed(4)}  ` +
          `R ${score.recall.toFixed(4)}  ${speed.toFixed(1)} pages/s  ${(megabytes / elapsed).toFixed(1)} MB/s`,
      );
      if (listing && i === 0) listPages(pages, counts);
    }
    return speed;
  });
  const ratio = (speeds[0] ?? 0) / (speeds[1] ?? 1);
  console.log(`\nspeed ratio pinkslip / readability: ${ratio.toFixed(2)}×`);
  const failures: string[] = [];
  if (ourF1 < FLOOR_F1) failures.push(`F1 ${ourF1.toFixed(4)} < floor ${FLOOR_F1}`);
  if (ratio < FLOOR_SPEED_RATIO)
    failures.push(`speed ratio ${ratio.toFixed(2)} < floor ${FLOOR_SPEED_RATIO}`);
  if (failures.length > 0) {
    console.error(`bench:read: below the floor: ${failures.join('; ')}`);
    process.exitCode = 1;
  }
}

main();

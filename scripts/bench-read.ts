// Main-text benchmark: pinkslip's readHtml against @mozilla/readability + linkedom on ../shared/bench-data.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readHtml } from '../src/read/html/index.js';
import { matchShingles, scorePages } from '../src/read/html/shingle-score.js';
import { renderBlocks } from '../src/read/html/render.js';
import { parseHtml } from '../src/read/html/tree.js';

/** Timed rounds over all pages, after one warm-up round. */
const ROUNDS = 3;

interface Page {
  id: string;
  html: string;
  url: string;
  truth: string;
}

interface Extractor {
  name: string;
  run: (page: Page) => string;
  /** Turns what `run` returned into text, outside the timed part. */
  toText: (output: string) => string;
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

function readabilityHtml(page: Page): string {
  const { document } = parseHTML(page.html);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  return article?.content ?? '';
}

const extractors: Extractor[] = [
  { name: 'pinkslip', run: (page) => readHtml(page.html, { url: page.url }).text, toText: (text) => text },
  {
    name: 'readability+linkedom (html→text)',
    run: readabilityHtml,
    toText: (html) => renderBlocks([parseHtml(html).root]).join('\n\n'),
  },
];

function main(): void {
  if (!existsSync(dataDir)) {
    console.log(`bench:read: ${dataDir} is missing; nothing to measure.`);
    return;
  }
  const pages = loadPages();
  const only = process.argv.slice(2);
  const outputs = new Map<string, string[]>();
  for (const extractor of extractors) outputs.set(extractor.name, pages.map(extractor.run)); // warm-up
  const seconds = new Map<string, number>(extractors.map((e) => [e.name, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const extractor of extractors) {
      const start = process.hrtime.bigint();
      for (const page of pages) extractor.run(page);
      const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
      seconds.set(extractor.name, (seconds.get(extractor.name) ?? 0) + elapsed);
    }
  }
  const megabytes = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
  const speeds = new Map<string, number>();
  console.log(`${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML, ${ROUNDS} timed rounds\n`);
  for (const extractor of extractors) {
    const texts = (outputs.get(extractor.name) ?? []).map(extractor.toText);
    const counts = pages.map((page, i) => matchShingles(page.truth, texts[i] ?? ''));
    const score = scorePages(counts);
    const speed = (pages.length * ROUNDS) / (seconds.get(extractor.name) ?? 1);
    speeds.set(extractor.name, speed);
    console.log(
      `${extractor.name.padEnd(34)} F1 ${score.f1.toFixed(4)}  P ${score.precision.toFixed(4)}  R ${score.recall.toFixed(4)}  ` +
        `${speed.toFixed(1)} pages/s  ${((megabytes * ROUNDS) / (seconds.get(extractor.name) ?? 1)).toFixed(1)} MB/s`,
    );
    if (only.includes('--pages') && extractor.name === 'pinkslip') {
      counts
        .map((c, i) => ({ id: pages[i]?.id ?? '', c }))
        .filter(({ c }) => c.fp > 0.05 || c.fn > 0.05)
        .sort((a, b) => b.c.fp + b.c.fn - (a.c.fp + a.c.fn))
        .forEach(({ id, c }) =>
          console.log(
            `  ${id.slice(0, 12)} tp ${c.tp.toFixed(2)} fp ${c.fp.toFixed(2)} fn ${c.fn.toFixed(2)}`,
          ),
        );
    }
  }
  const [ours, theirs] = extractors.map((e) => speeds.get(e.name) ?? 0);
  console.log(`\nspeed ratio pinkslip / readability: ${((ours ?? 0) / (theirs ?? 1)).toFixed(2)}×`);
}

main();

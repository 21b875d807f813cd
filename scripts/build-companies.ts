// Builds data/companies.txt (known company names, one per line) from the company lists in ../shared/data.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stripSuffix } from '../src/nlp/company.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, '..', 'shared', 'data', 'companies');
/** Listings that are funds, not employers. */
const NOT_EMPLOYERS =
  /\b(?:ETF|ETN|Fund|Trust|Index|Portfolio|Notes?|Warrants?|Units?|Rights?|Acquisition|Shares|Income|Yield|Bond|Strategy|Class [A-Z])\b/i;

if (!existsSync(source)) {
  console.error(`build-companies: ${source} not found`);
  process.exit(1);
}
const names = new Set<string>();
const add = (raw: string) => {
  const name = stripSuffix(raw.replace(/\s+/g, ' ').trim().replace(/,$/, ''));
  if (name.length >= 2 && !NOT_EMPLOYERS.test(name)) names.add(name);
};
const sp500 = parse(readFileSync(join(source, 'sp500-constituents.csv')), { columns: true }) as Record<
  string,
  string
>[];
for (const row of sp500) add(row.Security ?? '');
const symbols = parse(readFileSync(join(source, 'company-symbols.csv')), {
  columns: true,
  relax_quotes: true,
}) as Record<string, string>[];
for (const row of symbols) {
  const company = row['Company Name'] ?? '';
  if (NOT_EMPLOYERS.test(company)) continue;
  add(company);
  for (const alt of (row['Alternate Names'] ?? '').split(',')) add(alt);
}
const header =
  '# Known company names, built by scripts/build-companies.ts from ../shared/data/companies (see companies.LICENSE).';
writeFileSync(join(root, 'data', 'companies.txt'), [header, ...[...names].sort()].join('\n') + '\n');

console.log(`build-companies: ${names.size} names`);

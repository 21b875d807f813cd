// Loads the list of known company names (data/companies.txt) that helps extraction tell employers apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMPANIES_FILE = fileURLToPath(new URL('../../data/companies.txt', import.meta.url));
let cached: ReadonlySet<string> | null = null;

/** The known company names, read once per process. */
export function loadKnownCompanies(path = COMPANIES_FILE): ReadonlySet<string> {
  if (path === COMPANIES_FILE && cached) return cached;
  const names = new Set(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  if (path === COMPANIES_FILE) cached = names;
  return names;
}

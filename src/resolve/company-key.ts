// Company names reduced to a comparison key: lower case, no punctuation, no corporate suffixes.

/** Words dropped before two company names are compared ("Acme Corp." and "The Acme" agree). */
export const CORPORATE_SUFFIXES = ['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group', 'holdings', 'the'];

const SUFFIXES = new Set(CORPORATE_SUFFIXES);

/** The key two spellings of one company share: "Amazon.com, Inc." → "amazoncom". */
export function companyKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !SUFFIXES.has(word))
    .join('');
}

/** Do two companies, each with its aliases, share a name? */
export function isSameCompany(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(companyKey).filter(Boolean));
  return b.some((name) => keys.has(companyKey(name)));
}

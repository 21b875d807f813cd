// Groups the names an article uses for organisations into companies: acronyms, short forms, parents.
import { matchesIn } from '../lib/regexp.js';
import type { NameMention } from './names.js';

export interface Company {
  name: string;
  aliases: string[];
  parent: string | null;
  /** Every surface form that refers to it. */
  forms: Set<string>;
}

/** Corporate suffixes dropped from a company's name (kept as an alias). */
export const CORPORATE_SUFFIXES: readonly string[] = [
  'Inc',
  'Inc.',
  'Incorporated',
  'Corp',
  'Corp.',
  'Corporation',
  'Co',
  'Co.',
  'Company',
  'Ltd',
  'Ltd.',
  'Limited',
  'LLC',
  'L.L.C.',
  'PLC',
  'plc',
  'AG',
  'SE',
  'SA',
  'S.A.',
  'S.p.A.',
  'NV',
  'N.V.',
  'GmbH',
  'AB',
];

/** Words after a known company's name that make a business unit of it ("Amazon Web Services"). */
export const UNIT_WORDS: readonly string[] = [
  'Web Services',
  'Cloud',
  'Studios',
  'Games',
  'Pictures',
  'Labs',
  'Research',
  'Entertainment',
  'Music',
  'Studio',
  'Ventures',
  'Capital',
  'Retail',
  'Logistics',
  'Devices',
  'Reality Labs',
  'Parks',
];

/** Words after a company's short name that still name the same company ("Tyson Foods", "Nortel Networks"). */
export const COMPANY_TAIL_WORDS: readonly string[] = [
  'Foods',
  'Food',
  'Networks',
  'Network',
  'Group',
  'Systems',
  'System',
  'Technologies',
  'Technology',
  'Tech',
  'Motor',
  'Motors',
  'Platforms',
  'Health',
  'Healthcare',
  'Bank',
  'Banking',
  'Airlines',
  'Airways',
  'Air',
  'Entertainment',
  'Media',
  'News',
  'Communications',
  'Holding',
  'Holdings',
  'International',
  'Industries',
  'Computer',
  'Computers',
  'Software',
  'Labs',
  'Pharmaceuticals',
  'Pharma',
  'Energy',
  'Steel',
  'Stores',
  'Brands',
  'Financial',
  'Insurance',
  'Telecom',
  'Partners',
  'Solutions',
  'Services',
  'Studios',
  'Games',
  'Interactive',
  'Electronics',
  'Semiconductor',
  'Semiconductors',
  'Automotive',
  'Robotics',
  'Analytics',
  'Logistics',
  'Freight',
  'Lines',
  'Paper',
  'Mills',
  'Manufacturing',
  'Products',
  'Capital',
  'Digital',
  'Global',
  'America',
  'USA',
  'US',
  'UK',
  'Corporation',
  'Company',
  'Cos',
  'Enterprises',
  'Limited',
];
const COMPANY_TAIL_SET = new Set(COMPANY_TAIL_WORDS);
const SUFFIX_RE = new RegExp(
  `(?:,?\\s(?:${CORPORATE_SUFFIXES.map((s) => s.replace(/\./g, '\\.')).join('|')}))+$`,
);
const UNIT_SET = new Set(UNIT_WORDS);
const ACRONYM_DEFINITION =
  /([A-Z][\w&.'’-]*(?:\s(?:of\s|&\s)?[A-Z][\w&.'’-]*){0,6})\s\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX):\s?)?([A-Z][A-Za-z&]{1,7})\)/g;
/** "MindsEye developer Build A Rocket Boy": a product named by its maker; the product's name finds the maker. */
const PRODUCT_OF_MAKER =
  /([A-Z][\w&.'’-]*(?:\s[A-Z0-9][\w&.'’-]*){0,3})\s(?:developer|maker|owner|publisher|operator|studio|creator)\s([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,4})/g;
const PRODUCT_HINT = /\b(?:developer|maker|owner|publisher|operator|studio|creator)\s[A-Z]/;
/** "Facebook, which is now known as Meta": the new name is the company's, the old one an alias. */
const RENAMED =
  /([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}),?\s(?:which is\s)?now (?:known as|called|renamed)\s([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})/g;
const NAME_PART = String.raw`[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3}`;
const UNIT_NOUN = '(?:unit|division|subsidiary|arm)';
/** Every ownership pattern holds one of these words: the whole text is scanned for them once. */
const OWNERSHIP_HINT = /\s(?:parent|owner|unit|division|subsidiary|arm)\b/;
/** Ownership an article states, with the group numbers of the child's and the parent's names. */
const OWNERSHIP: readonly { re: RegExp; child: number; parent: number }[] = [
  // "Google parent Alphabet"
  {
    re: new RegExp(String.raw`\b(${NAME_PART})\s(?:parent|owner|parent company)\s(${NAME_PART})`, 'g'),
    child: 1,
    parent: 2,
  },
  // "Stratavault Cloud, the cloud computing unit of Orison Systems"
  {
    re: new RegExp(
      String.raw`\b(${NAME_PART}),\s(?:the|a|an)\s(?:[\w-]+\s){0,4}?${UNIT_NOUN}\sof\s(${NAME_PART})`,
      'g',
    ),
    child: 1,
    parent: 2,
  },
  // "Orison's cloud unit Stratavault"
  {
    re: new RegExp(String.raw`\b(${NAME_PART})['’]s\s(?:[\w-]+\s){0,3}?${UNIT_NOUN},?\s(${NAME_PART})`, 'g'),
    child: 2,
    parent: 1,
  },
];

/** The parents an article states for its companies' names. */
function statedParents(text: string): Map<string, string> {
  const parents = new Map<string, string>();
  if (!OWNERSHIP_HINT.test(text)) return parents;
  for (const { re, child, parent } of OWNERSHIP) {
    for (const m of matchesIn(re, text)) {
      const [childName, parentName] = [m[child], m[parent]];
      if (childName && parentName && childName !== parentName) parents.set(childName, parentName);
    }
  }
  return parents;
}

/** A company's name without its corporate suffix: "Whirlpool Corp." → "Whirlpool". */
export function stripSuffix(name: string): string {
  if (!/\s/.test(name)) return name; // a suffix follows a space
  const stripped = name.replace(SUFFIX_RE, '').trim();
  return stripped || name;
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
}

/** Builds the companies of an article from its organisation names and the acronyms it defines. */
export function groupCompanies(text: string, names: readonly NameMention[]): Map<string, Company> {
  const byForm = new Map<string, Company>();
  /** Forms already placed, by their first and last word (lower case), to find longer forms fast. */
  const byWord = new Map<string, string[]>();
  const companies: Company[] = [];
  const add = (form: string, into?: Company): Company => {
    const existing = byForm.get(form);
    if (existing) return existing;
    const company = into ?? { name: form, aliases: [], parent: null, forms: new Set<string>() };
    if (!into) companies.push(company);
    company.forms.add(form);
    byForm.set(form, company);
    const words = stripSuffix(form).toLowerCase().split(' ');
    for (const word of new Set([words[0] ?? '', words.at(-1) ?? '']))
      byWord.set(word, [...(byWord.get(word) ?? []), form]);
    return company;
  };
  const products = new Set<string>();
  /** Old names of renamed companies: aliases, never the name shown. */
  const former = new Set<string>();
  for (const m of PRODUCT_HINT.test(text) ? matchesIn(PRODUCT_OF_MAKER, text) : []) {
    const [, product = '', maker = ''] = m;
    add(product, add(maker));
    products.add(product);
  }
  for (const m of text.includes(' now ') ? matchesIn(RENAMED, text) : []) {
    const [, old = '', current = ''] = m;
    add(old, add(current));
    former.add(old);
  }
  for (const m of text.includes('(') ? matchesIn(ACRONYM_DEFINITION, text) : []) {
    const [, long = '', short = ''] = m;
    const words = long.split(' ');
    const isTicker = /^[A-Z]{1,5}$/.test(short);
    if (words.length === 1 || isTicker) {
      // A ticker after the name, "Apple (AAPL)", or a one-word name with its short form.
      if (!byForm.has(short) || byForm.get(short) === byForm.get(long)) add(short, add(stripSuffix(long)));
      if (initials(long) !== short.replace(/[^A-Z]/g, '')) continue;
    }
    // Take the shortest tail of the long name whose initials make the acronym.
    for (let i = words.length - 1; i >= 0; i--) {
      const candidate = words.slice(i).join(' ');
      if (initials(candidate) === short.replace(/[^A-Z]/g, '') || i === 0) {
        if (initials(candidate) === short.replace(/[^A-Z]/g, '')) add(short, add(candidate));
        break;
      }
    }
  }
  const parents = statedParents(text);
  const orgForms = [...new Set(names.filter((n) => n.kind === 'org').map((n) => n.name))].sort(
    (a, b) => b.length - a.length,
  );
  for (const form of orgForms) {
    if (byForm.has(form)) continue;
    const bare = stripSuffix(form);
    const lower = bare.toLowerCase();
    const words = lower.split(' ');
    const candidates = [...(byWord.get(words[0] ?? '') ?? []), ...(byWord.get(words.at(-1) ?? '') ?? [])];
    // A short form is the head of a longer name ("Buzzfeed" of "Buzzfeed News") before it is its tail.
    const byLength = candidates.filter((f) => f !== form).sort((a, b) => b.length - a.length);
    const isHeadOf = (f: string) => {
      const other = stripSuffix(f).toLowerCase();
      return other.startsWith(`${lower} `) || other === lower;
    };
    const isTailOf = (f: string) =>
      (bare.includes(' ') || /^\p{Lu}\p{Ll}{3,}$/u.test(bare)) &&
      stripSuffix(f).toLowerCase().endsWith(` ${lower}`);
    const longer = byLength.find(isHeadOf) ?? byLength.find(isTailOf);
    if (longer) {
      const owner = byForm.get(longer);
      const longerBare = stripSuffix(longer);
      const isPrefix = longerBare.toLowerCase().startsWith(`${lower} `);
      const rest = isPrefix ? longerBare.slice(bare.length).trim() : '';
      // "Amazon" before "Amazon Web Services" is the parent; "Tyson" before "Tyson Foods" the same company;
      // "Ascension" before "Ascension St" (a hospital it runs) neither.
      // A unit whose owner the article names ("Stratavault Cloud, the cloud unit of Orison") is not the
      // short form's child: the short form is the unit.
      const ownerNamed = owner && [...owner.forms].some((f) => parents.has(f));
      if (owner && rest && !ownerNamed && (UNIT_SET.has(rest) || UNIT_SET.has(rest.split(' ')[0] ?? '')))
        owner.parent ??= bare;
      else if (owner && rest && ownerNamed) {
        add(form, owner);
        continue;
      } else if (
        owner &&
        (!rest || rest.startsWith('& ') || rest.split(' ').every((w) => COMPANY_TAIL_SET.has(w)))
      ) {
        add(form, owner);
        continue;
      }
    }
    add(form);
  }
  // "GM" for "General Motors": an all-capitals form that is another form's initials.
  const byInitials = new Map<string, string>();
  for (const f of orgForms) {
    const key = initials(stripSuffix(f));
    if (f.includes(' ') && !byInitials.has(key)) byInitials.set(key, f);
  }
  for (const form of orgForms) {
    if (!/^[A-Z]{2,5}$/.test(form)) continue;
    const full = byInitials.get(form);
    const owner = full && byForm.get(full);
    if (owner && byForm.get(form) !== owner) {
      const stray = byForm.get(form);
      if (stray && stray.forms.size === 1) {
        companies.splice(companies.indexOf(stray), 1);
        byForm.delete(form);
      }
      add(form, owner);
    }
  }
  for (const [childName, parentName] of parents) {
    const child = byForm.get(childName);
    const parent = stripSuffix(parentName);
    if (child && !child.forms.has(parentName) && parent.length > (child.parent?.length ?? 0))
      child.parent = parent;
  }
  for (const company of companies) {
    const forms = [...company.forms];
    const named = forms.filter((f) => !products.has(f) && !former.has(f));
    const full = (named.length ? named : forms).reduce((a, b) =>
      stripSuffix(b).length > stripSuffix(a).length ? b : a,
    );
    company.name = stripSuffix(full);
    company.aliases = forms.filter((f) => f !== company.name && !products.has(f));
  }
  return byForm;
}

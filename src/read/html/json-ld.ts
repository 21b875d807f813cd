// Article facts from JSON-LD (schema.org): the object that describes the page, flattened.

/** schema.org types that describe an article page, best first. */
export const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'Article',
  'BlogPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'LiveBlogPosting',
  'WebPage',
];

export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectObjects(value: Json, out: JsonObject[], depth: number): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
  } else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) collectObjects(graph, out, depth + 1);
  }
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value['@id'] ?? value.url);
  return null;
}

function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) {
    const name = value.name;
    return typeof name === 'string' && name.trim() !== '' ? [name.trim()] : [];
  }
  return typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [];
}

function rank(object: JsonObject): number {
  const types = typesOf(object);
  let best = ARTICLE_TYPES.length;
  for (const type of types) {
    const index = ARTICLE_TYPES.indexOf(type);
    if (index >= 0 && index < best) best = index;
  }
  return best;
}

export function readJsonLd(scripts: readonly string[]): JsonLdFacts | null {
  const objects: JsonObject[] = [];
  for (const script of scripts) {
    try {
      collectObjects(JSON.parse(script) as Json, objects, 0);
    } catch {
      // Broken JSON-LD is common; the page still has other metadata.
    }
  }
  let article: JsonObject | null = null;
  let bestRank = ARTICLE_TYPES.length;
  for (const object of objects) {
    const r = rank(object);
    if (r < bestRank) {
      bestRank = r;
      article = object;
    }
  }
  if (article === null) return null;
  const publisher = article.publisher;
  const mainEntity = article.mainEntityOfPage;
  return {
    headline: text(article.headline) ?? (bestRank < ARTICLE_TYPES.length - 1 ? text(article.name) : null),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    authors: names(article.author ?? article.creator),
    publisher: names(publisher)[0] ?? null,
    url: text(article.url) ?? (isObject(mainEntity) ? text(mainEntity['@id']) : text(mainEntity)),
    language: text(article.inLanguage),
  };
}

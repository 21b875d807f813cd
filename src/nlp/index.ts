// The extract stage: Article → is it a layoff report, and the events it reports with their evidence.
export { extractLayoffs } from './extract.js';
export type { ExtractContext } from './extract.js';

/**
 * extract-quotes: attributed quotations from raw news text.
 * Library surface — re-exports only.
 */
export { extractQuotes } from './extract.js';
export type { ExtractOptions } from './extract.js';
export * from './schema/document.js';

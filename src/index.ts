/**
 * extract-quotes: attributed quotations from raw news text.
 * Library surface — re-exports only.
 */
export { extractQuotes, documentFromSegmentation } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { default as retextExtractQuotes } from './plugin.js';
export type { RetextExtractQuotesOptions } from './plugin.js';
export { decodeInput } from './read/decode.js';
export * from './schema/document.js';

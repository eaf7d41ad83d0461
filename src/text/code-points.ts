/**
 * Offsets inside the pipeline are JavaScript string indices (UTF-16 code units); the output
 * contract counts Unicode code points. This converts once, at the end.
 */
import { countBefore } from './search.js';

/** A function mapping a UTF-16 index of `text` to its code-point offset. */
export type ToCodePoint = (utf16Index: number) => number;

/**
 * Build a UTF-16 → code-point converter for `text`. For text without astral characters
 * (nearly all news) it is the identity; otherwise a prefix table of surrogate pairs is used.
 */
export function codePointMapper(text: string): ToCodePoint {
  const pairs: number[] = []; // UTF-16 indices of the low surrogates of well-formed pairs
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        pairs.push(i + 1);
        i++;
      }
    }
  }
  if (pairs.length === 0) return (i) => i;
  // the index minus the number of low surrogates strictly before it
  return (index) => index - countBefore(pairs, (p) => p < index);
}

/** Collapse every run of whitespace to one space and trim: the `text` of a quote. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

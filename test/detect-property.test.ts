/**
 * Properties of the quotation scanner over arbitrary text: it always ends, never throws, and
 * every span it reports lies inside one paragraph (a multi-paragraph quotation is a chain of
 * such pieces, each linked to the previous paragraph's piece).
 * Seeded, so a failure reproduces; fast-check prints the shrunk counterexample.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentParagraphs } from '../src/segment/segment.js';
import { splitParagraphs } from '../src/segment/paragraphs.js';
import { scanQuotes } from '../src/detect/scan.js';
import { extractQuotes } from '../src/extract.js';
import { DocumentSchema } from '../src/schema/document.js';

/** Pieces news text is made of, weighted towards quote marks and line structure. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('"', '“', '”', '„', '‟', '«', '»', "'", '‘', '’', '‚', '‹', '›', "''", '``', '`') },
  { weight: 5, arbitrary: fc.constantFrom('a', 'b', 'We', 'said', 'Putin', 'don', 't', 's', '90s', 'n', 'É', '😀', '𝐁', '1') },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0') },
  { weight: 2, arbitrary: fc.constantFrom('.', ',', ':', '—', '-', '(', ')', '?', '!', '<b>', '<a href="x">') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '\n \n', '\n\n\n') },
);
const newsish = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
/** Any string at all, including lone surrogates and control characters. */
const anything = fc.string({ unit: 'grapheme-composite', maxLength: 200 });
const binaryish = fc.string({ unit: 'binary', maxLength: 200 });
const input = fc.oneof(newsish, anything, binaryish);

const SEED = 20240305;

function checkScan(text: string): void {
  const { paragraphs } = segmentParagraphs(text);
  const { quotes, warnings } = scanQuotes(text, paragraphs);
  for (const [i, q] of quotes.entries()) {
    const p = paragraphs[q.paragraph];
    expect(p).toBeDefined();
    expect(0).toBeLessThanOrEqual(q.start);
    expect(q.start).toBeLessThan(q.end);
    expect(q.end).toBeLessThanOrEqual(text.length);
    // inside its own paragraph, marks included
    expect(q.start).toBeGreaterThanOrEqual(p!.start);
    expect(q.end).toBeLessThanOrEqual(p!.end);
    expect(q.outerStart).toBeGreaterThanOrEqual(p!.start);
    expect(q.outerStart).toBeLessThan(q.start);
    expect(q.outerEnd).toBeGreaterThanOrEqual(q.end);
    expect(q.outerEnd).toBeLessThanOrEqual(p!.end);
    // the quoted words are trimmed
    expect(/\s/.test(text[q.start]!)).toBe(false);
    expect(/\s/.test(text[q.end - 1]!)).toBe(false);
    // a piece of a multi-paragraph quote links to the previous paragraph's piece, which runs on
    if (q.continues !== null) {
      expect(q.continues).toBeLessThan(i);
      const prev = quotes[q.continues]!;
      expect(prev.paragraph).toBe(q.paragraph - 1);
      expect(prev.runsOn).toBe(true);
    }
    expect(q.unclosed && q.runsOn).toBe(false);
    // spans are in text order and do not overlap (nested quotes are not emitted separately)
    if (i > 0) expect(q.outerStart).toBeGreaterThanOrEqual(quotes[i - 1]!.outerEnd);
  }
  for (const w of warnings) {
    expect(0).toBeLessThanOrEqual(w.start!);
    expect(w.start!).toBeLessThan(w.end!);
    expect(w.end!).toBeLessThanOrEqual(text.length);
  }
}

describe('scanQuotes over arbitrary text', () => {
  it('terminates, never throws, and keeps every span inside one paragraph', () => {
    fc.assert(fc.property(input, (text) => checkScan(text)), { seed: SEED, numRuns: 3000 });
  });

  it('paragraphs are in order, non-empty, trimmed and disjoint', () => {
    fc.assert(
      fc.property(input, (text) => {
        let last = 0;
        for (const b of splitParagraphs(text)) {
          expect(b.start).toBeGreaterThanOrEqual(last);
          expect(b.start).toBeLessThan(b.end);
          expect(text.slice(b.start, b.end)).toBe(text.slice(b.start, b.end).trim());
          last = b.end;
        }
        expect(last).toBeLessThanOrEqual(text.length);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('stays linear: 200 KB of unbalanced marks, in paragraphs or on one line, scan in under 2 s each', () => {
    const marks = ['"', '“', '”', "'", '‘', '’', '«', '»', ' ', 'a', '\n', '\n\n'];
    let s = 1;
    const parts: string[] = [];
    for (let i = 0; i < 200_000; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      parts.push(marks[(s >>> 16) % marks.length]!);
    }
    const text = parts.join('');
    const { paragraphs } = segmentParagraphs(text);
    const t0 = performance.now();
    const { quotes } = scanQuotes(text, paragraphs);
    // generous for slow CI machines; scripts/bench-scanner.mjs measures the real figure
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(quotes.length).toBeGreaterThan(0);
    const oneLine = `${text.replace(/\n/g, ' ')}`;
    const t1 = performance.now();
    scanQuotes(oneLine, segmentParagraphs(oneLine).paragraphs);
    expect(performance.now() - t1).toBeLessThan(2000);
  });
});

describe('extractQuotes over arbitrary text', () => {
  it('returns a valid document whose code-point offsets slice the input', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const doc = DocumentSchema.parse(extractQuotes(text, { keepNonQuotations: true }));
        const chars = [...text.charCodeAt(0) === 0xfeff ? text.slice(1) : text];
        for (const q of doc.quotes) {
          expect(0).toBeLessThanOrEqual(q.start);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(chars.length);
          const p = doc.paragraphs[q.paragraph]!;
          expect(q.start).toBeGreaterThanOrEqual(p.start);
          expect(q.end).toBeLessThanOrEqual(p.end);
          expect(q.text).toBe(chars.slice(q.start, q.end).join('').replace(/\s+/g, ' ').trim());
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

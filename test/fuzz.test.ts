/**
 * Fuzzing extractQuotes with fast-check (seeded, reproducible): random text made of every quote
 * glyph, names, cues, words, punctuation, line ends and rare characters never throws, and always
 * gives a document that validates against DocumentSchema, with code-point offsets in range, each
 * quote's `text` equal to its whitespace-collapsed slice, quotes inside their paragraphs, cue and
 * mention texts equal to their slices, and speaker ids that exist in `speakers`.
 *
 * The generator and the checks live in scripts/fuzz.mjs, which runs the same property a million
 * times against dist/ (`node scripts/fuzz.mjs`); here 10,000+ cases run against src/ in CI.
 * To replay a failure: fc.assert(property, { seed, path }) with the numbers fast-check prints.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract.js';
import { DocumentSchema } from '../src/schema/document.js';
import { articleArbitrary, checkInput, contractProblems, CUES, NAMES, ODD, QUOTE_MARKS, SPACES } from '../scripts/fuzz.mjs';

const SEED = 20261128;

/** Run a property over texts; fast-check reports the shrunk input and the problems on failure. */
function assertContract(texts: fc.Arbitrary<string>, numRuns: number, seed: number): void {
  fc.assert(
    fc.property(texts, (text) => checkInput(text, extractQuotes, DocumentSchema)),
    { numRuns, seed },
  );
}

/** Short runs of marks, letters and spaces only: where pairing and nesting go wrong. */
const marksAndLetters = fc
  .array(fc.constantFrom(...QUOTE_MARKS, 'a', 'b', 'A', ' ', ' ', '\n', '\n\n', '.', ','), { maxLength: 30, size: 'max' })
  .map((parts) => parts.join(''));

/** Quotations with attributions around them, as news writes them, with random glyphs. */
const attributed = fc
  .array(
    fc.tuple(
      fc.constantFrom(...QUOTE_MARKS),
      fc.constantFrom('We will win', 'It is over', 'No comment', 'a disaster', 'Yes', ''),
      fc.constantFrom(',', '.', '', '?', '!'),
      fc.constantFrom(...QUOTE_MARKS),
      fc.constantFrom(...CUES),
      fc.constantFrom(...NAMES),
      fc.constantFrom(...SPACES, '. '),
    ),
    { maxLength: 6, size: 'max' },
  )
  .map((parts) => parts.map(([open, words, stop, close, cue, name, gap]) => `${open}${words}${stop}${close} ${cue} ${name}${gap}`).join(''));

/** Astral characters, combining marks, controls and BOMs among quotes: code points, not UTF-16 units. */
const oddCharacters = fc
  .array(fc.oneof(fc.constantFrom(...ODD, ...QUOTE_MARKS, 'said', 'Ann Lee', ' '), fc.string({ unit: 'binary', maxLength: 3 })), {
    maxLength: 25,
    size: 'max',
  })
  .map((parts) => parts.join(''));

describe('fuzz: extractQuotes keeps the output contract', { timeout: 300_000 }, () => {
  it('the checks catch a broken document (so a green run means something)', () => {
    const text = '"We will," said Ann Lee.';
    const good = extractQuotes(text);
    expect(contractProblems(text, good, DocumentSchema)).toEqual([]);
    const quote = good.quotes[0];
    expect(quote).toBeDefined();
    const shifted = { ...good, quotes: [{ ...quote, start: (quote?.start ?? 0) + 1 }] };
    expect(contractProblems(text, shifted, DocumentSchema).join('\n')).toMatch(/is not the collapsed slice/);
    const ghost = { ...good, quotes: [{ ...quote, speaker: { ...quote?.speaker, id: 's9' } }] };
    expect(contractProblems(text, ghost, DocumentSchema).join('\n')).toMatch(/speaker s9 is not in speakers/);
    expect(contractProblems('😀"a"', { ...good, paragraphs: [{ index: 0, start: 0, end: 5, role: 'body' }] }, DocumentSchema).join('\n')).toMatch(
      /paragraph 0: \[0, 5\) is not within \[0, 4\]/,
    );
  });

  it('article-like text: 4,000 cases', () => assertContract(articleArbitrary(fc), 4_000, SEED));
  it('marks, letters and spaces only: 2,500 cases', () => assertContract(marksAndLetters, 2_500, SEED + 1));
  it('attributed quotations with random glyphs: 2,000 cases', () => assertContract(attributed, 2_000, SEED + 2));
  it('astral, combining, control and binary characters: 2,000 cases', () => assertContract(oddCharacters, 2_000, SEED + 3));
});

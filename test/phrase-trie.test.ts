/**
 * phraseAlternation: a trie of literal phrases that matches exactly what the plain alternation of
 * the same phrases, longest first, matches, between the word-boundary lookarounds that every
 * lexicon pattern uses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseAlternation } from '../src/text/phrase-trie.js';

const BEFORE = "(?<![\\p{L}\\p{N}'’-])";
const AFTER = "(?![\\p{L}\\p{N}'’-])";

/** The pattern the lexicons used before: every phrase spelled out, longest first. */
function plain(phrases: readonly string[]): RegExp {
  const alts = [...new Set(phrases)].map((p) => p.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+')).sort((a, b) => b.length - a.length);
  return new RegExp(`${BEFORE}(?:${alts.join('|')})${AFTER}`, 'gu');
}
const trie = (phrases: readonly string[]) => new RegExp(`${BEFORE}(?:${phraseAlternation(phrases)})${AFTER}`, 'gu');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('phraseAlternation', () => {
  const rows: [phrases: string[], pattern: string][] = [
    [['said'], 'said'],
    [['cast', 'casts', 'casting'], 'cast(?:ing|s)?'],
    [['said', 'said of', 'says'], 'sa(?:id(?:\\s+of)?|ys)'],
    // special characters are escaped; a hyphen needs no escape
    [['op-ed', 'a.m.', 'Q&A (live)'], '(?:Q&A\\s+\\(live\\)|a\\.m\\.|op-ed)'],
    // duplicates and runs of white space count once
    [['went  on', 'went on', ' went on '], 'went\\s+on'],
  ];
  for (const [phrases, pattern] of rows) {
    it(`${JSON.stringify(phrases)} → ${pattern}`, () => {
      expect(phraseAlternation(phrases)).toBe(pattern);
    });
  }

  it('prefers the longer phrase and falls back to the shorter one', () => {
    const re = trie(['cast', 'cast a vote for', 'cast a vote']);
    expect(matches(re, 'they cast a vote for Ruiz')).toEqual(['5:cast a vote for']);
    expect(matches(re, 'they cast a vote forward')).toEqual(['5:cast a vote']);
    expect(matches(re, 'they cast a\nvote, then cast')).toEqual(['5:cast a\nvote', '23:cast']);
    expect(matches(re, 'they recast it')).toEqual([]);
  });

  it('rejects an empty phrase and characters beyond the Basic Multilingual Plane', () => {
    expect(() => phraseAlternation(['said', '  '])).toThrow(/empty phrase/);
    expect(() => phraseAlternation(['said 😀'])).toThrow(/Basic Multilingual Plane/);
  });

  it('matches what the plain alternation matches (random lexicons and texts, seeded)', () => {
    const word = fc.constantFrom('a', 'an', 'cast', 'casts', 'casting', 'vote', 'votes', 'for', 'against', 'said', 'sa', 's', 'op-ed', 'up', 'x.y');
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
    const gap = fc.constantFrom(' ', '  ', '\n', '-', "'", ', ', 's ', '', 'x');
    const text = fc.array(fc.tuple(word, gap), { maxLength: 30 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 25 }), fc.array(text, { minLength: 1, maxLength: 5 }), (lexicon, texts) => {
        const a = plain(lexicon);
        const b = trie(lexicon);
        for (const t of texts) expect(matches(b, t)).toEqual(matches(a, t));
      }),
      { seed: 20261205, numRuns: 1500 },
    );
    // 1,500 seeded cases: about a second on a quiet machine, many more on a loaded one. The limit
    // only guards against a hang; this test checks answers, not speed.
  }, 120_000);
});

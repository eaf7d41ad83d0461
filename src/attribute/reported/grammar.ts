/**
 * Word-level tests the reported-speech rules share: whether a stretch holds a verb, whether a cue
 * or hedge starts here, whether a cue is a passive participle, where a token is.
 */
import { CUE_PATTERN, STANCE_PATTERN } from '../cues.js';
import { alternation } from '../lexicon/pattern.js';
import { HEDGES } from '../lexicon/stance.js';
import { isVerbLike } from '../nlp.js';
import type { Token } from '../tokens.js';

/** A content that is one function word: a stranded `to` (`if they didn't want to`), `All I'm asking is …`. */
export const FUNCTION_WORD = /^(?:to|is|was|are|were|be|been|do|did|does|and|or|but|the|a|an|of|for|with|about|as|if|than|not)$/iu;

/** A verb by the lexicon, a regular past or participle (`required`, `testing`) or a negated auxiliary (`hasn't`). */
export function predicateWord(w: string): boolean {
  return /n[’']t$/u.test(w) || isVerbLike(w) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(w);
}

/** Whether a text has a finite verb (by the lexicon): a clause rather than a noun phrase. */
export function hasFiniteVerb(text: string): boolean {
  return text.split(/[^\p{L}'’]+/u).some((w) => /^\p{Ll}/u.test(w) && (isVerbLike(w) || /^\p{Ll}{3,}ed$/u.test(w)));
}

/** Whether a stretch of text holds a verb (an auxiliary, or a lower-case word the lexicon tags as a verb). */
export function hasVerb(stretch: string): boolean {
  return (stretch.match(/[\p{L}’'-]+/gu) ?? []).some((w) => FINITE_AUX.test(w) || (/^\p{Ll}/u.test(w) && isVerbLike(w)));
}

/** The hedges (see hedges.ts), as a pattern: `seemed`, `appears`, `is expected`, `reportedly`. */
export const HEDGE_WORDS = `(?:${alternation(HEDGES, '\\s+')})`;

/** A cue, stance verb or hedge at the start of a text (`sounded …`, `appeared to …`): a second attribution. */
export const CUE_AT = new RegExp(`^(?:${STANCE_PATTERN.source}|${CUE_PATTERN.source}|${HEDGE_WORDS})`, 'u');

/** Auxiliaries and copulas the lexicon does not list as finite (`have`, `has`), and their negations (`hasn't`). */
export const FINITE_AUX = /^(?:(?:is|are|was|were|has|have|had|would|could|should|must|does|did)(?:n[’']t)?|will|won[’']t|can|can[’']t|cannot|may|might)$/;

/** The index of the token that starts at `pos` (binary search), or -1. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = (tokens[mid] as Token).start;
    if (t === pos) return mid;
    if (t < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * `was reported`, `is expected to`: a form of `be` right before the cue. (Reading back over
 * adverbs too, `was first reported`, removed about as many hits as misses on the training set.)
 */
export function isPassive(tokens: readonly Token[], ci: number): boolean {
  return ci > 0 && /^(?:is|are|was|were|be|been|being)$/.test((tokens[ci - 1] as Token).text);
}

/** Passives whose `by` phrase is no source of a view: a question (`was asked by the host whether …`), a cause (`is explained by`). */
export const NOT_AGENT_REPORT = /^(?:asked|pressed|added|explained)$/u;

/** {@link isPassive}, also past an adverb or two (`was never mentioned`, `were quickly derided`). */
export function isPassiveAdverb(tokens: readonly Token[], ci: number): boolean {
  let k = ci - 1;
  while (k > 0 && ci - k <= 2 && PASSIVE_BETWEEN.test((tokens[k] as Token).text)) k--;
  return k >= 0 && /^(?:is|are|was|were|be|been|being)$/.test((tokens[k] as Token).text);
}

/** Adverbs between a form of `be` and a passive participle. */
export const PASSIVE_BETWEEN = /^(?:never|not|also|often|later|since|already|still|now|even|\p{Ll}+ly)$/u;

/** The index of the sentence's first word or quotation mask (after any opening punctuation). */
export function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'word' || t.kind === 'mask');
}

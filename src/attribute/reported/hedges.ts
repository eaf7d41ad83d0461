/**
 * Hedges that attribute a statement to nobody in particular: `X seemed to …`, `X appears …`,
 * `X is expected to …`, `X reportedly …`. PolNeAR annotates these as attributions without a source;
 * the content is the clause around the hedge (its subject and what follows, to the first comma).
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { compiledNow } from '../../text/native-regexp.js';
import type { AttributeInput } from '../attribute.js';
import type { MentionSpan } from '../mentions.js';
import type { Token } from '../tokens.js';
import { phraseEnd } from './content-end.js';
import { MAX_CONTENT, pushContent, trimEnd, type IndirectSpan } from './content.js';
import { HEDGE_WORDS, tokenAt } from './grammar.js';
import { clauseSubjectStart } from './subjects.js';

/** A hedge (a test: does a text hold one?). */
export const HEDGE = compiledNow(new RegExp(`(?<![\\p{L}'’-])${HEDGE_WORDS}(?![\\p{L}'’-])`, 'u'));
/** Every hedge of a sentence. */
const HEDGE_ALL = new RegExp(HEDGE.source, 'gu');

/** After `appeared`: a place or company (`appeared at a rally`, `appeared with Okafor`), not a hedge (`appeared in` is either). */
const APPEARED_AT = /^\s(?:at|on|with|before|alongside|together|onstage|live)\b/u;

export function findHedges(masked: string, start: number, end: number): MentionSpan[] {
  const out: MentionSpan[] = [];
  const slice = masked.slice(start, end);
  HEDGE_ALL.lastIndex = 0;
  for (let m = HEDGE_ALL.exec(slice); m !== null; m = HEDGE_ALL.exec(slice)) {
    // `has appeared at her side`, `appeared on television`: a physical appearance, no hedge
    if (/^appear/u.test(m[0]) && APPEARED_AT.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

export function findHedgedContent(input: AttributeInput, tokens: readonly Token[], cue: MentionSpan, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked } = input;
  const ci = tokenAt(tokens, cue.start);
  if (ci <= 0) return;
  const k = clauseSubjectStart(tokens, ci);
  if (k < 0) return;
  const from = (tokens[k] as Token).start;
  const limit = trimEnd(masked, start, end);
  const window = Math.min(limit, cue.end + MAX_CONTENT);
  const to = phraseEnd(masked, cue.end, window);
  if (to - cue.end < 2) return;
  pushContent(out, input, from, to, s, cue, null, [cue.start, cue.end]);
}

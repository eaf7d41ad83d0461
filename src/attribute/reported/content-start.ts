/**
 * Where a reported clause starts after its cue: past an addressee (`told the Ledger that`), a time,
 * place, manner or channel (`said on Monday in a statement`), an aside (`said, per a translator,
 * that`) and `that` ({@link clauseStart}).
 */
import { compiledNow } from '../../text/native-regexp.js';
import { alternation } from '../lexicon/pattern.js';
import { ADDRESSEE_ENDS, CHANNELS, CUE_ADVERBS, OUTLETS } from '../lexicon/speech.js';
import { TIME_AFTER_CUE, WEEKDAYS } from '../lexicon/time.js';
import type { MentionSpan } from '../mentions.js';
import { MASK, type Token } from '../tokens.js';

/** Words after a cue and before the content: time, place, manner, channel. */
const AFTER_CUE = compiledNow(new RegExp(String.raw`^(?:\s*,)?\s*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:${alternation(WEEKDAYS)}|${alternation(TIME_AFTER_CUE)})\b\s*)+|^\s*(?:in|on|during|at|via|through|from|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:${alternation(CHANNELS)})(?:\s+(?:with|on|to|at|in)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*\s*){1,4})?|^\s*(?:on|to)\s+(?:${alternation(OUTLETS, '\\s+')})\b|^\s*(?:${alternation(CUE_ADVERBS)})\b`, 'u'));

/** An adjunct of time, place, manner or addressee right after a cue (`said in April`, `told reporters during a call`, `said pleasantly`). */
const ADJUNCT_ONLY = compiledNow(/^\s*(?:,\s*)?(?:(?:in|at|during|on|before|after|as|while|ahead|from|with|by|through|via|over|into|upon|since)\s|to\s+(?:the|a|an|his|her|its|their|\p{Lu})|\p{Ll}+ly\b|matter-of-factly\b)/u);

/** An aside between a cue and its `that` (the `that` is left in place). */
const ASIDE = /^\s*(?:,\s*(?:(?:per|via|through|citing|according to|in|on|at)\s[^,;:\u2063]{1,60}|however|though|too|also|again|instead|in turn|for (?:his|her|their|its) part),|(?:\u2014|\u2013|--)\s*[^\u2014\u2013;:\u2063]{1,80}(?:\u2014|\u2013|--))\s*(?=that\b)/u;

/**
 * A cited source right after an attribution ends its clause: `X said, according to the Sun` has
 * no content after `said`, and `CONTENT, X said, according to …` none after the comma. (Other
 * words there are usually the content going on: `…, he said, replacing her would be …`.)
 */
export const CITES = /^\s*(?:,\s*)?according\s+to\b/u;

/** Skip time, channel and manner phrases after a cue (`said on Monday in a statement`). */
export function skipModifiers(masked: string, from: number, limit: number): number {
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    const m = AFTER_CUE.exec(masked.slice(at, Math.min(at + 120, limit)));
    if (!m || m[0].length === 0) break;
    at += m[0].length;
  }
  return at;
}

/** An addressee and its time or place up to `that` (no punctuation, quotation or second `that` between). */
const TOLD_THAT = /^\s+(?:(?!that\b)[^\s,;:()\u2063\u2014\u2013]+\s+){1,12}?that\s+/u;

/** Lower-case words that end an addressee or its time (`told reporters last week that`). */
const ADDRESSEE_END = new RegExp(String.raw`^(?:${alternation(ADDRESSEE_ENDS)})$`);

/** The longest stretch read for {@link TOLD_THAT}, in UTF-16 units. */
const MAX_ADDRESSEE = 120;

/** `told reporters (that)`, `told CNN`, `told the Associated Press` — skip the addressee. */
export function skipObject(tokens: readonly Token[], cueIndex: number, from: number): number {
  let i = cueIndex + 1;
  const first = tokens[i];
  if (!first || first.kind !== 'word') return from;
  let end = -1;
  for (let k = i; k < tokens.length && k < i + 6; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.text === 'that') break;
    // the addressee: one lower-case word ("reporters") or a determiner/name phrase ("the Associated Press")
    if (k > i && !/^(?:\p{Lu}.*)$/u.test(t.text) && !(k === i + 1 && /^(?:the|a|an|his|her|their|its)$/.test((tokens[i] as Token).text))) break;
    end = k;
  }
  return end >= 0 ? (tokens[end] as Token).end : from;
}

/**
 * Where the clause reported by the cue `cue` (its last token `lastCueTok`) starts, or -1 when the
 * cue reports none: past an addressee (`told the Ledger on Monday that …`), a time, place, manner
 * or channel (`said in a statement`), an aside (`said, per a translator, that …`) and `that`.
 * None when a cited source follows (`said, according to …`) or, after a quotation in the sentence
 * (which starts at `start`), only an adjunct does (`"…," Okafor said in April.`). `limit` is the
 * end of the sentence without its final punctuation.
 */
export function clauseStart(masked: string, tokens: readonly Token[], cue: MentionSpan, lastCueTok: number, start: number, limit: number): number {
  let from = cue.end;
  if (/^(?:told|tells|tell|telling)$/i.test(cue.text)) {
    // `told the Post and Courier of Charleston on Saturday that …`: a long addressee before `that`
    // (the word before `that` ends an addressee or a time, not a noun of its own: `told riders the
    // ferry that runs at night would stop` is a relative clause)
    const object = TOLD_THAT.exec(masked.slice(from, Math.min(limit, from + MAX_ADDRESSEE)));
    const words = object ? object[0].trim().split(/\s+/) : [];
    const last = words[words.length - 2] ?? '';
    from = object && (/^\p{Lu}/u.test(last) || ADDRESSEE_END.test(last)) ? from + object[0].length : skipObject(tokens, lastCueTok, from);
  }
  from = skipModifiers(masked, from, limit);
  // an aside before the content: `said, per a translator, that …` · `said — on Twitter — that …`
  const aside = ASIDE.exec(masked.slice(from, limit));
  if (aside) from += aside[0].length;
  // a cue that ends its clause: `said, according to …`
  else if (CITES.test(masked.slice(from, limit))) return -1;
  const rest = masked.slice(from, limit);
  // `"…," Okafor, the harbour chief, said in April.`: after a quotation, a time, place, manner or
  // addressee is all that follows the cue (the attribution of the quotation, not a report)
  if (ADJUNCT_ONLY.test(rest) && masked.slice(start, cue.start).includes(MASK)) return -1;
  const that = /^\s*(?:,\s*)?(?:that\b)?\s*/u.exec(rest);
  if (that) from += that[0].length;
  return from;
}

/**
 * A poll as the source: `In a Gazette poll last month, Okafor had a 10-point lead`, `Ruiz remains
 * fourth in most surveys`.
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { compiledNow } from '../../text/native-regexp.js';
import type { AttributeInput } from '../attribute.js';
import { alternation } from '../lexicon/pattern.js';
import { POLL_DETERMINERS, POLL_NOUNS } from '../lexicon/stance.js';
import { pushContent, trimEnd, type IndirectSpan } from './content.js';

/**
 * A poll as the source: `In a Des Moines Register poll last month, Cruz had a 10-point lead` and
 * `Bush remains in fourth in most surveys`. The cue is `in`, the poll phrase the source, the rest
 * of the clause the content (after an opening poll phrase: the rest of the sentence, as PolNeAR
 * keeps `…, while 40 percent …` in it).
 */
const POLL_NOUN = `(?:${alternation(POLL_NOUNS)})`;

/**
 * A poll phrase: a determiner (or a possessive, `May's`), up to six words (pollster names with
 * slashes too: `the latest Gazette/Marist poll`) and the noun; or, without a determiner, a plural
 * (`in exit polls`, `in national surveys`, `in January polls`).
 */
const POLL = `(?:(?:(?:${alternation(POLL_DETERMINERS)}|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\p{N}'’.&/-]+\\s+){0,6}?${POLL_NOUN})|(?:(?:[\\p{L}\\p{N}'’.&/-]+\\s+){0,3}?(?:polls|surveys)))\\b`;

/** `, conducted in May,` after the poll phrase: part of the source. */
const POLL_DETAIL = '(?:,\\s+(?:conducted|released|taken|published|fielded)\\b[^,;:]{0,40})?';

const POLL_FIRST = compiledNow(new RegExp(`^(\\s*)In\\s+(${POLL}[^,;:]{0,60}${POLL_DETAIL}),`, 'u'));

const POLL_LAST = compiledNow(new RegExp(`^,?\\s+in\\s+(${POLL}[^,;:]{0,60})$`, 'u'));

export const POLL_WORD = /\b(?:[Pp]oll|[Ss]urvey|average)/u;

export function findPollContent(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  if (limit - start > 2000 || !POLL_WORD.test(masked.slice(start, limit))) return;
  const sentence = masked.slice(start, limit);
  const first = POLL_FIRST.exec(sentence);
  if (first) {
    const cueStart = start + (first[1] as string).length;
    const srcStart = cueStart + 3;
    const srcEnd = srcStart + (first[2] as string).length;
    // (the content runs to the sentence end: `…, 38 percent said X, while 60 percent said Y`)
    const from = start + first[0].length;
    pushContent(out, input, from, limit, s, { start: cueStart, end: cueStart + 2, text: text.slice(cueStart, cueStart + 2) }, { start: srcStart, end: srcEnd, text: text.slice(srcStart, srcEnd) });
    return;
  }
  // (tried only at the last few " in " of the sentence's final 160 characters: anchored, linear)
  const tailFrom = Math.max(0, sentence.length - 160);
  let last: RegExpExecArray | null = null;
  let lastAt = -1;
  for (let p = sentence.lastIndexOf(' in ', sentence.length), n = 0; p >= tailFrom && n < 4 && !last; p = sentence.lastIndexOf(' in ', p - 1), n++) {
    const q = p > 0 && sentence[p - 1] === ',' ? p - 1 : p;
    last = POLL_LAST.exec(sentence.slice(q));
    lastAt = q;
  }
  // (`has a wide lead in the polls`, `trails in national surveys`: polls in general, no source;
  // a named or dated poll is one: `in a Gazette poll`, `in January polls`)
  if (last && /[\p{Lu}\p{N}]/u.test(last[1] as string)) {
    const at = start + lastAt;
    const cueStart = masked.indexOf('in', at);
    const srcStart = cueStart + 3;
    const srcEnd = limit;
    // the clause before: from the last semicolon, colon or dash (or the sentence start)
    const before = masked.slice(start, at);
    const open = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\u2014'));
    pushContent(out, input, open >= 0 ? start + open + 1 : start, at, s, { start: cueStart, end: cueStart + 2, text: 'in' }, { start: srcStart, end: srcEnd, text: text.slice(srcStart, srcEnd) });
  }
}

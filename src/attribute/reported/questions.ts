/**
 * A question put to someone with the asker unnamed: `Asked whether she would run, Okafor said …`,
 * `he was asked to resign`.
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import type { AttributeInput } from '../attribute.js';
import { alternation } from '../lexicon/pattern.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { pastAside, phraseEnd } from './content-end.js';
import { MAX_CONTENT, pushContent, trimEnd, type IndirectSpan } from './content.js';

/**
 * A question put to someone, with the asker unnamed: `Asked whether she would run, Okafor said …`,
 * `when asked about the budget`, `he was asked to resign`, `Asked on Monday by a reporter why …`.
 * The cue is `asked`, the source none; the content is the question, from its wh-word, `if`,
 * `whether` or `to` (or the topic after `about`) to the first comma.
 */
const ASKED = /((?:^\s*|[,;(\u2014]\s*|\b(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ii]f|[Bb]efore|[Uu]ntil|was|were|is|are|been|being|be)\s+)(?:(?:also|later|then|again|first|repeatedly|recently|once|specifically|directly|previously)\s+)?)[Aa]sked\b/gu;

/** The words that open the question after `asked`. */
const QUESTION_WORD = /^(?:if|whether|what|who|whom|which|why|how|where|when|to)$/;

/** The words that may open a stretch between `asked` and its question: the asker, a time, an occasion. */
const ASKED_MODIFIER = new RegExp(String.raw`^(?:by|on|at|during|in|before|after|last|this|earlier|later|again|specifically|directly|repeatedly|${alternation(WEEKDAYS)}|today|yesterday)$`);

/** A word, or one punctuation mark that ends the stretch. */
const ASKED_WORD = /[^\s,;:()\u2063\u2014]+|[,;:()\u2063\u2014]/gu;

/** The longest stretch read after `asked`, in words. */
const MAX_ASKED_GAP = 8;

export function findAskedContent(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  if (!/[Aa]sked/.test(sentence)) return;
  ASKED.lastIndex = 0;
  for (let m = ASKED.exec(sentence); m !== null; m = ASKED.exec(sentence)) {
    const at = questionStart(sentence, m.index + m[0].length);
    if (at < 0) continue;
    const cueStart = start + m.index + (m[1] as string).length;
    const cue = { start: cueStart, end: cueStart + 5, text: text.slice(cueStart, cueStart + 5) };
    const from = start + at;
    const window = Math.min(limit, from + MAX_CONTENT);
    pushContent(out, input, from, pastAside(masked, phraseEnd(masked, from, window), window), s, cue, null);
  }
}

/**
 * Where the question after `asked` (ending at `at`) starts: at its first word, or after `about`;
 * an asker, a time or an occasion may come between (`asked by a reporter on Monday whether`).
 * -1 when there is none (`asked the board to …`, `asked for comment`).
 */
function questionStart(sentence: string, at: number): number {
  ASKED_WORD.lastIndex = at;
  for (let m = ASKED_WORD.exec(sentence), n = 0; m !== null && n <= MAX_ASKED_GAP; m = ASKED_WORD.exec(sentence), n++) {
    const w = m[0];
    if (w === 'about') {
      const next = /\S/.exec(sentence.slice(m.index + w.length, m.index + w.length + 8));
      return next ? m.index + w.length + next.index : -1;
    }
    if (QUESTION_WORD.test(w)) return m.index;
    if ((n === 0 && !ASKED_MODIFIER.test(w)) || /^[,;:()\u2063\u2014]$/u.test(w)) return -1;
  }
  return -1;
}

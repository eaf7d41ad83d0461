/**
 * `According to X`: a source cited before, after or inside its content (`According to the
 * ministry, the deficit will fall` · `The deficit will fall, according to the ministry` · `At the heart
 * of it, according to Ross, was a decision …`), and the source phrase after `according to`.
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import type { AttributeInput } from '../attribute.js';
import { mentionAfter, type MentionSpan } from '../mentions.js';
import type { Token } from '../tokens.js';
import { pushContent, type IndirectSpan } from './content.js';
import { firstWordIndex, hasVerb } from './grammar.js';

/** What may stand before a sentence-opening `according to`: nothing, or a connective (`But,`, `In addition,`). */
const OPENS_ACCORDING = /^\s*(?:(?:and|but|yet|so|or|now|still|however|meanwhile|instead|also|thus|indeed|moreover|furthermore|in addition|in fact|in turn|after all|by contrast|in contrast|at the same time|even so|then|today|yesterday)\s*,?\s*)?$/iu;

/** A lead that ends in a word awaiting a clause: `He left after, according to him, …`. */
const CLAUSE_AWAITED = /\s(?:after|because|since|while|although|though|when|that|if|whether)\s*,?\s*$/iu;

/** The longest source phrase after `according to`, in words ("early results of the exit polls conducted for … by …"). */
const MAX_SOURCE = 24;

/** The words after token `i` up to the next punctuation (at most {@link MAX_SOURCE}): a source phrase. */
function phraseAfter(tokens: readonly Token[], i: number, text: string): MentionSpan | null {
  let k = i + 1;
  while (k < tokens.length && k - i <= MAX_SOURCE && (tokens[k] as Token).kind === 'word') k++;
  if (k === i + 1 || k - i > MAX_SOURCE) return null;
  const a = tokens[i + 1] as Token;
  const b = tokens[k - 1] as Token;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}

/** The text of a sentence up to its last colon or semicolon (a writer's lead-in). */
const LEAD_IN = /^[^\u2063]*[:;]\s+(?=\S)/u;

/**
 * After `A, according to X` (`sourceEnd`: the end of `according to`): where B starts when the sentence goes on
 * (`, a former envoy, was …`: one appositive may follow the source), or -1 when it ends there
 * or goes on with the writer's own words (`, who …`, `, and …`, `, saying …`).
 */
function resumeAfterSource(masked: string, sourceEnd: number, limit: number): number {
  const m = RESUME.exec(masked.slice(sourceEnd, Math.min(limit, sourceEnd + 200)));
  if (!m || m[1] === undefined) return -1;
  const rest = masked.slice(sourceEnd + m[0].length, limit);
  return rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 ? sourceEnd + m[0].length : -1;
}

/** A short phrase with no verb (`Since last November`, `In addition`, `Over the long term`): a lead-in, not a clause. */
function isLeadIn(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.length <= 5 && !hasVerb(phrase);
}

/** After `according to` (`sourceEnd`): where the clause after the source's comma starts (three words or more), or -1. */
function clauseAfterSource(masked: string, sourceEnd: number, limit: number): number {
  const comma = masked.indexOf(',', sourceEnd);
  if (comma < 0 || comma >= limit || comma - sourceEnd > 120 || /[;:\u2063]/u.test(masked.slice(sourceEnd, comma))) return -1;
  const at = comma + 1 + (masked.slice(comma + 1, comma + 4).length - masked.slice(comma + 1, comma + 4).trimStart().length);
  return masked.slice(at, limit).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 ? at : -1;
}

/** `X, (appositive,) verb`: the source up to its comma, one optional appositive, then a finite verb of the content. */
const RESUME = /^[^,;:\u2063]{0,120}?,\s+(?:(?:a|an|the)\s[^,;:\u2063]{1,80},\s+)?(?=(is|was|are|were|has|have|had|will|would|could|can|may|might|should|must|remains?|remained|does|did)\b)/u;

/**
 * The content of `according to X` (cue at token `ci`, its last word at `lastCueTok`): after the
 * source's comma when it opens the sentence (`According to X, CONTENT`), before it when it closes
 * it (`CONTENT, according to X`), or around it (`A, according to X, B`). `limit` is the end of the
 * sentence without its final punctuation.
 */
export function findAccordingTo(input: AttributeInput, tokens: readonly Token[], cue: MentionSpan, ci: number, lastCueTok: number, start: number, limit: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  // ("according to officials familiar with the system": the phrase up to the next comma)
  const mention = mentionAfter(tokens, lastCueTok, text) ?? phraseAfter(tokens, lastCueTok, text);
  if (!mention) return;
  const prev = tokens[ci - 1];
  // (a colon or semicolon before it ends the writer's lead-in: `… not hurt the city: London was …`)
  const lead = prev ? LEAD_IN.exec(masked.slice(start, cue.end)) : null;
  const from = lead ? start + lead[0].length : start;
  const before = masked.slice(from, cue.start);
  if (ci === firstWordIndex(tokens) || OPENS_ACCORDING.test(before) || CLAUSE_AWAITED.test(before)) {
    // According to X (however long: "early results of the exit poll conducted by …"), CONTENT.
    // (also after a connective or a conjunction: `But, according to the poll, CONTENT`,
    // `He left after, according to him, CONTENT`)
    const comma = tokens.slice(lastCueTok + 1, lastCueTok + 40).find((t) => t.text === ',' || t.kind === 'mask');
    if (comma && comma.text === ',') pushContent(out, input, comma.end, limit, s, cue, mention);
  } else if (prev && (ci > firstWordIndex(tokens) + 2 || prev.text === ',')) {
    // A, according to X, B: the content runs around the attribution (`At the heart of it,
    // according to Ross, a former envoy, was a decision …`)
    let resume = prev.text === ',' ? resumeAfterSource(masked, cue.end, limit) : -1;
    // (`Since last November, according to the group, troops have …`: a short lead-in with no
    // verb is no content of its own; the clause after the source is)
    if (resume < 0 && prev.text === ',' && isLeadIn(masked.slice(from, prev.start))) resume = clauseAfterSource(masked, cue.end, limit);
    if (resume >= 0) pushContent(out, input, from, limit, s, cue, mention, [prev.start, resume]);
    // CONTENT, according to X.  ·  CONTENT according to X.
    else pushContent(out, input, from, prev.text === ',' ? prev.start : cue.start, s, cue, mention);
  }
}

/**
 * Stance without a stance verb: adjectives (`critical of the plan`, `confident that …`), a view
 * held in the passive (`seen as the favorite`), an agentless passive report (`it was revealed that
 * …`), criticism drawn (`the plan drew criticism`) and a point of view (`To Okafor, the vote …`).
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { compiledNow } from '../../text/native-regexp.js';
import type { AttributeInput } from '../attribute.js';
import { alternation } from '../lexicon/pattern.js';
import { ADJECTIVES_ABOUT, ADJECTIVES_ABOUT_THAT, ADJECTIVES_OF, ADJECTIVES_THAT, ADJECTIVES_TO, ADJECTIVES_WITH, DRAWING_VERBS } from '../lexicon/stance.js';
import { mentionBefore } from '../mentions.js';
import { tokenize, type Token } from '../tokens.js';
import { clauseVerbBefore, OBJECT_ADJUNCT, pastAside, pastFronted, phraseEnd } from './content-end.js';
import { MAX_CONTENT, pushContent, trimEnd, type IndirectSpan } from './content.js';
import { CUE_AT, tokenAt } from './grammar.js';
import { clauseSubjectStart } from './subjects.js';

/**
 * An adjective of stance with its complement: `Okafor is eager to reopen the pier`, `the mayor was
 * critical of the plan`, `residents are wary of the toll`, `aides remain confident (hopeful, convinced) that the vote
 * will pass`, `voters are enamored of Okafor`, `she was adamant that the pier stay open`. The adjective (with its preposition) is the cue, the subject before it the source,
 * the complement the content (`to …` kept; `of`/`about` dropped). Only adjectives whose complement
 * is mostly a position are listed (`willing to`, `ready to`, `proud of` are left out).
 */
const ADJ_STANCE = compiledNow(new RegExp(String.raw`(?<![\p{L}'’-])(?:(?:${alternation(ADJECTIVES_TO)})(?=\s+to\s)|(?:${alternation(ADJECTIVES_OF)})\s+of(?=\s)|(?:${alternation(ADJECTIVES_WITH)})\s+(?:with|about|by|at|of)(?=\s)|(?:${alternation(ADJECTIVES_ABOUT)})\s+(?:about|in)(?=\s)|(?:hungry\s+for|sympathetic\s+to)(?=\s)|(?:${alternation(ADJECTIVES_ABOUT_THAT)})(?:\s+about)?(?=\s+(?:that\s|about\s|(?:\p{Ll}|\p{Lu})))|(?:${alternation(ADJECTIVES_THAT)})(?=\s+that\s))`, 'gu'));

export const ADJ_STANCE_ONE = compiledNow(new RegExp(ADJ_STANCE.source, 'u'));

/**
 * A view held of someone, in the passive: `Okafor is widely seen as the favorite`, `the ferry is
 * known for its delays`. The content is what is seen and what it is seen as: the subject through
 * the complement (the cue inside); no source is named. (`known as` mostly gives a name, no view:
 * `a group known as the Harbor Watch`.)
 */
const SEEN_AS = /(?<![\p{L}'’-])(?:(?:seen|regarded)\s+as|known\s+for)(?=\s)/gu;

/** A form of `be` before a passive participle. */
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being|['’]s|['’]re)$/u;

export const SEEN_AS_ONE = new RegExp(SEEN_AS.source, 'u');

/** Copulas and degree words between a subject and its adjective (`has been too`, `remain deeply`). */
const ADJ_BETWEEN = /^(?:be|been|being|remain|remains|remained|seem|seems|seemed|became|become|becomes|grew|grown|too|so|very|more|most|less|all|both|(?:is|are|was|were)n[’']t|\p{Ll}+ly)$/u;

const ADJ_CLAUSE = /^(?:eager|quick|reluctant|hesitant|keen|concerned|nervous|optimistic|hopeful|confident|aware|unaware|convinced|adamant|doubtful)$/u;

export function findAdjectiveStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  ADJ_STANCE.lastIndex = 0;
  let tokens: readonly Token[] | null = null;
  for (let m = ADJ_STANCE.exec(sentence); m !== null; m = ADJ_STANCE.exec(sentence)) {
    const at = start + m.index;
    const cue = { start: at, end: at + m[0].length, text: m[0] };
    let from = cue.end;
    const clause = ADJ_CLAUSE.test(m[0]);
    // `confident that …`, `concerned that …`: only a clause or `about` follows
    if (clause && !/^\s+(?:to|that)\s/u.test(masked.slice(from, from + 6))) continue;
    // `quick to endorse Okafor`, `eager to point out that …`: a cue after `to` joins the cue, and
    // the content is what it reports
    const verb = /^\s+to\s+/u.exec(masked.slice(from, from + 8));
    const inner = verb ? CUE_AT.exec(masked.slice(from + verb[0].length, from + verb[0].length + 40)) : null;
    if (verb && inner) {
      from += verb[0].length + inner[0].length;
      cue.end = from;
      cue.text = text.slice(cue.start, cue.end);
    }
    const window = Math.min(limit, from + MAX_CONTENT);
    tokens ??= tokenize(masked, start, end);
    const ci = tokenAt(tokens, at);
    let k = ci;
    while (k > 0 && ADJ_BETWEEN.test((tokens[k - 1] as Token).text)) k--;
    const mention = k > 0 ? mentionBefore(tokens, k, text, 0) : null;
    if (!mention) continue;
    let to = clause ? pastFronted(masked, from, pastAside(masked, phraseEnd(masked, from, window), window), window) : clauseVerbBefore(masked, from, phraseEnd(masked, from, window));
    // `critical of Okafor since the vote`: the object ends where an adjunct of time or reason starts
    const adjunct = clause ? null : OBJECT_ADJUNCT.exec(masked.slice(from, to));
    if (adjunct && adjunct.index > 0) to = from + adjunct.index;
    while (from < to && /\s/u.test(masked[from] as string)) from++;
    pushContent(out, input, from, to, s, cue, mention);
  }
}

/**
 * A statement or plan that drew criticism: `The toll plan has drawn sharp criticism from riders.`
 * The content is what was criticised, the subject (`The toll plan`), unless `over …`/`for …` follows
 * (the noun `criticism` takes that); the critics are not the
 * subject, so no source is named here. (`Okafor faced criticism for …` and `he drew criticism for …`
 * are left out: their subject is a person, and what was criticised follows.)
 */
const DREW_CRITICISM = compiledNow(new RegExp(String.raw`(?<![\p{L}'’-])(?:${alternation(DRAWING_VERBS)})\s+(?:\p{Ll}+\s+){0,2}?criticism(?![\p{L}'’-])`, 'gu'));

export const DREW_CRITICISM_ONE = compiledNow(new RegExp(DREW_CRITICISM.source, 'u'));

/** Auxiliaries and adverbs between a subject and `drew criticism` (`has quickly drawn`). */
const DREW_BETWEEN = /^(?:has|have|had|also|quickly|immediately|already|\p{Ll}+ly)$/u;

export function findDrewCriticism(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  if (!sentence.includes('criticism')) return;
  DREW_CRITICISM.lastIndex = 0;
  let tokens: readonly Token[] | null = null;
  for (let m = DREW_CRITICISM.exec(sentence); m !== null; m = DREW_CRITICISM.exec(sentence)) {
    const at = start + m.index;
    const cue = { start: at, end: at + m[0].length, text: m[0] };
    // `drew criticism over its cost`: what was criticised follows (the noun `criticism` takes it)
    if (/^\s+(?:over|for|that|about|of|on)\s/u.test(masked.slice(cue.end, cue.end + 8))) continue;
    tokens ??= tokenize(masked, start, end);
    let k = tokenAt(tokens, at);
    while (k > 0 && DREW_BETWEEN.test((tokens[k - 1] as Token).text)) k--;
    if (k <= 0) continue;
    // the subject: back from the verb to the start of the clause (sentence start, a comma, a colon)
    const subjEnd = (tokens[k - 1] as Token).end;
    let from = subjEnd;
    while (from > start && subjEnd - from < 200 && !/[,;:(\u2014]/u.test(masked[from - 1] as string)) from--;
    while (from < subjEnd && /\s/u.test(masked[from] as string)) from++;
    if (from >= subjEnd || subjEnd - from >= 200) continue;
    // `he drew criticism for …`: a person drew it, for something said after
    if (/(?:^|\s)(?:he|she|they|we|I|you|who|He|She|They|We|You)$/u.test(masked.slice(from, subjEnd))) continue;
    pushContent(out, input, from, subjEnd, s, cue, null);
  }
}

/**
 * A passive report with no agent: `The secret deal was revealed on Monday.` · `It was announced that
 * the pier had closed.` The content is the `that` clause after `it was announced/revealed/declared`,
 * or, after `revealed` only, the subject (what was revealed: `a curfew was announced` announces an
 * event, not a statement); no source is named. The subject runs back to the start of its clause (a
 * comma, a colon, or a subordinator: `after the deal was revealed` → `the deal`).
 */
const PASSIVE_REPORT = /(?<![\p{L}'’-])(?:was|were)\s+(?:announced|revealed|declared)(?![\p{L}'’-])/gu;

export const PASSIVE_REPORT_ONE = new RegExp(PASSIVE_REPORT.source, 'u');

/** Words that open a subordinate clause: the subject of a passive report starts after them. */
const PASSIVE_STOP = /^(?:when|after|before|as|while|because|since|until|once|if|that|which|who|and|but|where|When|After|Before|As|While|Because|Since|Until|Once|If)$/u;

export function findPassiveReport(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  PASSIVE_REPORT.lastIndex = 0;
  let tokens: readonly Token[] | null = null;
  for (let m = PASSIVE_REPORT.exec(sentence); m !== null; m = PASSIVE_REPORT.exec(sentence)) {
    const at = start + m.index;
    const cue = { start: at, end: at + m[0].length, text: m[0] };
    tokens ??= tokenize(masked, start, end);
    const k = tokenAt(tokens, at);
    if (k <= 0) continue;
    const subjEnd = (tokens[k - 1] as Token).end;
    let j = k - 1;
    while (j > 0 && k - j < 12 && (tokens[j - 1] as Token).kind === 'word' && !PASSIVE_STOP.test((tokens[j - 1] as Token).text)) j--;
    if (k - j >= 12) continue;
    const from = (tokens[j] as Token).start;
    if (/^(?:it|It)$/u.test(masked.slice(from, subjEnd))) {
      // `it was revealed (in March) that …`: the clause is the content
      const that = /^[^,;:.]{0,40}?\sthat\s/u.exec(masked.slice(cue.end, cue.end + 48));
      if (that) pushContent(out, input, cue.end + that[0].length, limit, s, cue, null);
      continue;
    }
    // `Okafor was declared the winner`, `she was revealed as a backer`: a person named something
    // `a curfew was announced`: an event announced, not a statement (only `revealed` reports one)
    if (!cue.text.endsWith('revealed')) continue;
    if (from >= subjEnd || /^\s+(?:the|a|an|as)\s/u.test(masked.slice(cue.end, cue.end + 5))) continue;
    if (/^(?:who|which|he|she|they|we|I|He|She|They|We)$/u.test(masked.slice(from, subjEnd))) continue;
    pushContent(out, input, from, subjEnd, s, cue, null);
  }
}

export function findSeenAs(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  SEEN_AS.lastIndex = 0;
  let tokens: readonly Token[] | null = null;
  for (let m = SEEN_AS.exec(sentence); m !== null; m = SEEN_AS.exec(sentence)) {
    const at = start + m.index;
    const cue = { start: at, end: at + m[0].length, text: m[0] };
    const window = Math.min(limit, cue.end + MAX_CONTENT);
    tokens ??= tokenize(masked, start, end);
    let k = tokenAt(tokens, at);
    while (k > 0 && ADJ_BETWEEN.test((tokens[k - 1] as Token).text)) k--;
    const seen = k > 0 ? mentionBefore(tokens, k, text, 0) : null;
    let from = seen && seen.end <= at ? seen.start : cue.end;
    // (a subject the mention grammar does not parse, before a form of `be`: `Iowa and Ohio in
    // particular are seen as …`: the clause from its start, as for a hedge)
    if (from === cue.end && k > 1 && PASSIVE_BE.test((tokens[k - 1] as Token).text)) {
      // (not a relative clause's subject: `who was seen as …`, `what is seen as …`)
      const subject = clauseSubjectStart(tokens, k - 1);
      if (subject >= 0 && !tokens.slice(subject, k - 1).some((t) => /^(?:who|whom|whose|which|that|what)$/iu.test(t.text))) from = (tokens[subject] as Token).start;
    }
    const to = phraseEnd(masked, cue.end, window);
    pushContent(out, input, from, to, s, cue, null, [cue.start, cue.end]);
  }
}

/**
 * A point of view opening the sentence: `To Okafor, the vote was a warning.` · `To many, the
 * bridge is a symbol.` The cue is `To`, the name (or `them`, `many`, `most`) the source, the rest
 * of the sentence the content; a relative clause after the name (`To Okafor, who …, the vote …`)
 * is skipped. (`For X, …` opens a topic more often than a view and is left out.)
 */
const PERSPECTIVE = /^(\s*)To\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*|them|many|most)\s*,\s+(?:(?:who|whom)\s[^,;:\u2063]{1,100},\s+)?/u;

/** Whether a paragraph may hold one (a sentence opening with `To` and a capital or a pronoun). */
const PERSPECTIVE_ANY = /(?:^|[.!?]\s)\s*To\s+(?:\p{Lu}|them|many|most)/u;

/** {@link PERSPECTIVE_ANY}, after a cheap test (its pattern is costly to compile, and rarely needed). */
export function mayHoldPerspective(paragraph: string): boolean {
  return paragraph.includes('To ') && PERSPECTIVE_ANY.test(paragraph);
}

export function findPerspective(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const head = masked.slice(start, Math.min(end, start + 200));
  if (!head.includes('To')) return;
  const m = PERSPECTIVE.exec(head);
  if (!m) return;
  const cueStart = start + (m[1] as string).length;
  const srcStart = cueStart + 3;
  const srcEnd = srcStart + (m[2] as string).length;
  const cue = { start: cueStart, end: cueStart + 2, text: text.slice(cueStart, cueStart + 2) };
  pushContent(out, input, start + m[0].length, trimEnd(masked, start, end), s, cue, { start: srcStart, end: srcEnd, text: text.slice(srcStart, srcEnd) });
}

/**
 * Boundaries moved once every content is found (the second pass of {@link findIndirect}): the
 * `that` taken into a content, a phrase of time or place before a `that` left out, a hedge's
 * relative pronoun taken in, a writer's `, which …` comment cut off, and a content cut before the
 * main verb when its cue sits in a relative clause inside the sentence's subject.
 */
import { alternation } from '../lexicon/pattern.js';
import { CLAUSE_TAKING_VERBS } from '../lexicon/stance.js';
import { verbTense } from '../nlp.js';
import type { IndirectSpan } from './content.js';
import { FINITE_AUX, hasVerb } from './grammar.js';
import { usableCue } from './speech.js';

/** A sentence's start before a position: after `.`, `!`, `?`, `;` or `:` and a space (`[^…]{0,200}` keeps it linear). */
const SENTENCE_HEAD = /(?:^|[.!?;:]["”’]?\s+)([^.!?;:]{0,200})$/u;

/** Conjunctions and adverbs opening a sentence before its subject. */
const HEAD_OPENER = /^(?:(?:And|But|So|Even|Still|Yet|Now|Only|Also|If|When|While|Although|Though|Because|Once|even)\s+){1,2}/u;

/** Words after which a verb is no main verb: an infinitive, a relative or subordinate clause, a coordination, a participle after a determiner. */
const NOT_MAIN_BEFORE = /^(?:to|who|whom|which|that|and|or|but|if|when|while|because|as|than|not|never|the|a|an|his|her|their|its|our|been|be|being|having|newly|recently|once|who['’]s|it|he|she|they|we|I|you|there)$/u;

/** Present-tense main verbs the lexicon does not tag as such (`Voters who back the plan agree …`). */
const MAIN_PRESENT = /^(?:say|says|said|agree|know|knows|think|believe|include|includes|admits|remain|remains)$/u;

/** Stance verbs that take a clause (`who think Rubio has a chance`), or a content opening one (`explains why …`). */
const CLAUSE_TAKING = new RegExp(String.raw`^(?:${alternation(CLAUSE_TAKING_VERBS)})$`, 'iu');

const CLAUSE_OPENING = /^(?:that|why|how|what|whether|if|when|where|who)\s/iu;

/**
 * `Voters who say the economy matters most were divided`, `Riders who back the fare rise are few`:
 * a restrictive relative clause inside the sentence's subject holds the cue, and the main clause's
 * verb follows its content, which ends before it (a clause after `say` keeps its own first verb).
 */
export function subjectRelative(masked: string, x: IndirectSpan, paragraphs: readonly { start: number }[]): IndirectSpan {
  const m = x.mention;
  if (m === null || !/^(?:who|that)$/u.test(m.text) || x.start < x.cue.end) return x;
  const para = paragraphs[x.paragraph];
  const from = Math.max(para ? para.start : 0, m.start - 200);
  const before = masked.slice(from, m.start);
  if (!/[\p{L}\p{N}]\s+$/u.test(before)) return x;
  const head = SENTENCE_HEAD.exec(before);
  if (head === null) return x;
  const subject = (head[1] as string).replace(HEAD_OPENER, '');
  const words = subject.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 10 || /[,\u2063\u2014\u2013()]/u.test(subject) || hasVerb(subject) || /\b(?:it|he|she|there|that|what|who)['’]s\b/iu.test(subject) || words.some((w) => /^\p{Ll}/u.test(w) && verbTense(w) !== null)) return x;
  const body = masked.slice(x.start, x.end);
  // (`accused X of …`, `asked X to …` take an object first)
  const clause = ((usableCue(x.cue.text) || CLAUSE_TAKING.test(x.cue.text)) && !/^(?:accus|ask|urg|remind)/iu.test(x.cue.text)) || CLAUSE_OPENING.test(body);
  const re = /[\p{L}’'-]+/gu;
  let prev = '';
  let prev2 = '';
  let seen = 0;
  for (let w = re.exec(body); w !== null; w = re.exec(body)) {
    const word = w[0];
    // (a participle two words after an auxiliary is part of its verb: `is virtually guaranteed`)
    const verb = !NOT_MAIN_BEFORE.test(prev) && !FINITE_AUX.test(prev) && !FINITE_AUX.test(prev2) && (FINITE_AUX.test(word) || MAIN_PRESENT.test(word) || (/^\p{Ll}/u.test(word) && verbTense(word) === 'past'));
    prev2 = prev;
    prev = word;
    if (!verb) continue;
    seen++;
    if (clause && seen === 1) continue;
    if (w.index === 0) return x;
    let end = x.start + w.index;
    while (end > x.start && /[\s,]/u.test(masked[end - 1] as string)) end--;
    return end > x.start ? { ...x, end } : x;
  }
  return x;
}

/** A relative pronoun and up to two lower-case words (`which also`, `who now`) right before a cue. */
const RELATIVE_BEFORE = /(?<![\p{L}'’-])(?:which|who)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * A hedge that runs around its cue (`X is expected to …`, `X appears to …`) whose subject is a
 * relative pronoun starts at the pronoun, not at the start of the sentence: `The vote, which is
 * expected to pass easily, comes on Monday` gives `which is expected to pass easily`.
 */
export function relativeHedges(masked: string, spans: IndirectSpan[]): IndirectSpan[] {
  for (const x of spans) {
    if (x.start >= x.cue.start || x.end <= x.cue.end) continue;
    const m = RELATIVE_BEFORE.exec(masked.slice(Math.max(x.start, x.cue.start - 40), x.cue.start));
    if (m) x.start = x.cue.start - m[0].length;
  }
  return spans;
}

/** The complementizer right before a content (`said that`, `the claim that`), set off by up to four spaces. */
const THAT_BEFORE = /(?<![\p{L}\p{N}'’-])that\s{1,4}$/u;

/**
 * A content opened by `that` takes the `that` in, as PolNeAR's contents do (`Okafor said that
 * the ferry would sail` gives `that the ferry would sail`; `Okafor said the ferry would sail`
 * gives `the ferry would sail`). The rules find the clause after the `that`; this moves its start.
 */
export function withThat(masked: string, spans: IndirectSpan[], paragraphs: readonly { start: number }[]): IndirectSpan[] {
  for (const x of spans) {
    // (never across the paragraph's start: `… adding that` ¶ `said …`)
    const from = Math.max(0, x.start - 16, paragraphs[x.paragraph]?.start ?? 0);
    const m = THAT_BEFORE.exec(masked.slice(from, x.start));
    if (m) x.start -= m[0].length;
  }
  return spans;
}

/** A phrase of time, place, channel or company between a cue and its `that` (up to ten words, no comma). */
const ADVERBIAL_THEN_THAT = /^(?:in|on|at|during|for|to(?=\s(?:the|a|an|his|her|their|its|our|my|reporters|\p{Lu}))|before|after|via|through|with|from|over)\s(?:[^\s,;:]+\s){1,10}?(?=that\s)/u;

/**
 * A content after its cue that opens with a phrase of time, place, channel or addressee and then
 * `that` starts at the `that`, as PolNeAR's contents do: `Okafor said during Monday's debate that
 * the ferry would sail` gives `that the ferry would sail`, `Ruiz told members of the board that …`
 * (not when the phrase holds a verb: `said after the vote failed that …` is left alone).
 */
export function thatAfterAdverbial(masked: string, x: IndirectSpan): IndirectSpan {
  if (x.start < x.cue.end || !usableCue(x.cue.text)) return x;
  const m = ADVERBIAL_THEN_THAT.exec(masked.slice(x.start, Math.min(x.end, x.start + 160)));
  if (m === null || hasVerb(m[0].replace(/^\S+\s/u, ''))) return x;
  return { ...x, start: x.start + m[0].length };
}

/** Forms of `say` and `tell` as a cue. */
const SAY_TELL_CUE = /^(?:say|says|said|saying|told|tells)$/iu;

/** A comment clause on the reported clause's last noun: `, which …` (the first one in the content). */
const WHICH_CLAUSE = /,\s+which\s/u;

/**
 * A `, which …` clause at the end of what `say` or `tell` reports is the writer's comment on its
 * last noun, not the speaker's words, and ends the content (11 right to 5 wrong on the training
 * set): `Okafor said she approved the bill, which adds two ferries` gives `she approved the bill`. Not
 * when what comes before is no clause (`said the decision, which …`), nor when the clause goes on
 * after the comment (`said the fees, which rose in May, are too high`).
 */
export function endBeforeWhich(masked: string, x: IndirectSpan): IndirectSpan {
  if (x.start < x.cue.end || !SAY_TELL_CUE.test(x.cue.text)) return x;
  const content = masked.slice(x.start, x.end);
  const m = WHICH_CLAUSE.exec(content);
  if (m === null) return x;
  const head = content.slice(0, m.index);
  if (!hasVerb(head.replace(/^that\s/u, ''))) return x;
  const rest = content.slice(m.index + m[0].length);
  if ((rest.match(/,\s+[\p{L}’'-]+/gu) ?? []).some((w) => FINITE_AUX.test(w.replace(/^,\s+/u, '')))) return x;
  return { ...x, end: x.start + m.index };
}

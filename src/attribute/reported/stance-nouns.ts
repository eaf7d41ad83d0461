/**
 * Nouns of saying and stance: a claim with its `that`-clause (`Okafor's claim that …`), a stance
 * with its complement (`criticism of the plan`, `her call for a recount`), a stance received
 * (`drew criticism from riders`, `won the endorsement of the union`, `support among riders`).
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { compiledNow } from '../../text/native-regexp.js';
import type { AttributeInput } from '../attribute.js';
import { alternation } from '../lexicon/pattern.js';
import { BEFORE_IN_FAVOR, CLAIM_NOUNS, GETTING_VERBS, POSSESSED_STANCE_NOUNS, RECEIVED_MODIFIERS, RECEIVED_NOUNS, RECEIVING_VERBS, STANCE_NOUNS } from '../lexicon/stance.js';
import type { MentionSpan } from '../mentions.js';
import { tokenize, type Token } from '../tokens.js';
import { clauseVerbBefore, pastAside, pastFronted, phraseEnd, POST_NOMINAL_END } from './content-end.js';
import { MAX_CONTENT, pushContent, trimEnd, type IndirectSpan } from './content.js';
import { tokenAt } from './grammar.js';
import { clauseNounBefore } from './subjects.js';

/**
 * A noun of saying or believing with its `that`-clause: `Okafor's claim that the bridge is safe`,
 * `concerns that fares will rise`, `reports that the yard will close`. The noun is the cue, a
 * possessive before it the source (`Okafor's`, `her`), the clause to the first comma the content.
 * (Nouns whose `that` is as often a relative pronoun — `statement`, `message`, `view`, `comments`
 * — are left out.)
 */
const NOUN_CLAIM = new RegExp(String.raw`(?<![\p{L}'’-])(?:${alternation(CLAIM_NOUNS)})\s+that\s`, 'gu');

export const NOUN_CLAIM_ONE = new RegExp(NOUN_CLAIM.source, 'u');

const POSSESSOR = compiledNow(/(?:^|\s)((?!(?:After|Before|In|On|At|For|With|From|By|Despite|Amid|Following|Since|During|And|But|When|While|If|As|Of|To|The|A|An)\s)(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:\p{Ll}+\s+)?$/u);

/**
 * For a noun matched at `m` in `sentence` (which starts at `start`): the noun as the cue, and the
 * possessive before it (`Okafor's`, `her`) as the source, if there is one.
 */
function nounAndPossessor(text: string, sentence: string, start: number, m: RegExpExecArray): { cue: MentionSpan; mention: MentionSpan | null } {
  const noun = /^\S+/u.exec(m[0]) as RegExpExecArray;
  const cue = { start: start + m.index, end: start + m.index + noun[0].length, text: noun[0] };
  const before = sentence.slice(Math.max(0, m.index - 60), m.index);
  const p = POSSESSOR.exec(before);
  if (!p) return { cue, mention: null };
  const at = start + m.index - before.length + p.index + (p[0].length - p[0].trimStart().length);
  const len = (p[1] as string).length;
  return { cue, mention: { start: at, end: at + len, text: text.slice(at, at + len) } };
}

export function findNounClaim(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  NOUN_CLAIM.lastIndex = 0;
  for (let m = NOUN_CLAIM.exec(sentence); m !== null; m = NOUN_CLAIM.exec(sentence)) {
    const { cue, mention } = nounAndPossessor(text, sentence, start, m);
    const from = start + m.index + m[0].length;
    const window = Math.min(limit, from + MAX_CONTENT);
    pushContent(out, input, from, pastFronted(masked, from, pastAside(masked, phraseEnd(masked, from, window), window), window), s, cue, mention);
  }
}

/**
 * A noun of stance with its complement: `Okafor's attacks on the council`, `criticism of the
 * plan`, `concerns about the budget`, `her call for a recount`, `questions about whether the
 * yard will close`. The noun is the cue, a possessive before it the source (`Okafor's`, `her`),
 * the complement after the preposition the content (to the first comma, or to the sentence's
 * own verb: see {@link clauseVerbBefore}). (`her swipes at the board`, `worries about the budget`, `his
 * reluctance to raise fares`.) The first group needs a possessive, as without one
 * it is mostly no position (`terror attacks on the city`, `support for the plan grew`, `the
 * decision to close the pier`); nouns whose complement is as often no position anyway
 * (`effort to`, `response to`, `willingness to`, `statements about`) are left out. Nouns of speech
 * with `about` need no possessive (`a joke about the ferry`, `the debate about fares`, `his speeches
 * about the toll`, `a tweet about the storm`, `a book about the campaign`); `articles`/`stories`
 * `about` (26% annotated) and `arguments about` (29%) are left out. `a vocal supporter of the union` (33% annotated; the plural,
 * 24%, is left out). Nouns of attitude: `her insistence on a second ferry`, `outrage over the toll`,
 * `hostility toward the plan`, `distrust of the board`, `testimony about the yard`, `disagreement
 * over fares` (7 of 20 new predictions right on train).
 */
const NOUN_STANCE = compiledNow(new RegExp(String.raw`(?<![\p{L}'’-])(?:(${alternation(POSSESSED_STANCE_NOUNS, '\\s+')})|(?:${alternation(STANCE_NOUNS, '\\s+')}))\s`, 'gu'));

export const NOUN_STANCE_ONE = compiledNow(new RegExp(NOUN_STANCE.source, 'u'));

/** Before `in favor of`: a verb of voting, speaking or being (`in support of` needs none). */
const IN_FAVOR_AFTER = new RegExp(String.raw`(?:^|\s)(?:${alternation(BEFORE_IN_FAVOR)})\s+$`, 'u');

/** A verb of getting before `the endorsement(s) of` (`won`, `received`, `has`): its `of` names the endorser. */
const WON_ENDORSEMENT = new RegExp(String.raw`\b(?:${alternation(GETTING_VERBS, '\\s+')})\s+(?:the\s+)?$`, 'u');

/**
 * The contents found by {@link findNounStance}. In {@link dropNested} they are dropped inside
 * another content like stance contents (`rejected Okafor's call for a recount` is one
 * attribution), but contain none themselves (a noun's complement is a phrase: a verb inside it
 * reports on its own), and give way to a stance verb read on the same word (`Okafor questions
 * about …` · `calls for`).
 */
export const NOUN_SPANS = new WeakSet<IndirectSpan>();

export function findNounStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  NOUN_STANCE.lastIndex = 0;
  for (let m = NOUN_STANCE.exec(sentence); m !== null; m = NOUN_STANCE.exec(sentence)) {
    const { cue, mention } = nounAndPossessor(text, sentence, start, m);
    if (m[1] !== undefined && mention === null) continue;
    // `voted in favor of the bill`: only after a verb of voting, speaking or being (`a concert in
    // favor of Ruiz` is no position); `in support of Ruiz` anywhere (`marched in support of Ruiz`,
    // `a fundraiser in support of Ruiz`: 40% annotated on train, where `in favor of` is mostly not)
    if (/^in\s/u.test(m[0])) {
      if (!/^in\s+[Ss]upport/u.test(m[0]) && !IN_FAVOR_AFTER.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
      cue.end = cue.start + m[0].trimEnd().length;
      cue.text = text.slice(cue.start, cue.end);
    }
    // `won the endorsement of the union`: the phrase after `of` is the endorser, not what is endorsed
    if (/^endorsements?\s/u.test(m[0]) && WON_ENDORSEMENT.test(sentence.slice(Math.max(0, m.index - 30), m.index))) continue;
    const from = start + m.index + m[0].length;
    const window = Math.min(limit, from + MAX_CONTENT);
    const n0 = out.length;
    pushContent(out, input, from, clauseVerbBefore(masked, from, phraseEnd(masked, from, window)), s, cue, mention);
    if (out.length > n0) NOUN_SPANS.add(out[out.length - 1] as IndirectSpan);
  }
}

/**
 * A stance received: `The plan drew sharp criticism from Ruiz`, `Okafor won the endorsement of the
 * union`, `Ruiz has won overwhelming support from governors`, `Okafor has strong support among
 * riders`. The content is the subject (what the stance is about), the cue the noun, the source the
 * phrase after `from`/`of`/`among` (to the first comma or clause). (Without a source, `The plan drew
 * criticism.`, it lost on the training set: the content is as often the `for …` phrase.)
 */
const RECEIVED = new RegExp(String.raw`(?<![\p{L}'’-])(?:${alternation(RECEIVING_VERBS, '\\s+')})\s+(?:(?:${alternation(RECEIVED_MODIFIERS)})\s+){0,2}(?:(${alternation(RECEIVED_NOUNS)})\s+(?:from|of)\s|(support)\s+among\s)`, 'gu');

export const RECEIVED_ONE = new RegExp(RECEIVED.source, 'u');

/** What SUPPORT_AMONG and RECEIVED need: the noun received and its preposition. */
const RECEIVED_NOUN = new RegExp(String.raw`(?:${alternation(RECEIVED_NOUNS)})\s+(?:from|of|among)\s`, 'u');

/** A possessive's support among a group (`her broad support among riders`, `Okafor's deep support among unions`): the possessive is the content. */
const SUPPORT_AMONG = /(?<![\p{L}'’-])([Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{L}{0,30}['’]s?)\s+(?:[\p{L}\p{N}%-]{1,30}\s+){0,2}(support)\s+among\s/gu;

export function findReceivedStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const sentence = masked.slice(start, Math.min(limit, start + 4000));
  // (both patterns are costly at every capital or verb; a literal test rules most sentences out)
  if (!RECEIVED_NOUN.test(sentence)) return;
  SUPPORT_AMONG.lastIndex = 0;
  for (let m = SUPPORT_AMONG.exec(sentence); m !== null; m = SUPPORT_AMONG.exec(sentence)) {
    const who = start + m.index;
    const at = start + m.index + m[0].lastIndexOf('support');
    const from = start + m.index + m[0].length;
    let to = phraseEnd(masked, from, Math.min(limit, from + MAX_CONTENT));
    const clause = POST_NOMINAL_END.exec(masked.slice(from, to));
    if (clause) to = from + clause.index;
    if (to <= from) continue;
    const len = (m[1] as string).length;
    pushContent(out, input, who, who + len, s, { start: at, end: at + 7, text: text.slice(at, at + 7) }, { start: from, end: to, text: text.slice(from, to) });
  }
  RECEIVED.lastIndex = 0;
  let tokens: readonly Token[] | null = null;
  for (let m = RECEIVED.exec(sentence); m !== null; m = RECEIVED.exec(sentence)) {
    tokens ??= tokenize(masked, start, end);
    // (`they haven’t snagged …`: a negated auxiliary before the verb)
    let vi = tokenAt(tokens, start + m.index);
    if (vi > 0 && /^(?:has|have|had|does|do|did)n[’']t$/u.test((tokens[vi - 1] as Token).text)) vi--;
    const content = clauseNounBefore(tokens, vi, text);
    // (`last week picked up the endorsement of …`: a time, no subject)
    if (!content || /(?:^|\s)(?:week|month|year|weekend|day|night)$/u.test(content.text)) continue;
    const noun = (m[1] ?? m[2]) as string;
    const at = start + m.index + m[0].length - noun.length - (m[0].length - m[0].indexOf(noun) - noun.length);
    const cue = { start: at, end: at + noun.length, text: text.slice(at, at + noun.length) };
    const from = start + m.index + m[0].length;
    let to = phraseEnd(masked, from, Math.min(limit, from + MAX_CONTENT));
    const clause = POST_NOMINAL_END.exec(masked.slice(from, to));
    if (clause) to = from + clause.index;
    if (to <= from) continue;
    pushContent(out, input, content.start, content.end, s, cue, { start: from, end: to, text: text.slice(from, to) });
  }
}

/**
 * The source of a cue that the mention grammar does not find: the noun phrase before it (`Sanders'
 * team said`, `47% say`), a participle's noun (`a super PAC supporting Rubio`), a subject with a
 * relative clause (`Some riders who spoke to the board said`), an inverted speaker with a role
 * (`said Democratic strategist Ana Ruiz`), and a hedge's or passive's subject.
 */
import { alternation } from '../lexicon/pattern.js';
import { CUES_ALSO_NOUNS, DOCUMENT_PARTICIPLES, ROLE_WORDS } from '../lexicon/speech.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { mentionBefore, type MentionSpan } from '../mentions.js';
import { isVerbLike } from '../nlp.js';
import type { Token } from '../tokens.js';
import { skipModifiers } from './content-start.js';
import { firstWordIndex } from './grammar.js';

/** Before an inverted `said`: the end of the clause it attributes (a comma or a closing quote). */
export const INVERSION_BEFORE = /[,\u201d"\u2019]\s{0,3}$/u;

/**
 * The subject of the sentence's first finite verb before `ci`: the source of a participle after
 * the main clause (`Even the mayor tried to help, noting that …`).
 */
export function firstVerbSubject(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const verb = tokens.findIndex((t, k) => k > 0 && k < ci && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isVerbLike(t.text));
  const subject = verb > 0 ? mentionBefore(tokens, verb, text, 0) : null;
  // (it must open the sentence, or follow an opening phrase's comma)
  const k = subject ? tokens.findIndex((t) => t.start === subject.start) : -1;
  return subject && (k === firstWordIndex(tokens) || tokens[k - 1]?.text === ',') ? subject : null;
}

/**
 * The noun phrase right before a participle that modifies it (`a super PAC supporting Rubio`,
 * `voters backing Trump`, `Democrats opposing the bill`): the participle's source. Null when the
 * word before is no noun (`while supporting`, `is backing`, `began supporting`).
 */
export function postNominalSubject(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const prev = tokens[ci - 1];
  if (!prev || prev.kind !== 'word' || AUX.test(prev.text) || OPENS.test(prev.text) || PREPOSITION.test(prev.text)) return null;
  if (/^\p{Ll}/u.test(prev.text) && isVerbLike(prev.text)) return null;
  return clauseNounBefore(tokens, ci, text);
}

/** Words that open a subordinate or relative clause: a subject never starts with them. */
const RELATIVE = /^(?:who|which|that|whose|whom)$/i;

/**
 * The token where the subject of the clause ending before token `ci` starts, or -1: back to the
 * clause start (a comma, semicolon, colon or dash, or the sentence start); a relative clause
 * between commas belongs to it ("The bank, which …, is expected"); an opening conjunction does not.
 */
export function clauseSubjectStart(tokens: readonly Token[], ci: number): number {
  let k = ci;
  for (let guard = 0; guard < 3; guard++) {
    while (k > 0 && ci - k < MAX_SUBJECT && !/^[,;:\u2014\u2013(]$/u.test((tokens[k - 1] as Token).text) && (tokens[k - 1] as Token).kind !== 'mask') k--;
    if (ci - k >= MAX_SUBJECT) return -1;
    const first = tokens[k];
    // (nothing between the comma and the hedge, a relative clause, or a phrase set off by commas
    // right before the hedge: the subject is further back)
    const parenthetical = guard === 1 && (tokens[ci - 1] as Token).text === ',';
    if (k > 1 && (tokens[k - 1] as Token).text === ',' && (k === ci || parenthetical || (first && RELATIVE.test(first.text))) && ci - k < 30) {
      k--;
      continue;
    }
    break;
  }
  while (k < ci && /^(?:and|but|or|so|yet|then|while|as|because|although|though|if|when)$/i.test((tokens[k] as Token).text)) k++;
  return k < ci ? k : -1;
}

/** The longest subject before a hedge, in tokens. */
const MAX_SUBJECT = 40;

/** Auxiliaries and adverbs between a subject and its verb (`has also said`, `repeatedly says`). */
const AUX = /^(?:also|has|have|had|was|is|were|are|would|will|did|does|do|then|later|previously|recently|repeatedly|publicly|privately|now|still|further|again|often|never|not|already|first|since|once|even|just|only|reportedly|[a-z]{3,}ly)$/;

/** Words that open a clause or phrase: the subject starts after them. */
const OPENS = /^(?:and|but|or|that|which|who|whom|when|while|because|as|if|though|although|so|where|since|until|than|whether|what|how|why|after|before|once|unless|yet|then|in|on|at|by|with|to|for|from|about|of|into|during|over|under|said|says|say)$/i;

/** Words that cannot end a subject noun phrase. */
const NOT_HEAD = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|to|of|in|on|at|for|with|by|from|and|or|but|as|if|it|there|what|which|who|whom|whose|how|why|when|where|me|him|them|us)$/i;

const QUANTITY = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|all|both|more|most|other|\p{N}+)$/iu;

/** Cue forms that are plural nouns as well (`three reports`, `sold-out shows`). */
const NOUN_TOO = new RegExp(String.raw`^(?:${alternation(CUES_ALSO_NOUNS)})$`);

const PREPOSITION = /^(?:in|on|at|by|with|to|for|from|about|of|into|during|over|under|after|before|through|against|among)$/i;

const DAY = new RegExp(String.raw`^(?:${alternation(WEEKDAYS)}|today|yesterday|overnight|earlier|recently)$`);

const RELEASED = new RegExp(String.raw`^(?:${alternation(DOCUMENT_PARTICIPLES)})$`);

/**
 * The noun phrase right before a cue, back to the start of its clause (a comma, a dash, a
 * conjunction or preposition, the sentence start): a subject the mention grammar leaves alone
 * (`Sanders' team said`, `47% say`, `police said`). At most eight words, ending in a noun-like word.
 */
export function clauseNounBefore(tokens: readonly Token[], cueIndex: number, text: string): MentionSpan | null {
  let i = cueIndex - 1;
  while (i >= 0 && (tokens[i] as Token).kind === 'word' && AUX.test((tokens[i] as Token).text)) i--;
  // "A court filing released Thursday says": a participle and a day after the noun
  if (i >= 2 && DAY.test((tokens[i] as Token).text) && RELEASED.test((tokens[i - 1] as Token).text)) i -= 2;
  const head = tokens[i];
  if (!head || head.kind !== 'word' || NOT_HEAD.test(head.text) || OPENS.test(head.text)) return null;
  const nounToo = NOUN_TOO.test((tokens[cueIndex] as Token).text);
  if (nounToo && QUANTITY.test(head.text)) return null; // "three reports", "many calls"
  let k = i;
  while (k - 1 >= 0 && i - (k - 1) < 8) {
    const t = tokens[k - 1] as Token;
    if (t.kind !== 'word' || OPENS.test(t.text)) break;
    // "the council approved a plan to …": the phrase after a verb is its object, not a subject
    if (/^\p{Ll}/u.test(t.text) && !AUX.test(t.text) && isVerbLike(t.text)) return null;
    k--;
  }
  const first = tokens[k] as Token;
  // "queues for sold-out shows stretched": after a preposition, a cue that is also a noun is the noun
  if (k > 0 && PREPOSITION.test((tokens[k - 1] as Token).text) && nounToo) return null;
  return { start: first.start, end: head.end, text: text.slice(first.start, head.end) };
}

/** Words before a sentence's subject (`Yet some voters …`). */
const SUBJECT_OPENER = /^(?:And|But|Yet|So|Still|Now|Meanwhile|Also)$/;

/** Capitalised words that open an adverbial, not a subject (`In Leeds, …`, `When …`). */
const NOT_SUBJECT_START = /^(?:In|On|At|For|With|From|By|After|Before|Since|Until|During|Despite|Amid|Following|When|While|If|As|Although|Though|Because|Once|Unless|Whether|Asked|According|Like|Unlike|Under|Over|Among|Through|Without|To|Of|It|There|This|That|What|How|Why|Where|Who)$/;

/** The longest subject phrase before its relative clause, and the longest relative clause, in tokens. */
const MAX_RELATIVE_HEAD = 8;

const MAX_RELATIVE_CLAUSE = 30;

/**
 * A subject at the sentence start with a relative clause between it and its cue, and the reported
 * clause after the cue: `Some riders who spoke to the board said …`. The mention is the phrase
 * before `who`/`which`. (Subjects set off by commas or dashes, `Senator Ana Ruiz of Leeds, the
 * party's whip, said …`, gained on the training set but not on the development set.)
 */
export function relativeSubject(tokens: readonly Token[], ci: number, masked: string, cueEnd: number, limit: number, text: string): MentionSpan | null {
  let f = firstWordIndex(tokens);
  if (f < 0 || f >= ci) return null;
  if (SUBJECT_OPENER.test((tokens[f] as Token).text)) f++;
  const first = tokens[f] as Token;
  if (f >= ci || first.kind !== 'word' || NOT_SUBJECT_START.test(first.text) || !/^[\p{Lu}\p{N}]|^(?:some|many|most|several|other|current|former)$/u.test(first.text)) return null;
  // the head: words up to the relative pronoun
  let h = f;
  while (h < ci && h - f <= MAX_RELATIVE_HEAD && (tokens[h] as Token).kind === 'word' && !/^(?:who|which)$/.test((tokens[h] as Token).text)) h++;
  if (h === f || h >= ci || h - f > MAX_RELATIVE_HEAD || ci - h > MAX_RELATIVE_CLAUSE) return null;
  if (!/^(?:who|which)$/.test((tokens[h] as Token).text)) return null;
  // (`Those who said …` is the relative clause's own cue: the clause needs words of its own)
  if (ci - h < 3) return null;
  // a verb in the head makes it a clause (`The party offered help to those who say …`)
  for (let k = f + 1; k < h; k++) {
    const w = (tokens[k] as Token).text;
    if (/^\p{Ll}/u.test(w) && (isVerbLike(w) || /ed$/.test(w))) return null;
  }
  // the relative clause holds no quotation and no clause break
  for (let k = h; k < ci; k++) if ((tokens[k] as Token).kind === 'mask' || /^[;:]$/.test((tokens[k] as Token).text)) return null;
  // the reported clause follows the cue (three words or more, not a comma)
  const forward = masked.slice(skipModifiers(masked, cueEnd, limit), limit);
  if (/^\s*,/.test(forward) || forward.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3) return null;
  const last = tokens[h - 1] as Token;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** What may follow an inverted speaker: the end of the sentence, punctuation, or an adverbial. */
const AFTER_INVERTED = new RegExp(String.raw`^(?:in|on|at|during|after|before|from|of|to|with|who|whom|whose|which|when|while|as|adding|noting|saying|according|last|this|on|today|yesterday|recently|earlier|later|${alternation(WEEKDAYS)})$`);

/** Lower-case words allowed in a titled inverted speaker: roles, affiliations and `and`. */
const TITLE_WORD = new RegExp(String.raw`^(?:${alternation(ROLE_WORDS)})$`, 'u');

/**
 * An inverted speaker with a role between capitalised words (`said Democratic strategist Ana
 * Ruiz`, `said lobbyist and party strategist Ed Black`): up to eight words of roles and names that
 * end with a capitalised name at a comma or the sentence's end.
 */
export function titledSpeaker(tokens: readonly Token[], cueTok: number, text: string): MentionSpan | null {
  let j = cueTok + 1;
  while (j < tokens.length && j - cueTok <= 8) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    if (!/^\p{Lu}/u.test(t.text) && !TITLE_WORD.test(t.text)) return null;
    j++;
  }
  const last = tokens[j - 1] as Token;
  const next = tokens[j];
  if (j - cueTok < 3 || !/^\p{Lu}/u.test(last.text) || (next !== undefined && next.kind === 'word')) return null;
  if (next !== undefined && !/^[,.;!?]$/u.test(next.text)) return null;
  const first = tokens[cueTok + 1] as Token;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** True when the inverted speaker `mention` closes its clause (see {@link AFTER_INVERTED}). */
export function endsInversion(tokens: readonly Token[], mention: MentionSpan): boolean {
  const next = tokens.find((t) => t.start >= mention.end);
  if (next === undefined || next.kind !== 'word') return true;
  if (/^['’]s?$/.test(next.text) || tokens.some((t) => t.start < mention.end && t.end === mention.end && /['’]s$/.test(t.text))) return false;
  return AFTER_INVERTED.test(next.text);
}

/**
 * Verbs of stance, belief and intention (`endorsed Trump`, `opposes the toll`, `called for a
 * recount`, `a poll showed …`): the stance cues of a text, and each one's source and content (the
 * object or clause after it, to the first comma); passives with and without an agent (`criticized by
 * Miller`, `was widely criticized as reckless`).
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { borrowedSubject, isProgressive, type AttributeInput } from '../attribute.js';
import { STANCE_PATTERN } from '../cues.js';
import { alternation } from '../lexicon/pattern.js';
import { CATENATIVE_VERBS, FINDERS, SIDE_TAKING_STEMS } from '../lexicon/stance.js';
import { mentionBefore, type MentionSpan } from '../mentions.js';
import { MASK, type Token } from '../tokens.js';
import { INCLUDING, OBJECT_ADJUNCT, pastAside, pastFronted, phraseEnd, POST_NOMINAL_END, secondPredicate } from './content-end.js';
import { skipModifiers } from './content-start.js';
import { MAX_CONTENT, pushContent, trimEnd, type IndirectSpan } from './content.js';
import { isPassive, isPassiveAdverb, NOT_AGENT_REPORT, PASSIVE_BETWEEN, tokenAt } from './grammar.js';
import { clauseNounBefore, clauseSubjectStart, postNominalSubject } from './subjects.js';

/** `thanks` as a preposition: `thanks (in part) to a big win`. */
const THANKS_TO = /^\s+(?:in\s+(?:large\s+|no\s+small\s+)?part\s+|largely\s+|partly\s+|mostly\s+)?to\b/u;

/** Naming verbs: a stance when they call someone something (`Sanders called him divisive`). */
const CALLED = /^(?:called|calls|calling)$/u;

/**
 * The object and complement after a naming verb: a pronoun or a capitalised name of up to three
 * words, then a determiner or a lower-case word that is no preposition, particle or time
 * (`called him a political opportunist`, `calls Clinton unqualified`; not `called him on Monday`,
 * `called Sandy Hook Promise`).
 */
const CALLED_OBJECT = /^\s+(?:(?:him|her|it|them|himself|herself|itself|themselves)\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})(?!(?:to|on|for|out|back|up|in|and|or|but|after|at|over|into|from|about|with|by|just|before|during|when|while|last|this|that|who|which|again|twice|today|yesterday)\b)(?:a|an|the|his|her|their|its|\p{Ll}[\p{L}-]*)\b/u;

/** `cast` as a verb of portraying (`Cruz has cast him as weak`). */
const CAST = /^(?:cast|casts|casting)$/u;

/** Its object and `as`: a pronoun, a name or a short noun phrase (`him as`, `Hillary Clinton as`, `the Clintons as`). */
const CAST_AS = /^\s+(?:him|her|it|them|himself|herself|itself|themselves|(?:(?:the|former|\p{Lu}[\p{L}.'’-]*)\s+){0,4}\p{Lu}[\p{L}.'’-]*)(?:\s+more)?\s+as\s/u;

/** The word before a naming `called` with a caller: a name, a pronoun, an auxiliary or an adverb (`Ruiz called`, `who has called`), not a common noun (`a firm called`). */
const CALLER = /^(?:\p{Lu}\p{Ll}[\p{L}’'.-]*|\p{Lu}\.?|he|she|they|we|I|you|who|that|which|has|have|had|also|then|later|once|even|and|but|\p{Ll}+ly)$/u;

/** Every stance cue of the masked text, in order (one pass). */
export function findStanceCues(masked: string): MentionSpan[] {
  const out: MentionSpan[] = [];
  STANCE_PATTERN.lastIndex = 0;
  for (let m = STANCE_PATTERN.exec(masked); m !== null; m = STANCE_PATTERN.exec(masked)) {
    // `thanks (in part) to a big win` is a preposition
    if (m[0] === 'thanks' && THANKS_TO.test(masked.slice(m.index + 6, m.index + 40))) continue;
    // `called him a liar`, `calls Clinton unqualified`: a naming verb is a stance only with an object and its complement
    if (CALLED.test(m[0]) && !CALLED_OBJECT.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    // `has cast him as weak`: `cast` portrays only with an object and `as` (not `cast a shadow`)
    if (CAST.test(m[0]) && !CAST_AS.test(masked.slice(m.index + m[0].length, m.index + m[0].length + 80))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * A stance verb's content: the clause after it, to the first comma, dash, semicolon or colon
 * (`Cruz defended his vote, saying …` → `his vote`), with the subject before it as the source.
 */
export function findStanceContent(
  input: AttributeInput, tokens: readonly Token[], cues: readonly MentionSpan[], c: number, start: number, end: number, s: SentenceSpan, out: IndirectSpan[],
): void {
  const { masked, text } = input;
  const cue = cues[c] as MentionSpan;
  const ci = tokenAt(tokens, cue.start);
  if (ci < 0) return;
  const prev = tokens[ci - 1];
  const participle = /^\p{L}+ing\b/u.test(cue.text);
  // "The bill, opposed by House Republicans, …", "the plan was rejected by 64 percent of voters":
  // a side-taking verb with its agent; the content is the noun phrase before it
  if (!participle && SIDE_TAKING.test(cue.text) && masked.startsWith(' by ', cue.end)) {
    findAgentStance(input, tokens, ci, start, end, s, out);
    return;
  }
  // `The plan was widely criticized as reckless`, `the law was not shown to work`: a judgment in
  // the passive with no agent (`is expected to` is a hedge, found as one)
  if (!participle && cue.text !== 'expected' && isPassiveAdverb(tokens, ci) && PASSIVE_COMPLEMENT.test(masked.slice(cue.end, cue.end + 4)) && !NOT_AGENT_REPORT.test(cue.text)) {
    findPassiveJudgment(input, tokens, cue, ci, start, end, s, out);
    return;
  }
  // "is supported by", "was asked about": a passive names no source before it
  if (!participle && isPassive(tokens, ci)) return;
  let mention: MentionSpan | null;
  // "the backing of", "their support": a participle after a determiner is a noun
  if (participle && prev && NOUN_DETERMINER.test(prev.text)) return;
  // "backing down", "a supporting role": a phrasal verb, or an adjective
  if (participle && NOT_STANCE_AFTER.test(masked.slice(cue.end, cue.end + 12))) return;
  // "showed up at the rally", "backed down", "a talk show host": a phrasal verb, or a noun
  if (!participle && PARTICLE_AFTER.test(masked.slice(cue.end, cue.end + 12))) return;
  // "a cleric named Ali", "a gym named for Ali": a participle that names; "helped found the
  // party", "found himself in a bind": no stance
  if (cue.text === 'named' && (/^\s+(?:for|after)\b/u.test(masked.slice(cue.end, cue.end + 8)) || NAMED_AFTER_NOUN.test(masked.slice(Math.max(start, cue.start - 60), cue.start)))) return;
  if (cue.text === 'found' && ((prev !== undefined && /^(?:help|helps|helped|helping|to)$/.test(prev.text)) || REFLEXIVE.test(masked.slice(cue.end, cue.end + 14)))) return;
  // "legal challenges to the law", "the challenges posed by": after a lower-case word that is no
  // subject or adverb, `challenges` is the plural noun
  if (cue.text === 'challenges' && prev !== undefined && /^\p{Ll}/u.test(prev.text) && !/^(?:who|which|that|he|she|it|one|also|still|now|often|\p{Ll}+ly)$/u.test(prev.text)) return;
  // "strong support among women", "a poor showing in Iowa": a noun, not a verb with its object
  if (NOUN_READING.test(cue.text) && NOUN_AFTER.test(masked.slice(cue.end, cue.end + 16))) return;
  // "a super PAC supporting Rubio", "groups backing Cruz": a participle right after a noun takes it as its source
  const postNominal = participle && !isProgressive(tokens, ci) ? postNominalSubject(tokens, ci, text) : null;
  if (postNominal) mention = postNominal;
  else if (participle && !isProgressive(tokens, ci)) mention = borrowedSubject(tokens, cues, c, text);
  else mention = mentionBefore(tokens, ci, text, 0);
  if (!mention && prev && /^(?:and|but)$/.test(prev.text)) mention = borrowedSubject(tokens, cues, c, text);
  // `Okafor continued to question whether …`, `has tried to blame the board`, `went on to praise
  // the crew`: a verb of going on or trying before `to` lends its subject
  const before = tokens[ci - 2];
  if (!mention && prev?.text === 'to' && before && CATENATIVE.test(before.text) && !FINDING.test(cue.text)) mention = mentionBefore(tokens, ci - 2, text, 0);
  const went = tokens[ci - 3];
  if (!mention && prev?.text === 'to' && before?.text === 'on' && went && /^(?:went|goes|go|going)$/u.test(went.text) && !FINDING.test(cue.text)) mention = mentionBefore(tokens, ci - 3, text, 0);
  if (!mention && !participle) mention = clauseNounBefore(tokens, ci, text);
  // `the first member of Congress to endorse him`: an ordinal's noun phrase before `to` is the source
  if (!mention && prev?.text === 'to') {
    const ord = FIRST_TO.exec(masked.slice(Math.max(start, prev.start - 80), prev.start));
    if (ord) {
      const at = prev.start - ord[0].length + (ord[1] as string).length;
      const e = trimEnd(masked, at, prev.start);
      mention = { start: at, end: e, text: text.slice(at, e) };
    }
  }
  if (!mention) return;
  const limit = trimEnd(masked, start, end);
  let from = skipModifiers(masked, cue.end, limit);
  const that = /^\s*(?:that\b)?\s*/u.exec(masked.slice(from, limit));
  if (that) from += that[0].length;
  // (a content is rarely longer than a few hundred characters: the search is bounded)
  const window = Math.min(limit, from + MAX_CONTENT);
  // "a poll showed Trump leading with 31 percent, followed by Cruz at 17 percent": a poll's finding runs to the sentence's end
  // (not past a second cue: `…, with RealClearPolitics showing her ahead` is a finding of its own)
  let to = phraseEnd(masked, from, window);
  // `cited several factors, including new voting laws`: the examples belong to the object
  const including = INCLUDING.exec(masked.slice(to, window));
  if (including) to = phraseEnd(masked, to + including[0].length, window);
  // `believed the ferry, which was built in 1990, would sail`: the clause goes on past an aside
  to = pastAside(masked, to, window);
  to = pastFronted(masked, from, to, window);
  // (a verb of taking sides in the rest is part of the finding: `…, while only 19 support Sanders`)
  if (FINDING.test(cue.text) && FINDER.test(mention.text) && !cues.some((x, k) => k > c && x.start > to && x.start < window && !SIDE_TAKING.test(x.text))) to = window;
  // "called on the US to act and proposed a safe zone": a coordinated cue starts a second content
  for (let k = c + 1; k < cues.length; k++) {
    const next = cues[k] as MentionSpan;
    if (next.start <= from) continue;
    if (next.start >= to) break;
    const gap = masked.slice(Math.max(from, next.start - 40), next.start);
    const and = COORDINATED.exec(gap);
    if (and) {
      to = next.start - gap.length + and.index;
      break;
    }
  }
  // `attacked her accent and even questioned her roots`: the subject's second predicate
  const second = secondPredicate(masked, from, to, cue.text);
  if (second >= 0) to = second;
  // `called him a "nice guy"`: the name given is a quotation (a partial quote, not reported speech)
  // `a company called Harbour Lines runs …`: after a common noun, `called` is a participle that names it
  if (CALLED.test(cue.text) && (masked.slice(from, to).includes(MASK) || (cue.text === 'called' && prev !== undefined && !CALLER.test(prev.text)))) return;
  // "endorsed Trump in early June", "criticized Bill Clinton during a debate": the object of a verb
  // of taking sides ends where an adjunct of time, place or reason starts
  if (SIDE_TAKING.test(cue.text)) {
    const adjunct = OBJECT_ADJUNCT.exec(masked.slice(from, to));
    if (adjunct && adjunct.index > 0) to = from + adjunct.index;
  }
  // "the PAC supporting Bush that raised $100 million": after a noun, the participle's phrase ends at a clause
  if (postNominal) {
    const clause = POST_NOMINAL_END.exec(masked.slice(from, to));
    if (clause) to = from + clause.index;
  }
  pushContent(out, input, from, to, s, cue, mention);
}

/** The complement of a passive judgment: `criticized as …`, `shown to …`. */
const PASSIVE_COMPLEMENT = /^\s(?:as|to)\s/u;

/**
 * A judgment in the passive with no agent: the content is the clause from its subject through the
 * complement, the cue inside, and no source is named (as for `seen as`): `The new toll plan was
 * widely criticized as reckless`. Not a relative clause's subject (`who was criticized as …`).
 */
function findPassiveJudgment(input: AttributeInput, tokens: readonly Token[], cue: MentionSpan, ci: number, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked } = input;
  let be = ci - 1;
  while (be > 0 && PASSIVE_BETWEEN.test((tokens[be] as Token).text)) be--;
  const k = clauseSubjectStart(tokens, be);
  if (k < 0 || tokens.slice(k, be).some((t) => /^(?:who|whom|whose|which|that|what)$/iu.test(t.text))) return;
  const limit = trimEnd(masked, start, end);
  const to = phraseEnd(masked, cue.end, Math.min(limit, cue.end + MAX_CONTENT));
  pushContent(out, input, (tokens[k] as Token).start, to, s, cue, null, [cue.start, cue.end]);
}

/** Forms of `be` (and adverbs) between a passive's subject and its participle (`has been widely criticized`). */
const PASSIVE_AUX = /^(?:is|are|was|were|be|been|being|has|have|had|also|not|first|\p{Ll}+ly)$/u;

/**
 * A side-taking participle with its agent (`a practice criticized by Miller`, `The bill, opposed by
 * House Republicans,`, `This proposal was rejected by 64 percent of voters`): the source is the
 * agent, to the first comma or clause; the content the noun phrase before the participle.
 */
export function findAgentStance(input: AttributeInput, tokens: readonly Token[], ci: number, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  let k = ci;
  while (k > 0 && (tokens[k - 1] as Token).kind === 'word' && PASSIVE_AUX.test((tokens[k - 1] as Token).text)) k--;
  if (k > 0 && (tokens[k - 1] as Token).text === ',' && k === ci) k--;
  const content = clauseNounBefore(tokens, k, text);
  if (!content) return;
  const by = (tokens[ci] as Token).end + 4;
  const limit = trimEnd(masked, start, end);
  let to = phraseEnd(masked, by, Math.min(limit, by + MAX_CONTENT));
  const clause = POST_NOMINAL_END.exec(masked.slice(by, to));
  if (clause) to = by + clause.index;
  if (to <= by) return;
  const cue = tokens[ci] as Token;
  pushContent(out, input, content.start, content.end, s, { start: cue.start, end: cue.end, text: cue.text }, { start: by, end: to, text: text.slice(by, to) });
}

/** Verbs that report a poll's or a study's finding: their content is a whole clause, commas and all. */
const FINDING = /^(?:show|shows|showed|showing|found|finds)$/u;

/** A source that finds rather than says: a poll, a study, data (`A Quinnipiac poll showed …`). */
const FINDER = new RegExp(String.raw`(?:${alternation(FINDERS)})`, 'iu');

/** Verbs of taking sides, whose content is a noun phrase (`endorsed Trump`, `blasted Republicans for …`). */
const SIDE_TAKING = new RegExp(String.raw`^(?:${alternation(SIDE_TAKING_STEMS)})(?:e|es|ed|s|ing|med|ming|red|ring)?$`, 'u');

/** After a participle: a particle (`backing down`) or a head noun (`supporting role`). */
const NOT_STANCE_AFTER = /^\s(?:down|up|off|away|out|role|roles)\b/u;

/** A common noun after an article right before `named` (`a cleric named`, `the young lawyer named`). */
const NAMED_AFTER_NOUN = /(?:^|\s)(?:a|an|the)\s(?:[\p{Ll}\p{N}-]+\s){1,3}$/u;

/** A reflexive object (`found himself`). */
const REFLEXIVE = /^\s+(?:himself|herself|itself|themselves|myself|ourselves|yourself)\b/u;

/**
 * After a finite stance verb, a particle that makes it a phrasal verb (`showed up`, `added up`,
 * and `backed down.` with nothing after it: `backed off his plan` is a stance), or the head noun
 * of `talk show host`.
 */
const PARTICLE_AFTER = /^\s(?:(?:up|host|hosts)(?![\p{L}-])|(?:down|off)(?=[.,;:]|$))/u;

/** Stance forms that are nouns as often as verbs (`support`, `backing`, `showing`). */
const NOUN_READING = /^(?:support|backing|showing)$/u;

/**
 * What follows such a form when it is a noun (`support among women`, `support from donors`, `a
 * strong showing in Iowa`): a preposition of place, source or time (a verb takes its object
 * first: `voters support the ban in Iowa`).
 */
const NOUN_AFTER = /^\s+(?:among|across|from|in|on|at(?!\s+least\b)|against|within|throughout|over)\b/u;

/** A determiner or possessive before a participle makes it a noun (`the backing of`, `their backing`). */
const NOUN_DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|any|no|whose)$/i;

/** The words between a content and a coordinated cue (`… and proposed`, `… and also said`). */
const COORDINATED = /(?<!\s)\s+(?:and|but|while)\s+(?:(?:also|then|later|once again|again|did not|didn't|didn’t|never)\s+)?$/u;

/** A noun phrase with an ordinal right before `to` (`the first member of Congress `). */
const FIRST_TO = /(^|[^\p{L}'’-])(?:the|[Tt]he)\s+(?:first|last|only|latest|second|third|next)\s+(?:[\p{L}’'.-]+\s+){0,5}$/u;

/** Verbs of going on, starting and trying that take a cue after `to` (`continued to question`). */
const CATENATIVE = new RegExp(String.raw`^(?:${alternation(CATENATIVE_VERBS)})$`, 'u');

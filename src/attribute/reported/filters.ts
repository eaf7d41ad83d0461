/**
 * Candidates rejected after they are found: contents that tell when, where or how something was
 * said rather than what, the noun readings of stance words (`a talk show`, `support from voters`),
 * written works (`wrote a letter`), inverted speakers, questions to the reader, embedded tweets,
 * `found a way`, `telling` as an adjective. {@link isRejected} is the one test findIndirect asks.
 */
import { alternation } from '../lexicon/pattern.js';
import { SHOW_MODIFIERS, WRITTEN_WORKS } from '../lexicon/speech.js';
import { WEEKDAYS } from '../lexicon/time.js';
import { isVerbLike, verbTense } from '../nlp.js';
import { MASK } from '../tokens.js';
import type { IndirectSpan } from './content.js';
import { FUNCTION_WORD } from './grammar.js';
import { INVERSION_BEFORE } from './subjects.js';

/** Whether a found content is to be dropped (see the tests below, in this order). */
export function isRejected(masked: string, x: IndirectSpan, paragraphs: readonly { start: number; end: number }[]): boolean {
  return adverbialOnly(masked, x) || supportSource(masked, x) || showNoun(masked, x) || writtenWork(masked, x) || notReported(masked, x, paragraphs);
}

/**
 * Predictions that report nothing, each class right at most a quarter of the time on the training set
 * (PolNeAR does not annotate them): a stance noun as a sentence's subject, an empty content, a
 * question to the reader, a tweet's markup, `found a way`, `telling` as an adjective.
 */
function notReported(masked: string, x: IndirectSpan, paragraphs: readonly { start: number; end: number }[]): boolean {
  return stanceNounSubject(masked, x) || emptyContent(masked, x) || readerQuestion(masked, x, paragraphs) || insideTweet(masked, x) || foundAWay(masked, x) || tellingAdjective(masked, x) || invertedSpeaker(masked, x) || askedAddressee(masked, x);
}

const ASKED_CUE = /^(?:asked|asks)$/u;

/** What makes a question out of the words after `asked`: a wh-word, `if`, `whether`, `to`, `about`, `for`, `that`. */
const ASKED_QUESTION_WORD = /(?<![\p{L}'’-])(?:if|whether|what|why|how|who|whom|when|where|which|to|about|for|that)(?![\p{L}'’-])/iu;

/**
 * After a quoted question, the words after `asked` are whom or how it was asked, not what: `"Why
 * now?" Okafor asked the board.`, `"Who pays?" Ruiz asked, looking at the crowd.`
 */
function askedAddressee(masked: string, x: IndirectSpan): boolean {
  if (!ASKED_CUE.test(x.cue.text) || x.start < x.cue.end || !/^\s{0,3},?\s{0,3}$/u.test(masked.slice(x.cue.end, x.start))) return false;
  // (a quotation is masked: a masked character shortly before the speaker)
  return masked.slice(Math.max(0, x.cue.start - 45), x.cue.start).includes(MASK) && !ASKED_QUESTION_WORD.test(masked.slice(x.start, x.end));
}

const SAID_CUE = /^(?:said|says)$/u;

/** A noun phrase that names someone: a capitalised word or a determiner first (not a pronoun or `There`). */
const NAME_FIRST = /^(?!(?:I|He|She|They|We|It|You|This|That|These|Those|There)\b)(?:\p{Lu}|(?:an?|the|one)\s)/u;

/** A relative clause inside a noun phrase (`an official who was briefed on the talks`), to the next comma. */
const WHO_CLAUSE = /\b(?:who|whose|whom)\b[^,]*/gu;

/** Finite forms the lexicon may miss: auxiliaries, modals, negated contractions. */
const FINITE = /^(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|\p{Ll}+n[’']t)$/u;

/**
 * The phrase after an inverted `said` that ends its sentence is the speaker, not a content, when it
 * has no verb of its own (outside a `who` clause): `The yard is struggling, said the company's chief
 * executive, Ana Ruiz.` (the clause before is the content).
 */
function invertedSpeaker(masked: string, x: IndirectSpan): boolean {
  if (!SAID_CUE.test(x.cue.text) || x.start < x.cue.end || x.start - x.cue.end > 2) return false;
  if (!INVERSION_BEFORE.test(masked.slice(Math.max(0, x.cue.start - 8), x.cue.start))) return false;
  const content = masked.slice(x.start, x.end);
  if (!NAME_FIRST.test(content)) return false;
  return !content.replace(WHO_CLAUSE, ' ').split(/[^\p{L}'’-]+/u).some((w) => /^\p{Ll}/u.test(w) && (isVerbLike(w) || verbTense(w) !== null || FINITE.test(w)));
}

/** Stance words that are nouns as often as verbs. */
const STANCE_NOUN_CUE = /^(?:support|supports|supporting|backing|views?|voices?|answers?|offers?|shows?|showing|favou?r|promises?|opposition|criticism)$/iu;

const QUESTION_CUE = /^questions?$/iu;

/** `question` before a copula and its complement is still the cue: `the key question is whether …`. */
const QUESTION_COMPLEMENT = /^(?:is|was|are|were|remains)\s+(?:about|whether|if|how|what|why|who|that)\b/u;

/** `question` before an adjunct is the noun: `a question by the moderators`, `questions to the candidates`. */
const QUESTION_ADJUNCT = /^(?:by|as|to|from|including|during)\b/u;

/**
 * A stance word read as a verb whose "content" opens with a finite verb is a noun, the subject of
 * that verb: `Okafor's support fell by four points`, `Her view is shared by the mayor`, `The ballot
 * question seeks to raise the cap`, `a follow-up question came from the crowd` (so are `question`s
 * before an adjunct: `a single question by the moderators`). (`The key question is whether …` stays.)
 */
function stanceNounSubject(masked: string, x: IndirectSpan): boolean {
  if (x.start < x.cue.end || x.start - x.cue.end > 2) return false;
  const content = masked.slice(x.start, x.start + 40);
  const question = QUESTION_CUE.test(x.cue.text);
  if (!question && !STANCE_NOUN_CUE.test(x.cue.text)) return false;
  if (question && QUESTION_COMPLEMENT.test(content)) return false;
  if (question && QUESTION_ADJUNCT.test(content)) return true;
  const w = /^\p{Ll}+/u.exec(content);
  return w !== null && (isVerbLike(w[0]) || verbTense(w[0]) !== null || /^(?:has|have|had|do|does)$/u.test(w[0]));
}

/** A content that is only a time (`as the Gazette reported a few days later`, `as she has noted before`). */
const TIME_ONLY = new RegExp(String.raw`^(?:(?:(?:a|an|two|three|four|several|a\s+few|some|many)\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:later|earlier|ago|before)|(?:last|this|next)\s+(?:week|month|year|night|weekend|morning|${alternation(WEEKDAYS)})|before|earlier|later|then|again|yesterday|today|tonight|recently|previously|once|twice|repeatedly|afterwards?|(?:on\s+)?(?:${alternation(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?)$`, 'u');

/** A content with nothing said in it: only a time after its cue, or one function word. */
function emptyContent(masked: string, x: IndirectSpan): boolean {
  const content = masked.slice(x.start, x.end).trim();
  return FUNCTION_WORD.test(content) || (x.start >= x.cue.end && TIME_ONLY.test(content));
}

/** A question's label in an interview transcript (`Q: Do you think …?`, `QIf she runs, will you …?`, `HOST: Do you …?`). */
const Q_LABEL = /^\s*(?:Q(?:\s*[:.]|\s|(?=\p{Lu}))|\p{Lu}[\p{Lu} .'’-]{1,30}:)/u;

/**
 * A question to the reader (`Do you support Okafor? Like the page`, `If you want to understand the
 * vote, …?`) holds no one's position; an interviewer's question (`Q: Do you think …?`) does.
 */
function readerQuestion(masked: string, x: IndirectSpan, paragraphs: readonly { start: number; end: number }[]): boolean {
  if (x.mention === null || !/^you$/iu.test(x.mention.text)) return false;
  const para = paragraphs[x.paragraph];
  if (para && Q_LABEL.test(masked.slice(para.start, para.start + 40))) return false;
  return /^[^.!?]{0,200}\?/u.test(masked.slice(x.end, x.end + 201));
}

/** How far back an embedded tweet's opening tag is looked for. */
const TWEET_WINDOW = 600;

/**
 * A content inside a scraped tweet (`<tweet author="…">Okafor wants a $4 trillion tax cut …<tweet/>`)
 * is the tweet's own text, with its markup: the tweet is the quotation, not a report in it.
 */
function insideTweet(masked: string, x: IndirectSpan): boolean {
  const before = masked.slice(Math.max(0, x.start - TWEET_WINDOW), x.start);
  const open = before.lastIndexOf('<tweet ');
  return open >= 0 && open > Math.max(before.lastIndexOf('<tweet/>'), before.lastIndexOf('</tweet>'));
}

const FIND_CUE = /^(?:find|finds|found|finding)$/iu;

const A_WAY = /^(?:(?:a|the|its|his|her|their|other|new|no|some|any)\s+)?(?:\p{Ll}+\s+)?ways?\b/u;

/** `find a way` is managing, not finding: `Okafor found ways to press her agenda`, `refugees find their way to the city`. */
function foundAWay(masked: string, x: IndirectSpan): boolean {
  return x.start >= x.cue.end && FIND_CUE.test(x.cue.text) && A_WAY.test(masked.slice(x.start, x.end));
}

const TELLING_BEFORE = /(?:^|[^\p{L}'’-])(?:(?:most|more|very|particularly|especially|quite|equally)\s+telling|[Aa]ll\s+told)\s*$/u;

const TELLING_NOUN = /^\s+(?:signs?|insights?|details?|moments?|examples?|indicators?|statistics?|admissions?)\b/u;

/** `telling` as an adjective (`most telling, though, was …`, `a telling insight into …`) and `all told` tell nothing. */
function tellingAdjective(masked: string, x: IndirectSpan): boolean {
  if (!/^(?:telling|told)$/iu.test(x.cue.text)) return false;
  return TELLING_BEFORE.test(masked.slice(Math.max(0, x.cue.end - 40), x.cue.end)) || (/^telling$/iu.test(x.cue.text) && TELLING_NOUN.test(masked.slice(x.cue.end, x.cue.end + 20)));
}

/** Prepositions that open an adverbial of time, place, channel or company (`in April`, `at the rally`, `with reporters`). */
const ADVERBIAL = /^(?:in|on|at(?!\s+(?:least|most)\b)|during|via|from|with|after|before|over|across|among)\s/iu;

/** Cues whose preposition opens their object (`agreed with the plan`, `believes in it`, `hinted at a run`, `pushed back on`). */
const PREPOSITIONAL_CUE = /^(?:agree|believ|hint|push|side|praise|heap|insist|focus|rail|weigh|comment|elaborat|reflect)/iu;

/** The most words of such an adverbial. */
const MAX_ADVERBIAL_WORDS = 6;

/** Forms of `say` as a cue. */
const SAY_CUE = /^(?:say|says|said|saying)$/iu;

/** What follows `say` without being said: an addressee, a topic, a manner (`to reporters`, `about the vote`, `by a wide margin`). */
const SAY_ADVERBIAL = /^(?:to|about|into|by|through|toward|towards)\s/iu;

/**
 * A content after its cue that is only a short prepositional phrase tells when, where or how it
 * was said, not what: `Okafor wrote in April`, `Ruiz said at the time`, `as Okafor noted in The
 * Gazette`, `questions from the crowd` (what was said is elsewhere, often in a quotation before).
 * After `say`, also a phrase with `to`, `about` or `by`: whom it was said to, what about or how
 * (about 1 in 12 right on the training set): `"We will win," Okafor said to the crowd`, `what
 * Ruiz said about the audit`, `riders say by a wide margin`.
 */
function adverbialOnly(masked: string, x: IndirectSpan): boolean {
  if (x.start < x.cue.end) return false;
  const content = masked.slice(x.start, x.end);
  if (content.split(/\s+/).length > MAX_ADVERBIAL_WORDS) return false;
  return (ADVERBIAL.test(content) && !PREPOSITIONAL_CUE.test(x.cue.text)) || (SAY_CUE.test(x.cue.text) && SAY_ADVERBIAL.test(content));
}

/** `show`, `shows`, `showing` as a cue. */
const SHOW_CUE = /^(?:show|shows|showing)$/iu;

/** A word before `show`/`showing` that makes it the noun: a determiner, a broadcast, a performance. */
const SHOW_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}'’-])(?:the|a|an|his|her|their|its|our|this|\p{L}+['’]s|${alternation(SHOW_MODIFIERS)})\s{1,3}$`, 'iu');

/**
 * `show` after a determiner, a possessive, a kind of broadcast or an adjective of performance is
 * the noun, not a cue: `a talk show host`, `Okafor's radio show`, `a strong showing in Leeds`
 * (`polls show …`, `results that show …` stay).
 */
function showNoun(masked: string, x: IndirectSpan): boolean {
  return SHOW_CUE.test(x.cue.text) && SHOW_NOUN_BEFORE.test(masked.slice(Math.max(0, x.cue.start - 24), x.cue.start));
}

/** Forms of `write` as a cue. */
const WRITE_CUE = /^(?:wrote|writes|writing|write|written)$/iu;

/** What was written rather than said: a work (`a letter to …`, `his dissertation on …`) or an addressee alone (`to investors`). */
const WRITTEN_WORK = new RegExp(String.raw`^(?:(?:a|an|the|his|her|their|its|our|my)\s+(?:[^\s]+\s+){0,4}?(?:${alternation(WRITTEN_WORKS)})\b|to\s+\S+(?:\s+\S+){0,2}$)`, 'iu');

/**
 * `write` with a written work or only an addressee reports the writing, not a statement:
 * `Okafor wrote a letter to the council`, `Ruiz wrote the introduction`, `Okafor wrote to riders`.
 */
function writtenWork(masked: string, x: IndirectSpan): boolean {
  return x.start >= x.cue.end && WRITE_CUE.test(x.cue.text) && WRITTEN_WORK.test(masked.slice(x.start, x.end));
}

/** A noun of support and the voters it comes from: `support from union members`, `backing among women`. */
const SUPPORT_NOUN = /^(?:support|backing|praise|showing)$/iu;

const SUPPORTERS = /^(?:from|among|across|in)\s/iu;

/** Whether a content is the people a noun of support comes from (its source), not what they support. */
function supportSource(masked: string, x: IndirectSpan): boolean {
  return x.start >= x.cue.end && SUPPORT_NOUN.test(x.cue.text) && SUPPORTERS.test(masked.slice(x.start, x.end));
}

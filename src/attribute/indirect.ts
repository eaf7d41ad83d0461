/**
 * Reported speech without quote marks ("indirect" quotations):
 *   `Ryabkov said on Monday that Moscow had received no response`   (speaker, cue, content)
 *   `Moscow says it is entitled to move its military freely`
 *   `According to the ministry, the deficit will fall`              (content after the comma)
 *   `The deficit will fall, the ministry said.`                     (content before the speaker)
 *   `The hashtag, he said, was even more popular.`                  (content around the attribution)
 * The content is the reported clause, without the cue and the speaker; it ends at the sentence's
 * end or where a second attribution starts (`said that … and said that …` gives two contents).
 * Reporting verbs proper and a few verbs of claiming are used (not `called` or `described`,
 * which name rather than report); `the said property` and `said to be` are no speech.
 * Verbs of stance, intention and perception report a source's position too (PolNeAR-style
 * attribution): `Cruz endorsed Trump`, `the senator declined to comment`, `most voters support
 * the ban`, `Trump called for a special prosecutor`; their content is the clause after the verb,
 * to the first comma, dash, semicolon or colon.
 */
import type { SentenceSpan } from '../segment/sentences.js';
import { findCues, borrowedSubject, isProgressive, tokenIndexAt, type AttributeInput } from './attribute.js';
import { CUE_PATTERN, isInvertible, isNamingCue, isParticiple, isSpeechNoun, isStrongCue, STANCE_PATTERN } from './cues.js';
import { mentionAfter, mentionBefore, type MentionSpan } from './mentions.js';
import { isAdjective, isVerbLike, verbTense } from './nlp.js';
import { MASK, tokenize, type Token } from './tokens.js';
import { countBefore } from '../text/search.js';
import { compiledNow } from '../text/native-regexp.js';

/** One reported statement without quote marks (UTF-16 indices). */
export interface IndirectSpan {
  start: number;
  end: number;
  paragraph: number;
  cue: MentionSpan;
  /** The source's mention; null when the report names none (`X is expected to …`, `X reportedly …`). */
  mention: MentionSpan | null;
}

/**
 * Verbs of claiming that report speech as well as the reporting verbs proper. (Verbs of stance
 * whose object is the content — `criticized the plan`, `endorsed Trump`, `a poll shows …` — are
 * in the stance lexicon, `STANCE_PATTERN`, and end their content at the first comma.)
 */
const CLAIMING = new Set([
  'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'suggested', 'suggests', 'announced',
  'announces', 'acknowledged', 'admitted', 'admits', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised', 'contended',
  'contends', 'asserted', 'asserts', 'believes', 'believe', 'thinks', 'think', 'predicted', 'predicts',
  'promised', 'promises', 'vowed', 'vows', 'confirmed', 'denied', 'denies', 'reported', 'reports', 'estimated',
  'estimates', 'concluded', 'concedes', 'conceded', 'explained', 'explains', 'added', 'adds', 'told', 'tells', 'wrote', 'writes',
  'tweeted', 'declared', 'stated', 'states', 'recalled', 'hinted', 'signaled', 'signalled', 'indicated', 'indicates', 'alleged',
  'alleges', 'complained', 'boasted', 'charged', 'countered', 'replied', 'responded', 'suggest', 'argue', 'claim', 'asked',
]);

/**
 * Where the writer's own words take over from a reported clause: a coordinated clause (`, and
 * more than 4 in 10 said …`, `, however …`), a semicolon (`said X; 46 percent said Y`), a dash,
 * a comparison the writer adds (`, compared with 11 percent of …`), a second attribution (`, he
 * said`). (Trailing
 * phrases — `, which …`, `, despite …`, `, including …` — mostly stay in PolNeAR's contents.)
 */
const OWN_CLAUSE = /(?:, (?:and|but|while|however|although|though|whereas|as|so)\s(?!that\b))|(?:;\s)|(?:\s(?:[—–]|--)\s)|(?:, (?:compared (?:with|to)|up from|down from)\s)|(?:, (?:he|she|they|it|we|I) (?:said|added|says|adds)\b)/u;

/** Words after a cue and before the content: time, place, manner, channel. */
const AFTER_CUE = compiledNow(/^(?:\s*,)?\s*(?:(?:on|last|this|early|late|earlier|later)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend)\b\s*)+|^\s*(?:in|on|during|at|via|through|from|after|before)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:statement|interview|speech|letter|release|post|tweet|email|e-mail|op-ed|memo|conference|call|briefing|hearing|appearance|radio|television|broadcast|rally|meeting|event|debate|town hall|book|report|filing|video)(?:\s+(?:with|on|to|at|in)\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*\s*){1,4})?|^\s*(?:on|to)\s+(?:Twitter|Facebook|Instagram|CNN|Fox(?:\s+News)?|MSNBC|NBC|ABC|CBS|NPR|television|TV|radio)\b|^\s*(?:also|later|then|previously|repeatedly|publicly|privately|again|recently|earlier|separately|further|flatly|simply|once)\b/u);

/**
 * Whether a paragraph with no reporting or stance verb may still hold a report: a hedge, a poll,
 * a noun or adjective of stance, a view held in the passive, a point of view (cheap tests; most
 * paragraphs fail them all and are never split into sentences).
 */
function mayReport(body: string): boolean {
  return [HEDGE, POLL_WORD, NOUN_CLAIM_ONE, NOUN_STANCE_ONE, RECEIVED_ONE, ADJ_STANCE_ONE, SEEN_AS_ONE, PASSIVE_REPORT_ONE, DREW_CRITICISM_ONE].some((pattern) => pattern.test(body)) || mayHoldPerspective(body);
}

/** Find the indirect (unquoted) reported statements of the body sentences. */
export function findIndirect(input: AttributeInput, bodyParagraph: (index: number) => boolean, titleParagraph: (index: number) => boolean = () => false): IndirectSpan[] {
  const out: IndirectSpan[] = [];
  const stance = findStanceCues(input.masked);
  input.paragraphs.forEach((para, index) => {
    if (titleParagraph(index) && (findHeadlineClaim(input, para, index, out) || findHeadlineReport(input, para, index, out))) return;
    if (!bodyParagraph(index)) return;
    // only paragraphs with a usable reporting verb or a stance verb are split into sentences
    const body = input.masked.slice(para.start, para.end);
    if (!findCues(input, para.start, para.end).some((c) => usableCue(c.text)) && !findCues({ cues: stance }, para.start, para.end).length && !mayReport(body)) return;
    for (const s of input.sentencesOf(index)) findInParagraphSentence(input, para, s, stance, out);
  });
  const spans = onceEach(relativeHedges(input.masked, withThat(input.masked, dropNested(out, input.masked), input.paragraphs).map((x) => thatAfterAdverbial(input.masked, x)))).map((x) => endBeforeWhich(input.masked, x)).map((x) => subjectRelative(input.masked, x, input.paragraphs));
  return spans.filter((x) => !adverbialOnly(input.masked, x) && !supportSource(input.masked, x) && !showNoun(input.masked, x) && !writtenWork(input.masked, x) && !notReported(input.masked, x, input.paragraphs));
}

/** A sentence's start before a position: after `.`, `!`, `?`, `;` or `:` and a space (`[^…]{0,200}` keeps it linear). */
const SENTENCE_HEAD = /(?:^|[.!?;:]["”’]?\s+)([^.!?;:]{0,200})$/u;
/** Conjunctions and adverbs opening a sentence before its subject. */
const HEAD_OPENER = /^(?:(?:And|But|So|Even|Still|Yet|Now|Only|Also|If|When|While|Although|Though|Because|Once|even)\s+){1,2}/u;
/** Words after which a verb is no main verb: an infinitive, a relative or subordinate clause, a coordination, a participle after a determiner. */
const NOT_MAIN_BEFORE = /^(?:to|who|whom|which|that|and|or|but|if|when|while|because|as|than|not|never|the|a|an|his|her|their|its|our|been|be|being|having|newly|recently|once|who['’]s|it|he|she|they|we|I|you|there)$/u;
/** Present-tense main verbs the lexicon does not tag as such (`Voters who back the plan agree …`). */
const MAIN_PRESENT = /^(?:say|says|said|agree|know|knows|think|believe|include|includes|admits|remain|remains)$/u;
/** Stance verbs that take a clause (`who think Rubio has a chance`), or a content opening one (`explains why …`). */
const CLAUSE_TAKING = /^(?:think|thinks|thought|believe|believes|believed|hope|hopes|hoped|fear|fears|feared|expect|expects|expected|know|knows|knew|feel|feels|felt|worry|worries|worried|doubt|doubts|suspect|suspects|predict|predicts|predicted|insist|insists|insisted|agree|agrees|agreed)$/iu;
const CLAUSE_OPENING = /^(?:that|why|how|what|whether|if|when|where|who)\s/iu;

/**
 * `Voters who say the economy matters most were divided`, `Riders who back the fare rise are few`:
 * a restrictive relative clause inside the sentence's subject holds the cue, and the main clause's
 * verb follows its content, which ends before it (a clause after `say` keeps its own first verb).
 */
function subjectRelative(masked: string, x: IndirectSpan, paragraphs: readonly { start: number }[]): IndirectSpan {
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

/**
 * The same content with the same cue found by two rules (`aides are convinced that …` read as an
 * adjective of stance and as a verb, both moved onto the `that` by {@link withThat}) is reported once.
 */
function onceEach(spans: IndirectSpan[]): IndirectSpan[] {
  const seen = new Set<string>();
  return spans.filter((x) => {
    const key = `${x.start}:${x.end}:${x.cue.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
/** Before an inverted `said`: the end of the clause it attributes (a comma or a closing quote). */
const INVERSION_BEFORE = /[,\u201d"\u2019]\s{0,3}$/u;
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
const TIME_ONLY = /^(?:(?:(?:a|an|two|three|four|several|a\s+few|some|many)\s+)?(?:days?|weeks?|months?|years?|hours?|decades?)\s+(?:later|earlier|ago|before)|(?:last|this|next)\s+(?:week|month|year|night|weekend|morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|before|earlier|later|then|again|yesterday|today|tonight|recently|previously|once|twice|repeatedly|afterwards?|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)$/u;
/** A content that is one function word: a stranded `to` (`if they didn't want to`), `All I'm asking is …`. */
const FUNCTION_WORD = /^(?:to|is|was|are|were|be|been|do|did|does|and|or|but|the|a|an|of|for|with|about|as|if|than|not)$/iu;

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
const SHOW_NOUN_BEFORE = /(?<![\p{L}'’-])(?:the|a|an|his|her|their|its|our|this|\p{L}+['’]s|talk|radio|tv|television|award|awards|morning|daily|late-night|reality|cooking|strong|poor|weak|good|best|solid|impressive|disappointing|dismal|surprising)\s{1,3}$/iu;

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
const WRITTEN_WORK = /^(?:(?:a|an|the|his|her|their|its|our|my)\s+(?:[^\s]+\s+){0,4}?(?:letters?|books?|columns?|blogs?|pieces?|op-eds?|introduction|dissertation|checks?|speech|profile|dissent|commentary|songs?|novels?|memos?|essays?|articles?|story|stories|emails?|reports?|foreword|editorials?|posts?|tweets?|notes?)\b|to\s+\S+(?:\s+\S+){0,2}$)/iu;

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

/** A relative pronoun and up to two lower-case words (`which also`, `who now`) right before a cue. */
const RELATIVE_BEFORE = /(?<![\p{L}'’-])(?:which|who)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * A hedge that runs around its cue (`X is expected to …`, `X appears to …`) whose subject is a
 * relative pronoun starts at the pronoun, not at the start of the sentence: `The vote, which is
 * expected to pass easily, comes on Monday` gives `which is expected to pass easily`.
 */
function relativeHedges(masked: string, spans: IndirectSpan[]): IndirectSpan[] {
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
function withThat(masked: string, spans: IndirectSpan[], paragraphs: readonly { start: number }[]): IndirectSpan[] {
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
function thatAfterAdverbial(masked: string, x: IndirectSpan): IndirectSpan {
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
function endBeforeWhich(masked: string, x: IndirectSpan): IndirectSpan {
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

/**
 * A headline that gives a claim after its source and a colon: `Okafor: Bridge Will Reopen by
 * Spring`, `Harbour Gazette Poll: Ruiz Leads`. The label is a short name-like phrase (not a
 * column or series name such as `The Latest:` or `UPDATE:`, nor an exclamation such as
 * `Revealed:` or `Wow:`); the content is the rest of the line
 * (a sub-headline on the next line, `Okafor: Bridge will reopen;\nCrews start Monday`, is not).
 */
const HEADLINE_LABEL = /^(?!(?:The|A|An|On|In|Update|Exclusive|Breaking|Watch|Video|Live|Opinion|Editorial|Analysis|Review|Transcript|Podcast|Read|Paid Notice|Revealed|Wow|Whoa|Yikes|Boom|Bombshell|Busted|Shocking|Leaked|Just Leaked|Just In)\b)\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+[\p{L}\p{N}.'’&-]+){0,4}$/u;
/**
 * A column or series name ends in one of these words (`Breitbart News Daily:`, `Tuesday's Morning
 * Email:`, `Delegate Update:`); inside a name they are a source's (`Harbour Daily News: …`).
 */
const NOT_SOURCE_WORD = /\b(?:Latest|Update|Daily|Email|Report|Notice|Newsletter|Nerdcast|Podcast|Briefing|Roundup|Recap|Digest|Explainer|Guide|Quiz|Review|Week|Day|Morning|Night|Edition)$/u;
/** A label that is a source on its own although it ends like a series name: `Report: Ferry to close` (a report says so). */
const SOURCE_ALONE = /^Reports?$/u;
/** A label of two capitals is a source's initials, not a kicker: `AP: Ferry operator fined`. */
const INITIALS = /^\p{Lu}{2}$/u;
/** A kicker before the source, set off by a dash: `EXCLUSIVE – Okafor: Bridge Will Reopen`. */
const KICKER = /^(?:EXCLUSIVE|BREAKING|WATCH|VIDEO|UPDATE)\s*[–—-]\s+/u;

function findHeadlineClaim(input: AttributeInput, para: { start: number; end: number }, index: number, out: IndirectSpan[]): boolean {
  const { text, masked } = input;
  const line = masked.slice(para.start, Math.min(para.end, para.start + 300));
  const colon = line.indexOf(': ');
  if (colon < 2 || colon > 60) return false;
  const kicker = KICKER.exec(line.trimStart());
  const lead = para.start + line.length - line.trimStart().length + (kicker ? kicker[0].length : 0);
  const label = masked.slice(lead, para.start + colon).trim();
  // (a label in capitals is a kicker: `EXCLUSIVE:`, `FIX IS IN:`; two capitals are initials: `AP:`)
  if (!HEADLINE_LABEL.test(label) || (NOT_SOURCE_WORD.test(label) && !SOURCE_ALONE.test(label)) || (label === label.toUpperCase() && /\p{Lu}{2}/u.test(label) && !INITIALS.test(label))) return false;
  const from = para.start + colon + 1;
  const newline = masked.indexOf('\n', from);
  const to = trimEnd(masked, from, newline >= 0 && newline < para.start + line.length ? newline : para.start + line.length);
  if (to - from < 8 || /[:\n]/.test(masked.slice(from, to))) return false;
  const cue = { start: para.start + colon, end: para.start + colon + 1, text: ':' };
  const mention = { start: lead, end: lead + label.length, text: text.slice(lead, lead + label.length) };
  const before = out.length;
  pushContent(out, input, from, to, { start: para.start, end: para.end, paragraph: index }, cue, mention);
  return out.length > before;
}

/**
 * A headline in title case that reports what its source says: `Okafor Says Bridge Will Reopen by
 * Spring`, and inverted, `Bridge Will Reopen by Spring, Okafor Says`. (A lower-case verb is
 * read as prose, by `findInSentence`: a lead sentence is a title paragraph too.) The source is a
 * short phrase from the line's start (not a question word or a preposition: `How Okafor Says …`);
 * the content the rest of the line, to the first comma (`Okafor Says Bridge Is Safe, Calls …`).
 */
const HEADLINE_VERB = '(?:Just\\s+|Also\\s+|Finally\\s+)?(?:Says|Say|Tells|Told|Claims|Announces|Promises|Explains|Warns|Predicts|Vows|Admits|Insists|Argues|Slams|Blasts|Rips|Knocks|Backs|Endorses|Defends|Praises|Denounces|Condemns|Criticizes|Mocks|Rejects|Urges|Wants|Reveals|Calls\\s+(?:[Ff]or|[Oo]n|[Oo]ut)|Call\\s+(?:[Ff]or|[Oo]n)|Calls)';
/**
 * Verbs of stance among those (`Okafor Slams Board Over Fares`, `Ruiz Backs Okafor And Rejects
 * Toll`): their content is the object, without a trailing adjunct (`Over …`, `After …`, `Amid …`)
 * or a second verb (`And Rejects …`).
 */
const HEADLINE_STANCE = /^(?:Just\s+|Also\s+|Finally\s+)?(?:Slams|Blasts|Rips|Knocks|Backs|Endorses|Defends|Praises|Denounces|Condemns|Criticizes|Mocks|Rejects|Urges|Wants|Reveals|Calls\s+(?:[Ff]or|[Oo]n|[Oo]ut)|Call\s+(?:[Ff]or|[Oo]n))$/u;
const HEADLINE_ADJUNCT = /\s(?:[Aa]fter|[Aa]mid|[Oo]ver|[Ww]ith|[Dd]espite|[Ff]ollowing|[Dd]uring|[Bb]efore|[Ii]nstead|[Aa]head|[Aa]s|[Aa]t|[Ii]n|And\s+\p{Lu}\p{Ll}+s)\s/u;
/** A headline's source: up to six words from the line start, the first one capitalised. */
const HEADLINE_SOURCE = "(?!(?:How|Why|What|When|Where|Who|Which|After|Before|If|As|Watch|Video|Read|Here|This|That|Is|Does|Did|Will|Can)\\s)\\p{Lu}[\\p{L}\\p{N}’'.&-]*(?:\\s+[\\p{L}\\p{N}’'.&#-]+){0,5}?";
const HEADLINE_REPORT = compiledNow(new RegExp(`^(${HEADLINE_SOURCE})(\\s+)(${HEADLINE_VERB})\\s`, 'u'));
const HEADLINE_REPORT_AFTER = compiledNow(new RegExp(`,(\\s+)(${HEADLINE_SOURCE})(\\s+)(${HEADLINE_VERB})(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}$`, 'u'));
/** A second headline verb right after the first content's comma. */
const HEADLINE_SECOND = new RegExp(`^,\\s+(${HEADLINE_VERB})\\s`, 'u');
/** Whether a line holds one of the verbs at all (a cheap test before the patterns above). */
const HEADLINE_VERB_ANY = /\s(?:Says|Say|Tells|Told|Claims|Announces|Promises|Explains|Warns|Predicts|Vows|Admits|Insists|Argues|Slams|Blasts|Rips|Knocks|Backs|Endorses|Defends|Praises|Denounces|Condemns|Criticizes|Mocks|Rejects|Urges|Wants|Reveals|Calls|Call)(?:\s|$)/;
/** The longest headline read as one, in UTF-16 units (here and by extract.ts for a body paragraph in a headline's place). */
export const MAX_HEADLINE = 200;

function findHeadlineReport(input: AttributeInput, para: { start: number; end: number }, index: number, out: IndirectSpan[]): boolean {
  const { text, masked } = input;
  const raw = masked.slice(para.start, para.end);
  const lead = para.start + raw.length - raw.trimStart().length;
  const to = trimEnd(masked, lead, para.end);
  const line = masked.slice(lead, to);
  // (a cheap test first: the full patterns are costly to compile, and most texts never need them)
  if (line.length === 0 || line.length > MAX_HEADLINE || line.includes('\n') || !HEADLINE_VERB_ANY.test(line)) return false;
  const span = (from: number, length: number): MentionSpan => ({ start: from, end: from + length, text: text.slice(from, from + length) });
  const sentence = { start: para.start, end: para.end, paragraph: index };
  const before = out.length;
  const forward = HEADLINE_REPORT.exec(line);
  const inverted = forward ? null : HEADLINE_REPORT_AFTER.exec(line);
  if (forward) {
    const [all, source, gap, verb] = forward as unknown as [string, string, string, string];
    const from = lead + all.length;
    const comma = masked.indexOf(', ', from);
    let stop = comma >= 0 && comma < to ? comma : to;
    if (HEADLINE_STANCE.test(verb)) {
      const adjunct = HEADLINE_ADJUNCT.exec(masked.slice(from, stop));
      if (adjunct) stop = from + adjunct.index;
    }
    pushContent(out, input, from, stop, sentence, span(lead + source.length + gap.length, verb.length), span(lead, source.length));
    // a second verb after the comma, with the same source (`Okafor Says Pier Is Safe, Calls Toll Unfair`)
    const second = comma >= 0 && comma < to ? HEADLINE_SECOND.exec(masked.slice(comma, to)) : null;
    if (second) {
      const at = comma + second[0].length;
      const next = masked.indexOf(', ', at);
      pushContent(out, input, at, next >= 0 && next < to ? next : to, sentence, span(at - (second[1] as string).length - 1, (second[1] as string).length), span(lead, source.length));
    }
  } else if (inverted) {
    const [, gap1, source, gap2, verb] = inverted as unknown as [string, string, string, string, string];
    const srcAt = lead + inverted.index + 1 + gap1.length;
    pushContent(out, input, lead, lead + inverted.index, sentence, span(srcAt + source.length + gap2.length, verb.length), span(srcAt, source.length));
  }
  return out.length > before;
}

/**
 * Cues that report speech proper: an attribution of theirs inside another content is a second
 * statement (`… which she said was not enough`, `… that polls say is wrong`). Other reporting
 * verbs there are mostly part of what the outer content reports (`Voters liked Okafor telling
 * Ruiz to sit down`, `Okafor said she had told Ruiz that …`).
 */
const REPORTING = /^(?:(?:has|have|had|also)\s+)?(?:said|says|say|reported)$|^according to$/i;

/**
 * Cues that cite a source of evidence (`according to`, a poll's `In`, `found`): a statement
 * inside their content is the evidence they report. (`shows` as well lost right statements on
 * train and dev: `…, records show, and experts say it is worth less`.)
 */
const EVIDENCE_CUE = /^(?:according\s+to|in|found|finds?|finding)$/i;

/**
 * Whether the content of another span (one of those `among` accepts) contains a span's cue, in
 * O(n log n): spans by start, with the largest and second-largest end among the spans that start
 * at or before each one (a document can hold tens of thousands of spans; comparing every pair was
 * quadratic).
 */
function cueContainer(spans: readonly IndirectSpan[], among: (x: IndirectSpan) => boolean): { contains: (x: IndirectSpan, i: number) => boolean; widest: (at: number) => IndirectSpan | undefined } {
  const order = spans.map((_, i) => i).filter((i) => among(spans[i] as IndirectSpan)).sort((a, b) => (spans[a] as IndirectSpan).start - (spans[b] as IndirectSpan).start);
  const starts = order.map((i) => (spans[i] as IndirectSpan).start);
  const max1: number[] = [];
  const arg1: number[] = [];
  const max2: number[] = [];
  order.forEach((i, k) => {
    const end = (spans[i] as IndirectSpan).end;
    const [m1, a1, m2] = k > 0 ? [max1[k - 1] as number, arg1[k - 1] as number, max2[k - 1] as number] : [-1, -1, -1];
    if (end > m1) { max1.push(end); arg1.push(i); max2.push(m1); } else { max1.push(m1); arg1.push(a1); max2.push(Math.max(m2, end)); }
  });
  return {
    contains: (x, i) => {
      const k = countBefore(starts, (st) => st <= x.cue.start) - 1;
      if (k < 0) return false;
      return (arg1[k] === i ? (max2[k] as number) : (max1[k] as number)) >= x.cue.end;
    },
    // the span that reaches furthest among those starting at or before `at`
    widest: (at) => {
      const k = countBefore(starts, (st) => st <= at) - 1;
      return k < 0 ? undefined : spans[arg1[k] as number];
    },
  };
}

/**
 * Of two statements that each hold the other's cue, the one whose content starts later is part of
 * the other: `Okafor said the pier is safe, the Ledger reported` is the Ledger's report (content
 * `Okafor said the pier is safe`), not also Okafor's statement `the pier is safe, the Ledger
 * reported`. Only spans in `nested` (a cue inside another content) can cross; each looks at the
 * first few such cues inside its content (on train 6 such pairs, none of the later ones annotated).
 */
function crossedLater(spans: IndirectSpan[], nested: ReadonlySet<IndirectSpan>): IndirectSpan[] {
  const byCue = spans.filter((x) => nested.has(x)).sort((a, b) => a.cue.start - b.cue.start);
  if (byCue.length < 2) return spans;
  const cueStarts = byCue.map((x) => x.cue.start);
  const later = new Set<IndirectSpan>();
  for (const x of byCue) {
    for (let k = countBefore(cueStarts, (c) => c < x.start), n = 0; k < byCue.length && n < 4; k++, n++) {
      const y = byCue[k] as IndirectSpan;
      if (y.cue.start >= x.end) break;
      if (y !== x && y.cue.end <= x.end && y.start <= x.cue.start && y.end >= x.cue.end && y.start < x.start) later.add(x);
    }
  }
  return later.size ? spans.filter((x) => !later.has(x)) : spans;
}

/** A comma, a relative pronoun and up to four words before a reporting cue (`…, which he said`). */
const ASIDE_BEFORE_CUE = /,\s(?:which|who|whom|that)\s+(?:[^\s,]+\s+){0,4}$/u;

/**
 * A statement reported in a relative clause set off by a comma ends the content it interrupts:
 * `Okafor urged the judge to grant a fine, which she said was fair` — the urging's content is
 * `the judge to grant a fine`, the clause her own statement (when the clause ends the content).
 * Only reporting cues proper are looked at; the content cut is the one reaching furthest from
 * before the comma (`widest`).
 */
function endBeforeAside(masked: string, inside: readonly IndirectSpan[], widest: (at: number) => IndirectSpan | undefined): void {
  for (const x of inside) {
    if (!REPORTING.test(x.cue.text.replace(/\s+/g, ' '))) continue;
    const lead = Math.max(0, x.cue.start - 80);
    const m = ASIDE_BEFORE_CUE.exec(masked.slice(lead, x.cue.start));
    if (!m) continue;
    const comma = lead + m.index;
    const outer = widest(comma - 1);
    // (not when the content goes on after another comma: `the fare rise, which Okafor said was
    // needed, would start in May`)
    if (outer && outer !== x && outer.start < comma && outer.end >= x.cue.end && !masked.slice(x.cue.end, outer.end).includes(',')) outer.end = comma;
  }
}

/**
 * A verb of stance, belief or intention, a hedge or a poll inside the content of another
 * attribution is part of that content (`Most voters said they support the ban`: one attribution,
 * by `said`); PolNeAR annotates the outer one. Reporting verbs proper there report a second
 * statement (`… which she said was not enough`) and stay, except inside the content of a cue
 * of evidence ({@link EVIDENCE_CUE}): `Most voters said they back the toll, according to a poll`,
 * `In the poll, 60 percent said they back the toll` are one attribution each, the source's,
 * whose content holds the voters' statement (on train 26 such inner statements, none annotated).
 */
function dropNested(spans: readonly IndirectSpan[], masked: string): IndirectSpan[] {
  // (a noun's complement contains no other content: see NOUN_SPANS)
  const containers = cueContainer(spans, (x) => !NOUN_SPANS.has(x));
  const inEvidence = cueContainer(spans, (x) => EVIDENCE_CUE.test(x.cue.text)).contains;
  const nested = spans.map((x, i) => containers.contains(x, i));
  const inside = crossedLater(spans.filter((x, i) => (REPORTING.test(x.cue.text.replace(/\s+/g, ' ')) && !inEvidence(x, i)) || !nested[i]), new Set(spans.filter((_, i) => nested[i])));
  endBeforeAside(masked, inside, containers.widest);
  // a noun read as a stance verb as well (`calls for`, `questions`): the noun's content after a
  // possessive (`Okafor's calls for a recount were ignored`), the verb's otherwise
  const possessed = new Set(inside.filter((x) => NOUN_SPANS.has(x) && x.mention !== null).map((x) => x.cue.start));
  const verbCues = new Set(inside.filter((x) => !NOUN_SPANS.has(x)).map((x) => x.cue.start));
  const kept = inside.filter((x) => (NOUN_SPANS.has(x) ? x.mention !== null || !verbCues.has(x.cue.start) : !possessed.has(x.cue.start)));
  // the same content found twice (a noun cue read as a stance verb as well): the first one with a
  // source, or the first one when none has a source
  const chosen = new Map<string, number>();
  kept.forEach((x, i) => {
    const key = `${x.start}:${x.end}`;
    const c = chosen.get(key);
    if (c === undefined || ((kept[c] as IndirectSpan).mention === null && x.mention !== null)) chosen.set(key, i);
  });
  return kept.filter((x, i) => chosen.get(`${x.start}:${x.end}`) === i);
}

/** Every stance cue of the masked text, in order (one pass). */
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

function findStanceCues(masked: string): MentionSpan[] {
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

function findInParagraphSentence(input: AttributeInput, para: { start: number; end: number }, s: SentenceSpan, stance: readonly MentionSpan[], out: IndirectSpan[]): void {
  const start = Math.max(s.start, para.start);
  const end = Math.min(s.end, para.end);
  if (end - start >= 12) findInSentence(input, start, end, s, stance, out);
}

function usableCue(cue: string): boolean {
  const c = cue.toLowerCase().replace(/\s+/g, ' ');
  if (CLAIMING.has(c)) return true;
  if (isNamingCue(cue) || isSpeechNoun(cue)) return false;
  return (isStrongCue(cue) && !/^(?:asks|asking|read|reads|continued|continues|began|went on|goes on|put it|puts it|as follows|declared|call|calls|called|chanted|chants|shouted|yelled|whispered|thundered|exclaimed|joked|quipped|mused|spoke of|said of)$/.test(c)) || CLAIMING.has(c) || c === 'according to';
}

function findInSentence(input: AttributeInput, start: number, end: number, s: SentenceSpan, stance: readonly MentionSpan[], out: IndirectSpan[]): void {
  const { masked, text } = input;
  const cues = findCues(input, start, end).filter((c) => usableCue(c.text));
  let own = findCues({ cues: stance }, start, end).filter((x) => !cues.some((c) => c.start < x.end && x.start < c.end));
  // `CONTENT, records show.` · `…, F.A.A. records show, CONTENT`: a verb of evidence that ends its
  // clause attributes like `said`
  const trailing = own.filter((x) => TRAILING_EVIDENCE.test(x.text) && CLAUSE_ENDS.test(masked.slice(x.end, x.end + 3)));
  if (trailing.length > 0) {
    own = own.filter((x) => !trailing.includes(x));
    cues.push(...trailing);
    cues.sort((a, b) => a.start - b.start);
  }
  const hedges = findHedges(masked, start, end);
  findPollContent(input, start, end, s, out);
  findAskedContent(input, start, end, s, out);
  findAsReported(input, start, end, s, out);
  findNounClaim(input, start, end, s, out);
  findNounStance(input, start, end, s, out);
  findReceivedStance(input, start, end, s, out);
  findAdjectiveStance(input, start, end, s, out);
  findSeenAs(input, start, end, s, out);
  findPassiveReport(input, start, end, s, out);
  findDrewCriticism(input, start, end, s, out);
  findPerspective(input, start, end, s, out);
  if (cues.length === 0 && own.length === 0 && hedges.length === 0) return;
  const tokens = tokenize(masked, start, end);
  for (const h of hedges) findHedgedContent(input, tokens, h, start, end, s, out);
  if (own.length > 0) {
    const all = [...cues, ...own].sort((a, b) => a.start - b.start);
    const mine = new Set(own);
    for (let c = 0; c < all.length; c++) if (mine.has(all[c] as MentionSpan)) findStanceContent(input, tokens, all, c, start, end, s, out);
  }
  let contentEndLimit = trimEnd(masked, start, end);
  const found: IndirectSpan[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c] as MentionSpan;
    const ci = tokenIndexAt(tokens, cue.start);
    if (ci < 0) continue;
    const words = cue.text.split(/\s+/).length;
    const lastCueTok = ci + words - 1;
    if (/^according/i.test(cue.text)) {
      // ("according to officials familiar with the system": the phrase up to the next comma)
      const mention = mentionAfter(tokens, lastCueTok, text) ?? phraseAfter(tokens, lastCueTok, text);
      if (!mention) continue;
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
        if (comma && comma.text === ',') pushContent(found, input, comma.end, contentEndLimit, s, cue, mention);
      } else if (prev && (ci > firstWordIndex(tokens) + 2 || prev.text === ',')) {
        // A, according to X, B: the content runs around the attribution (`At the heart of it,
        // according to Ross, a former envoy, was a decision …`)
        let resume = prev.text === ',' ? resumeAfterSource(masked, cue.end, contentEndLimit) : -1;
        // (`Since last November, according to the group, troops have …`: a short lead-in with no
        // verb is no content of its own; the clause after the source is)
        if (resume < 0 && prev.text === ',' && isLeadIn(masked.slice(from, prev.start))) resume = clauseAfterSource(masked, cue.end, contentEndLimit);
        if (resume >= 0) pushContent(found, input, from, contentEndLimit, s, cue, mention, [prev.start, resume]);
        // CONTENT, according to X.  ·  CONTENT according to X.
        else pushContent(found, input, from, prev.text === ',' ? prev.start : cue.start, s, cue, mention);
      }
      continue;
    }
    // "The plan was never mentioned by the board": a passive with its agent (also past an adverb);
    // what was reported is the subject, the agent the source
    if (isPassiveAdverb(tokens, ci) && masked.startsWith(' by ', cue.end) && !NOT_AGENT_REPORT.test(cue.text)) {
      findAgentStance(input, tokens, ci, start, end, s, found);
      continue;
    }
    // "The council is expected to vote", "he was asked": a passive says nothing its subject said
    if (isPassive(tokens, ci)) continue;
    // "The meeting was first reported by the Gazette": a passive past an adverb of time; what was
    // reported is its subject, the source the agent (if any)
    if (ci > 1 && PASSIVE_ADVERB.test((tokens[ci - 1] as Token).text) && /^(?:is|are|was|were|be|been|being)$/.test((tokens[ci - 2] as Token).text)) {
      if (masked.startsWith(' by ', cue.end)) findAgentStance(input, tokens, ci, start, end, s, found);
      continue;
    }
    // "adding to her lead", "added to the list": no speech
    if (/^add(?:s|ed|ing)?$/i.test(cue.text) && /^\s+to\s/u.test(masked.slice(cue.end, cue.end + 5))) continue;
    // "a lead of 300 pledged delegates": an adjective
    if (/^pledged$/i.test(cue.text) && /^\s+(?:super)?delegates?\b/u.test(masked.slice(cue.end, cue.end + 16))) continue;
    // `Lerer reported from Los Angeles`, `Mannix reported daily to Mayer`: no statement
    if (/^reported$/i.test(cue.text) && /^\s+(?:\p{Ll}+ly\s+|daily\s+)?(?:from|to)\b/u.test(masked.slice(cue.end, cue.end + 30))) continue;
    // The attribution of a direct quotation (`"…," Adelson said` · `Adelson said, "…"`) reports no
    // unquoted content.
    if (/^\s*[,:]?\s*\u2063/u.test(masked.slice(skipModifiers(masked, cue.end, end), end))) continue;
    let mention: MentionSpan | null;
    const borrowed = isParticiple(cue.text) && !isProgressive(tokens, ci);
    // `Noting that only one senator agreed, Okafor added …`: a participle opening the sentence
    // reports the content up to its comma; the main clause's subject is the source
    if (borrowed && ci === firstWordIndex(tokens)) {
      const comma = tokens.findIndex((t, k) => k > ci && (t.text === ',' || t.kind === 'mask' || t.text === ';'));
      const close = tokens[comma];
      if (!close || close.text !== ',') continue;
      const next = cues.find((x) => x.start > close.end);
      const ni = next ? tokenIndexAt(tokens, next.start) : -1;
      // (the subject of the next cue, or of the main clause's first verb)
      const verb = tokens.findIndex((t, k) => k > comma + 1 && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isVerbLike(t.text));
      const subject = (ni > comma ? mentionBefore(tokens, ni, text, comma + 1) : null) ?? (verb > comma ? mentionBefore(tokens, verb, text, comma + 1) : null);
      const lead = /^\s*(?:that\b)?\s*/u.exec(masked.slice(cue.end, close.start)) as RegExpExecArray;
      pushContent(found, input, cue.end + lead[0].length, close.start, s, cue, subject);
      continue;
    }
    if (borrowed) mention = borrowedSubject(tokens, cues, c, text) ?? firstVerbSubject(tokens, ci, text);
    else mention = mentionBefore(tokens, ci, text, 0);
    // "The Russian leader blamed the West … and said Moscow had …": a coordinated verb's subject
    if (!mention && ci > 0 && /^(?:and|but)$/.test((tokens[ci - 1] as Token).text)) mention = borrowedSubject(tokens, cues, c, text);
    // "Some riders who spoke to the board said …": a subject with a relative clause (before the
    // inversion, which would read the content as the speaker)
    if (!mention && !isParticiple(cue.text)) mention = relativeSubject(tokens, ci, masked, cue.end, contentEndLimit, text);
    let inverted = false;
    if (!mention && isInvertible(cue.text)) {
      mention = mentionAfter(tokens, lastCueTok, text);
      // an inverted speaker ends the clause (`…, said Ana Ruiz.` · `…, said Ana Ruiz, a doctor`);
      // `…, said they believed …` and `…, said Trump's plan …` open the reported clause instead
      if (mention !== null && !endsInversion(tokens, mention)) mention = null;
      // (`…, said Democratic strategist Ana Ruiz.` · `…, said former state governor Ed Rendell, who …`:
      // a role between capitalised words, which the mention grammar stops at)
      if (mention === null && INVERSION_BEFORE.test(masked.slice(Math.max(start, cue.start - 4), cue.start))) mention = titledSpeaker(tokens, lastCueTok, text);
      inverted = mention !== null;
    }
    // "Sanders' team said …", "47% say …", "police said": a subject the mention grammar does not parse
    if (!mention && !isParticiple(cue.text)) mention = clauseNounBefore(tokens, ci, text);
    if (!mention) continue;
    const mi = tokens.findIndex((t) => t.start === mention.start);
    // (`"…," she said, adding that …`: a participle's content follows it, whatever precedes its subject)
    const lead = inverted || borrowed ? ci : mi;
    const beforeLead = tokens[lead - 1];
    if (beforeLead && beforeLead.kind === 'mask') continue;
    if (beforeLead && beforeLead.text === ',' && tokens[lead - 2]?.kind === 'mask') continue;
    // "Stressing that …, the Russian president said Moscow had …": the content follows the cue
    // (`CONTENT, a spokesman told the Ledger on Monday.`: after `told`, its addressee is no content)
    const told = /^(?:told|tells|tell)$/i.test(cue.text);
    const forward = masked.slice(skipModifiers(masked, told ? skipObject(tokens, lastCueTok, cue.end) : cue.end, contentEndLimit), contentEndLimit);
    // (a one-word answer follows too: `Asked if he was bullied, the candidate said no.`)
    const contentFollows = !inverted && !/^\s*,/.test(forward) && (forward.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 || ANSWER.test(forward.trimStart()) || LONE_ANSWER.test(forward));
    if (beforeLead && beforeLead.text === ',' && lead - 1 > firstWordIndex(tokens) && !contentFollows) {
      // `In his statement, Okafor said it was "a disgrace."`: a phrase with no verb before the
      // attribution of a quotation is a lead-in, not what was said
      if (!inverted && forward.includes(MASK) && !hasVerb(masked.slice(Math.max(start, beforeLead.start - 200), beforeLead.start))) continue;
      // (`In a speech last July, she said:` introduces what follows the colon)
      if (!inverted && /^\s*:/u.test(masked.slice(skipModifiers(masked, cue.end, end), end))) continue;
      // CONTENT, X said.  ·  CONTENT, X said, MORE (the content runs around the attribution).
      const tail = skipModifiers(masked, inverted ? mention.end : cue.end, contentEndLimit);
      const more = /^\s*,\s*/u.exec(masked.slice(tail, contentEndLimit));
      // (not after an inverted speaker: `…, said Ana Ruiz, a doctor at …` is her appositive)
      const after = more === null ? '' : masked.slice(tail + more[0].length, contentEndLimit);
      const goesOn = SPEAKER_GOES_ON.test(after);
      const runsOn = !inverted && more !== null && !CITES.test(after) && !goesOn && after.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 1;
      // `The industry, she said, is "doing much better"`: the sentence goes on into a quotation,
      // and the words before the attribution are only its subject
      if (!inverted && !runsOn && !goesOn && after.includes(MASK)) continue;
      // (a dash, colon or semicolon before it ends the writer's lead-in: `… the clips — proof, the
      // government argued, of her role`; not the second of two dashes, which close an aside:
      // `The officer — a veteran — was …`)
      const head = masked.slice(start, beforeLead.start);
      const lead = CONTENT_LEAD.exec(head);
      const delimited = lead === null ? '' : lead[0].trimEnd();
      const dashed = /(?:[\u2014\u2013]|--?)$/u.test(delimited);
      const paired = dashed && DASH.test(delimited.replace(/(?:[\u2014\u2013]|--?)$/u, ''));
      // (`Turnout hit a record -- the highest since 1980, the study shows.`: before a closing
      // attribution, what follows a dash elaborates the clause before it, which is part of the
      // content; not after a dateline, which has no verb: `PORTLAND, Maine - …`)
      const elaborates = dashed && !runsOn && hasVerb(delimited);
      pushContent(found, input, lead && !paired && !elaborates ? start + lead[0].length : start, runsOn ? contentEndLimit : beforeLead.start, s, cue, mention, runsOn ? [beforeLead.start, tail + (more?.[0].length ?? 0)] : null);
      continue;
    }
    if (inverted) continue;
    // X said (on Monday) (that) CONTENT.
    let from = cue.end;
    if (/^(?:told|tells|tell|telling)$/i.test(cue.text)) {
      // `told the Post and Courier of Charleston on Saturday that …`: a long addressee before `that`
      // (the word before `that` ends an addressee or a time, not a noun of its own: `told riders the
      // ferry that runs at night would stop` is a relative clause)
      const object = TOLD_THAT.exec(masked.slice(from, Math.min(contentEndLimit, from + MAX_ADDRESSEE)));
      const words = object ? object[0].trim().split(/\s+/) : [];
      const last = words[words.length - 2] ?? '';
      from = object && (/^\p{Lu}/u.test(last) || ADDRESSEE_END.test(last)) ? from + object[0].length : skipObject(tokens, lastCueTok, from);
    }
    from = skipModifiers(masked, from, contentEndLimit);
    // an aside before the content: `said, per a translator, that …` · `said — on Twitter — that …`
    const aside = ASIDE.exec(masked.slice(from, contentEndLimit));
    if (aside) from += aside[0].length;
    // a cue that ends its clause: `said, according to …`
    else if (CITES.test(masked.slice(from, contentEndLimit))) continue;
    const rest = masked.slice(from, contentEndLimit);
    // `"…," Okafor, the harbour chief, said in April.`: after a quotation, a time, place, manner or
    // addressee is all that follows the cue (the attribution of the quotation, not a report)
    if (ADJUNCT_ONLY.test(rest) && masked.slice(start, cue.start).includes(MASK)) continue;
    const that = /^\s*(?:,\s*)?(?:that\b)?\s*/u.exec(rest);
    if (that) from += that[0].length;
    // A second attribution in the same sentence ends this content: "… and said that …".
    let to = contentEndLimit;
    // (a verb of the content itself, such as "hopes" in "said that hopes … were slim", is skipped)
    for (let k = c + 1; k < cues.length && k <= c + 6; k++) {
      const next = cues[k] as MentionSpan;
      if (next.start < from) continue;
      const gap = masked.slice(Math.max(from, next.start - 80), next.start);
      const gapStart = next.start - gap.length;
      const and = /,?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:\p{L}+\s+){0,3}$/u.exec(gap);
      const participle = isParticiple(next.text) ? /,\s*$/u.exec(gap) : null; // "…, adding that …"
      if (and) to = gapStart + and.index;
      else if (participle) to = gapStart + participle.index;
      if (and || participle) break;
    }
    // The reported clause ends where the writer's own clause takes over: ", and more than 4 in 10
    // said …", ", however …", " — a controversial proposal …" (but ", and that …" goes on).
    const tail = masked.slice(from, to);
    const own = ownClause(tail);
    if (own >= 0 && tail.slice(0, own).split(/\s+/).length >= 3) to = from + own;
    // `mentioned the remarks and went back to the panel`: with a noun phrase for content (no finite
    // verb of its own), `and` + a verb in the cue's tense coordinates with the cue
    const second = secondPredicate(masked, from, to, cue.text);
    if (second >= 0 && !hasFiniteVerb(masked.slice(from, second))) to = second;
    // `said so in December`, `said yes, compared with …`: a one-word answer is the whole content
    const answer = ANSWER.exec(masked.slice(from, to));
    if (answer) to = from + answer[0].length;
    // `Okafor, who said the fares were too high, left early`: a relative clause set off by commas
    // ends at the comma before the main clause's verb
    if (mention.refersTo && masked.slice(mention.start - 3, mention.start).includes(',')) {
      const close = RELATIVE_CLOSE.exec(masked.slice(from, to));
      if (close && (isVerbLike(close[1] as string) || /^(?:\p{Ll}+ed|left|lost|rose|has|have)$/u.test(close[1] as string))) to = from + close.index;
    }
    // A cue in a subordinate clause before the main clause: its content ends with that clause
    // (`While Okafor said the bridge was safe, engineers disagreed`).
    if (!borrowed && opensSubordinate(masked.slice(start, cue.start))) {
      const comma = clauseComma(masked, from, to);
      if (comma > from) to = comma;
    }
    pushContent(found, input, from, to, s, cue, mention);
    if (to < contentEndLimit) contentEndLimit = trimEnd(masked, start, end);
  }
  for (const f of found) out.push(f);
}

/** A comma that is no thousands separator (`2,400`). */
const CLAUSE_COMMA = /(?<!\d),|,(?!\d{3}(?!\d))/u; // (the comma alternatives of PHRASE_STOP)

/** The first comma between `from` and `to` that is no thousands separator, or -1. */
function clauseComma(masked: string, from: number, to: number): number {
  const m = CLAUSE_COMMA.exec(masked.slice(from, to));
  return m ? from + m.index : -1;
}

/** What may stand before a sentence-opening `according to`: nothing, or a connective (`But,`, `In addition,`). */
const OPENS_ACCORDING = /^\s*(?:(?:and|but|yet|so|or|now|still|however|meanwhile|instead|also|thus|indeed|moreover|furthermore|in addition|in fact|in turn|after all|by contrast|in contrast|at the same time|even so|then|today|yesterday)\s*,?\s*)?$/iu;
/** A lead that ends in a word awaiting a clause: `He left after, according to him, …`. */
const CLAUSE_AWAITED = /\s(?:after|because|since|while|although|though|when|that|if|whether)\s*,?\s*$/iu;

/**
 * The subject of the sentence's first finite verb before `ci`: the source of a participle after
 * the main clause (`Even the mayor tried to help, noting that …`).
 */
function firstVerbSubject(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const verb = tokens.findIndex((t, k) => k > 0 && k < ci && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && isVerbLike(t.text));
  const subject = verb > 0 ? mentionBefore(tokens, verb, text, 0) : null;
  // (it must open the sentence, or follow an opening phrase's comma)
  const k = subject ? tokens.findIndex((t) => t.start === subject.start) : -1;
  return subject && (k === firstWordIndex(tokens) || tokens[k - 1]?.text === ',') ? subject : null;
}

/** A comma and the word after it: where a relative clause may close. */
const RELATIVE_CLOSE = /,\s+(\p{Ll}+)\b/u;

/** Verbs of evidence that can close an attribution (`…, records show.`). */
const TRAILING_EVIDENCE = /^(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|finds|estimates|estimated)$/iu;
/** Right after a cue: its clause ends (a comma or the sentence's end). */
const CLAUSE_ENDS = /^(?:\s*[,.;!?]|\s*$)/u;

/** A one-word answer that ends its sentence: `said no.` */
const LONE_ANSWER = /^\s*(?:so|yes|no)\s*[.!?]?\s*$/iu;

/** `, and`/`, but` with a verb and no subject of its own (`, but hasn't decided`): the reported clause's second predicate. */
const SECOND_PREDICATE = /^, (?:and|but) (?:(?:then|also|still|later|never|not|only|even|now|quickly|eventually|ultimately)\s)?(\p{Ll}+(?:n[’']t)?)(?![\p{L}’'])/u;

/** An aside between two dashes that the clause goes on after. */
const PAIRED_DASH = /^\s(?:[\u2014\u2013]|--?)\s[^\u2014\u2013;:\u2063]{1,80}?\s(?:[\u2014\u2013]|--?)\s(?=\p{Ll})/u;

/**
 * A concession with no subject or verb of its own, set off by commas (`, though not likely,`,
 * `, while troublesome,`, `, if any,`): an aside inside the clause.
 */
const ELLIPTIC = /^,\s(?:although|though|while|if)\s(?!(?:the|a|an|he|she|they|it|we|I|you|there|this|that|these|those|some|many|most|few|several|all|both|each|other|his|her|their|its|our|my)\s)(\p{Ll}[^,;:()\u2063\u2014\u2013]{0,29}),\s(?!(?:and|but|or|so)\s)/u;

/** The length of an elliptical concession (ELLIPTIC) at the start of `text`, or 0. */
function ellipticAside(text: string): number {
  const m = ELLIPTIC.exec(text);
  if (!m) return 0;
  const words = (m[1] as string).split(/\s+/u);
  // (no verb, and no plural noun for a subject: `, while liberal groups …, reported …`)
  if (words.length > 4 || /s$/u.test(words[words.length - 1] as string) || words.some((w) => FINITE_AUX.test(w) || /\d/u.test(w) || isVerbLike(w))) return 0;
  return m[0].length;
}

/** The first half of a correlative `not only … but (also) …`, with no comma since. */
const NOT_ONLY = /\bnot\s(?:only|just|merely|simply)\s[^,;:\u2063]*$/u;
/** The `, but (also)` of a correlative. */
const BUT_ALSO = /^,\s+but\s(?:also\s)?/u;

/**
 * The length of an aside at the comma `here` of `text` that does not end a clause or phrase, or 0:
 * an elliptical concession (`, though not likely,`) or the `, but (also)` after `not only …`
 * (looked for back to `from`; nothing past `end` is read).
 */
function clauseAside(text: string, here: number, from: number, end: number): number {
  const elliptic = ellipticAside(text.slice(here, end));
  if (elliptic > 0) return elliptic;
  const correlative = BUT_ALSO.exec(text.slice(here, end));
  return correlative && NOT_ONLY.test(text.slice(Math.max(from, here - 120), here)) ? correlative[0].length : 0;
}

/** Where the writer's own clause takes over in a reported clause's tail (OWN_CLAUSE), or -1. */
function ownClause(tail: string): number {
  let at = 0;
  for (let guard = 0; guard < 8; guard++) {
    const m = OWN_CLAUSE.exec(tail.slice(at));
    if (!m) return -1;
    const here = at + m.index;
    // (a dashed aside inside the clause: `said Brock — a party donor — was planning …`)
    const paired = PAIRED_DASH.exec(tail.slice(here, here + 120));
    if (paired) {
      at = here + paired[0].length;
      continue;
    }
    // (`, though not likely, …` · `not only the fares, but also the timetable`)
    const aside = clauseAside(tail, here, 0, tail.length);
    if (aside > 0) {
      at = here + aside;
      continue;
    }
    // (`, but not women who …`: an elliptical contrast inside the clause)
    const not = /^, (?:but|and) not\s/u.exec(tail.slice(here, here + 12));
    if (not) {
      at = here + not[0].length;
      continue;
    }
    const second = SECOND_PREDICATE.exec(tail.slice(here, here + 40));
    if (!second || !predicateWord(second[1] as string)) return here;
    // (a cue of its own starts a second attribution: `, but sounded equivocal`, `, and requested …`)
    if (CUE_AT.test(tail.slice(here + second[0].length - (second[1] as string).length, here + 80))) return here;
    at = here + second[0].length;
  }
  return -1;
}

/** A verb by the lexicon, a regular past or participle (`required`, `testing`) or a negated auxiliary (`hasn't`). */
function predicateWord(w: string): boolean {
  return /n[’']t$/u.test(w) || isVerbLike(w) || /^\p{Ll}{3,}(?:ed|ing)$/u.test(w);
}

/**
 * `and`/`but` (and an adverb or auxiliary) before a verb in the cue's own tense, with no subject of
 * its own: a second predicate of the cue's clause, not of the content (`attacked her accent and
 * even questioned her roots`, `opposed the levy but later voted for it`). Forms of `be` are left out.
 */
const AND_PREDICATE = /,?\s+(?:and|but)\s+(?:(?:also|then|later|even|again|repeatedly|once|still|further|quickly|immediately|publicly|has|have|had|would|will)\s+)?(\p{Ll}+)\b/u;

/** Where a content that starts at `from` meets a second predicate of its cue's clause (AND_PREDICATE), or -1. */
function secondPredicate(masked: string, from: number, to: number, cue: string): number {
  const tense = verbTense(cue.split(/\s/)[0] as string);
  if (tense === null) return -1;
  const m = AND_PREDICATE.exec(masked.slice(from, to));
  if (!m || !/\p{L}/u.test(masked.slice(from, from + m.index))) return -1;
  if (verbTense(m[1] as string) !== tense) return -1;
  // (`said the bridge and unsettled weather could …`: an auxiliary right after it makes an `-ed` word outside the lexicon a modifier)
  const next = masked.slice(from + m.index + m[0].length, Math.min(to, from + m.index + m[0].length + 40)).split(/\s+/).slice(1, 3);
  return !isVerbLike(m[1] as string) && next.some((w) => FINITE_AUX.test(w)) ? -1 : from + m.index;
}

/** Whether a text has a finite verb (by the lexicon): a clause rather than a noun phrase. */
function hasFiniteVerb(text: string): boolean {
  return text.split(/[^\p{L}'’]+/u).some((w) => /^\p{Ll}/u.test(w) && (isVerbLike(w) || /^\p{Ll}{3,}ed$/u.test(w)));
}

/** An adjunct of time, place, manner or addressee right after a cue (`said in April`, `told reporters during a call`, `said pleasantly`). */
const ADJUNCT_ONLY = compiledNow(/^\s*(?:,\s*)?(?:(?:in|at|during|on|before|after|as|while|ahead|from|with|by|through|via|over|into|upon|since)\s|to\s+(?:the|a|an|his|her|its|their|\p{Lu})|\p{Ll}+ly\b|matter-of-factly\b)/u);

/** Whether a stretch of text holds a verb (an auxiliary, or a lower-case word the lexicon tags as a verb). */
function hasVerb(stretch: string): boolean {
  return (stretch.match(/[\p{L}’'-]+/gu) ?? []).some((w) => FINITE_AUX.test(w) || (/^\p{Ll}/u.test(w) && isVerbLike(w)));
}

/** A one-word answer, followed by a time, a place or a comma: `so`, `yes`, `no`. */
const ANSWER = /^(?:so|yes|no)(?=,|\s+(?:in|on|at|during|after|before|last|this|when|while|earlier|later|again|too|as well)\b)/iu;

/**
 * Conjunctions that open a subordinate clause (after an optional `and`/`but`): `While X said …,`,
 * `and when X said …,`. (`as` is left out: `as X said` often closes its clause.)
 */
const SUBORDINATOR = /^\s*(?:(?:and|but|yet|so)\s+)?(?:while|although|though|even though|when|whereas|because|after|since|if|once|until|before|unless)\s/iu;

/** Whether the clause that ends at a cue (from its last comma, semicolon or colon) opens with a subordinating conjunction. */
function opensSubordinate(head: string): boolean {
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':'));
  return SUBORDINATOR.test(head.slice(cut + 1));
}

/**
 * A stance verb's content: the clause after it, to the first comma, dash, semicolon or colon
 * (`Cruz defended his vote, saying …` → `his vote`), with the subject before it as the source.
 */
function findStanceContent(
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
/** Adverbs of time between `was` and a reporting verb's participle (`was first reported`). */
const PASSIVE_ADVERB = /^(?:first|previously|originally|initially)$/u;

/**
 * A side-taking participle with its agent (`a practice criticized by Miller`, `The bill, opposed by
 * House Republicans,`, `This proposal was rejected by 64 percent of voters`): the source is the
 * agent, to the first comma or clause; the content the noun phrase before the participle.
 */
function findAgentStance(input: AttributeInput, tokens: readonly Token[], ci: number, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const FINDER = /(?:poll|survey|stud(?:y|ies)|data|analys[ie]s|results|numbers|research|average|figures|count)/iu;

/** Verbs of taking sides, whose content is a noun phrase (`endorsed Trump`, `blasted Republicans for …`). */
const SIDE_TAKING = /^(?:favor|favour|accus|assail|lambast|endors|support|oppos|back|criticiz|criticis|prais|attack|defend|blast|slam|prefer|condemn|denounc|thank|blam|rebuk|mock|applaud|hail|welcom|tout|dismiss|reject)(?:e|es|ed|s|ing|med|ming|red|ring)?$/u;
/**
 * An adjunct after a side-taking verb's object: a time (`in early June`, `on Monday`, `Wednesday`, `last year`),
 * an occasion (`at a news conference`, `during a debate`, `in a recent
 * interview`), a margin (`by a smaller 40 point margin`, `51 percent to 24 percent`) or a clause
 * (`when …`, `after …`, `because …`; not `as`: `denounced the plan as reckless` keeps its complement).
 */
const OBJECT_ADJUNCT = /\s(?:(?:in|on|by)\s(?:early\s|late\s|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b|(?:last|this)\s(?:week|month|year|night|fall|spring|summer|winter)\b|earlier\s(?:this|last)\s|(?:at|during|in)\s(?:a|an|the|his|her|their|its)\s(?:recent\s|weekend\s|televised\s)?(?:news\sconference|press\sconference|rally|debate|interview|speech|statement|event|town\shall|meeting|campaign\s(?:stop|event|rally))\b|by\s(?:a|an|about|roughly|nearly|more\sthan)\s|(?:when|while|after|before|because|since|until|although|though)\s|\d+(?:\.\d+)?\s?(?:percent|%)\s)/u;

/** Where a post-nominal participle's phrase ends: a relative or adverbial clause. */
const POST_NOMINAL_END = /\s(?:that|which|who|whose|as|while|because|when)\s/u;

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

/**
 * The noun phrase right before a participle that modifies it (`a super PAC supporting Rubio`,
 * `voters backing Trump`, `Democrats opposing the bill`): the participle's source. Null when the
 * word before is no noun (`while supporting`, `is backing`, `began supporting`).
 */
function postNominalSubject(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const prev = tokens[ci - 1];
  if (!prev || prev.kind !== 'word' || AUX.test(prev.text) || OPENS.test(prev.text) || PREPOSITION.test(prev.text)) return null;
  if (/^\p{Ll}/u.test(prev.text) && isVerbLike(prev.text)) return null;
  return clauseNounBefore(tokens, ci, text);
}

/** An aside between commas followed by a verb (`, the governor there, has …`). */
const SUBJECT_ASIDE = /^,\s(?!(?:and|but|or)\s)[^,;:()\u2014\u2013\u2063]{1,80},\s(?:(?:also|not|still|now|only)\s)?(\p{Ll}+(?:n[’']t)?)\b/u;

/** The first word of an aside that may have a verb of its own (`which`, `who`, `if`, `after`). */
const ASIDE_OPENER = /^(?:who|whom|whose|which|where|when|while|if|after|before|since|because|although|though|once|unless|until|as)\s/u;

/**
 * A phrase end at a comma that opens an aside between a clause's subject and its verb
 * (`indicated Kasich, the governor there, has a small lead`): the next phrase end after the verb.
 * (Not a cue: `…, a spokesman, said …` is an attribution of its own.)
 */
function pastAside(masked: string, to: number, window: number): number {
  const aside = SUBJECT_ASIDE.exec(masked.slice(to, Math.min(window, to + 120)));
  if (!aside) return to;
  const verb = aside[1] as string;
  const at = to + aside[0].length - verb.length;
  if (!(FINITE_AUX.test(verb) || isVerbLike(verb)) || CUE_AT.test(masked.slice(at, at + 40))) return to;
  // (an aside with a verb of its own opens with a relative or a conjunction: `, which was built in
  // 1990,`; `…, the fares would fall, went unheeded` is a clause of its own)
  const body = aside[0].slice(2, aside[0].length - verb.length);
  // (a participle is no verb of its own: `, owned by a bank,`)
  if (!ASIDE_OPENER.test(body) && body.split(/\s+/).some((w) => FINITE_AUX.test(w) || (/^\p{Ll}/u.test(w) && !/ed$/.test(w) && isVerbLike(w)))) return to;
  return phraseEnd(masked, to + aside[0].length, window);
}

/** A subordinating conjunction at the start of a clause (`as`, `if`, `even though`; not `as of`, `as a`). */
const FRONTED = /^(?:as(?!\s(?:of|to|well)\b)|if|when|while|after|before|since|because|although|though|once|unless|until|even if|even though)\s/iu;

/**
 * A phrase end at the comma after a fronted subordinate clause (`expects that as the race narrowed,
 * Sanders will …`): the clause is not the whole content, which runs to the next phrase end.
 */
function pastFronted(masked: string, from: number, to: number, window: number): number {
  if (masked[to] !== ',' || !FRONTED.test(masked.slice(from, to)) || !hasFiniteVerb(masked.slice(from, to))) return to;
  return pastAside(masked, phraseEnd(masked, to + 1, window), window);
}

/** A list of examples after a comma (`, including …`; `, such as …` was even on train and lost a little on dev). */
const INCLUDING = /^,\sincluding\s/u;

/**
 * The rest of a list after its first item's comma, to the end of the sentence: `, unemployment and
 * rising inequality` · `, lawmakers, and thinkers for opposing it` (two items or more; not a word
 * that opens a clause or an aside: `, who …`, `, while …`, `, especially …`).
 */
const LIST_ITEM = '(?!(?:and|or|but|who|whom|whose|which|where|when|while|as|although|though|because|if|including|such|especially|particularly|not|he|she|they|it|we|I|you|according)\\b)[^,;:!?()\\u2014\\u2013\\u2063]{1,50}';
const LIST_TAIL = compiledNow(new RegExp(`^,\\s(?!(?:a|an|no\\smatter|\\p{Ll}+ing)\\s)${LIST_ITEM}(?:,\\s${LIST_ITEM}){0,5},?\\s(?:and|or)\\s(?!(?:then|also|later)\\b)[^,;:!?()\\u2014\\u2013\\u2063]{1,80}$`, 'u'));

/**
 * A phrase end at a comma that opens a list running to the end of the sentence (`cited low
 * growth, unemployment and rising inequality`): the list's end, when no item has a finite verb
 * (`, the mayor said and the crowd left` is a clause).
 */
function pastList(masked: string, to: number, window: number): number {
  if (masked[to] !== ',') return to;
  const tail = masked.slice(to, window);
  if (!LIST_TAIL.test(tail)) return to;
  const words = tail.split(/[^\p{L}'’]+/u);
  if (words.some((w) => FINITE_AUX.test(w) || (/^\p{Ll}/u.test(w) && isVerbLike(w)))) return to;
  // (nor an item that opens with a verb: `, cast himself as …`, `, shows how …`)
  const items = tail.slice(1).split(/,\s|\s(?:and|or)\s/u).map((x) => x.trim());
  return items.some((x) => CUE_AT.test(x) || verbTense(x.split(/\s/)[0] as string) !== null) ? to : window;
}

/** A word that opens a clause of its own after a dashed aside (`— it was …`, `— as …`). */
const NEW_CLAUSE = /^(?:it|he|she|they|we|I|you|there|as|that|when|while|because|if|who|which|where|whether|and|but|so|then)\b/u;

/**
 * Where a phrase-like content stops: a comma, semicolon, colon, parenthesis or dash (not the comma
 * of a number, `the 1,237 delegates`).
 */
const PHRASE_STOP = /(?<!\d),|,(?!\d{3}(?!\d))|[;:()\u2014\u2013]|\s-\s/u;
/** A colon and a lower-case phrase of two words or more on the same line (`: the economy and security`). */
const ELABORATION = /^:[ \t]+\p{Ll}[\p{L}’'-]*[ \t]+\S/u;
/** `that` and a prepositional phrase fronted before the clause's subject (`that in most districts`). */
const THAT_FRONTED = /^that\s(?:in|during|after|before|since|for|on|at|with|by|under|over|among|despite|unlike|from|without|within|across|through)\s[^,;:\u2063]{1,100}$/u;
/** A determiner and a lower-case word right before a comma (`the angry`, `his blunt`). */
const DETERMINED_WORD = /(?:^|\s)(?:a|an|the|his|her|their|its|our|my|your|this|that|more|most|very|so|too|\p{L}+['’]s)\s(\p{Ll}[\p{L}-]*)$/u;
/** After the comma: a lower-case word and the word after it (`, divisive rhetoric`, `, three-way fight`). */
const SECOND_ADJECTIVE = /^,\s(\p{Ll}[\p{L}-]*)\s(?!(?:to|of|in|on|at|for|with|by|from)\s)\p{Ll}/u;

/** Whether the comma at `comma` separates two adjectives before one noun (`the angry, divisive rhetoric`). */
function coordinateAdjectives(masked: string, from: number, comma: number, window: number): boolean {
  const first = DETERMINED_WORD.exec(masked.slice(from, comma));
  if (!first || !isAdjective(first[1] as string)) return false;
  const second = SECOND_ADJECTIVE.exec(masked.slice(comma, Math.min(window, comma + 40)));
  if (!second) return false;
  const w = second[1] as string;
  return isAdjective(w) || w.includes('-') || /(?:ive|ous|ful|ic|al|est)$/u.test(w);
}

/** `, or` and an alternative to the phrase before it (not an inverted question: `, or do they …`). */
const OR_ALTERNATIVE = /^,\s(?:or|or\seven)\s(?!(?:do|does|did|is|are|was|were|will|would|can|could|should|has|have|had)\s)/u;
/** A month and a day right before a comma (`Sept. 11`, `January 23`). */
const MONTH_DAY = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.?\s\d{1,2}$/u;
/** The comma and year of a date, with the comma after it (`, 2001,`). */
const YEAR = /^,\s\d{4}\b,?/u;
/** A short parenthetical inside the phrase (`Rick Snyder (R)`, `50 meters (yards)`, commas and all: `an unsafe (and, by law, uninsured) engine`). */
const PARENTHETICAL = /^\([^();:\u2063]{1,80}\)/u;

/**
 * The end of a phrase-like content that starts at `from` (a stance verb's object, a question, a
 * noun's clause): the first comma, semicolon, colon, parenthesis or dash, reading through short
 * parentheticals and dashed asides. (Reading on through lists, `low growth, unemployment and inequality`, lost more
 * than it won on the training set.)
 */
function phraseEnd(masked: string, from: number, window: number): number {
  let at = from;
  for (let guard = 0; guard < 8; guard++) {
    const stop = PHRASE_STOP.exec(masked.slice(at, window));
    if (!stop) return window;
    const here = at + stop.index;
    const paren = stop[0] === '(' ? PARENTHETICAL.exec(masked.slice(here, window)) : null;
    if (paren) {
      at = here + paren[0].length;
      continue;
    }
    // an elliptical concession between commas (`a brief, though costly, strike`, `what steps, if
    // any, it takes`), or the second half of a correlative (`not only the fares, but also the timetable`)
    const aside = stop[0] === ',' ? clauseAside(masked, here, from, window) : 0;
    if (aside > 0) {
      at = here + aside;
      continue;
    }
    // an elaboration after a colon (`talked about two issues: the economy and security`): to the end
    if (stop[0] === ':' && ELABORATION.test(masked.slice(here, window)) && !masked.slice(here, window).includes(MASK)) return window;
    // a phrase fronted in a that-clause (`that during her first year, most meetings were …`)
    const fronted = /\bthat\s$/u.test(masked.slice(Math.max(0, from - 5), from)) ? `that ${masked.slice(from, here)}` : masked.slice(from, here);
    if (stop[0] === ',' && THAT_FRONTED.test(fronted) && !hasVerb(fronted)) {
      at = here + 1;
      continue;
    }
    // coordinate adjectives (`the angry, divisive rhetoric`, `a kind, loving and admirable person`)
    if (stop[0] === ',' && coordinateAdjectives(masked, Math.max(at, here - 40), here, window)) {
      at = here + 1;
      continue;
    }
    // an alternative (`wants the attacks to stick, or to look calm`; not a question: `, or do they …`;
    // not after a lone function word, which says nothing: `any ferry they wanted to, or none`)
    const or = stop[0] === ',' && !FUNCTION_WORD.test(masked.slice(from, here).trim()) ? OR_ALTERNATIVE.exec(masked.slice(here, window)) : null;
    if (or) {
      at = here + or[0].length;
      continue;
    }
    // the year of a date (`the Sept. 11, 2001, attacks`)
    const year = stop[0] === ',' && MONTH_DAY.test(masked.slice(Math.max(at, here - 12), here)) ? YEAR.exec(masked.slice(here, window)) : null;
    if (year) {
      at = here + year[0].length;
      continue;
    }
    // a dashed aside (`a new ferry — a bigger one — to serve …`), unless a clause of its own follows
    const open = stop[0].startsWith(' ') ? here : here - 1;
    const dash = /[\u2014\u2013-]/u.test(stop[0]) ? PAIRED_DASH.exec(masked.slice(open, window)) : null;
    if (!dash || NEW_CLAUSE.test(masked.slice(open + dash[0].length, window))) return pastList(masked, here, window);
    at = open + dash[0].length;
  }
  return at;
}

/** The words between a content and a coordinated cue (`… and proposed`, `… and also said`). */
const COORDINATED = /(?<!\s)\s+(?:and|but|while)\s+(?:(?:also|then|later|once again|again|did not|didn't|didn’t|never)\s+)?$/u;

/**
 * Hedges that attribute a statement to nobody in particular: `X seemed to …`, `X appears …`,
 * `X is expected to …`, `X reportedly …`. PolNeAR annotates these as attributions without a source;
 * the content is the clause around the hedge (its subject and what follows, to the first comma).
 */
const HEDGE_WORDS = '(?:seemed|seems|seem|appeared|appears|appear|reportedly|(?:is|are|was|were)(?:\\s+(?:widely|not|also|now))?\\s+expected)';
const HEDGE = compiledNow(new RegExp(`(?<![\\p{L}'’-])${HEDGE_WORDS}(?![\\p{L}'’-])`, 'u'));
const HEDGE_ALL = new RegExp(HEDGE.source, 'gu');

/** A cue, stance verb or hedge at the start of a text (`sounded …`, `appeared to …`): a second attribution. */
const CUE_AT = new RegExp(`^(?:${STANCE_PATTERN.source}|${CUE_PATTERN.source}|${HEDGE_WORDS})`, 'u');

/** After `appeared`: a place or company (`appeared at a rally`, `appeared with Okafor`), not a hedge (`appeared in` is either). */
const APPEARED_AT = /^\s(?:at|on|with|before|alongside|together|onstage|live)\b/u;

function findHedges(masked: string, start: number, end: number): MentionSpan[] {
  const out: MentionSpan[] = [];
  const slice = masked.slice(start, end);
  HEDGE_ALL.lastIndex = 0;
  for (let m = HEDGE_ALL.exec(slice); m !== null; m = HEDGE_ALL.exec(slice)) {
    // `has appeared at her side`, `appeared on television`: a physical appearance, no hedge
    if (/^appear/u.test(m[0]) && APPEARED_AT.test(slice.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Words that open a subordinate or relative clause: a subject never starts with them. */
const RELATIVE = /^(?:who|which|that|whose|whom)$/i;

/**
 * The token where the subject of the clause ending before token `ci` starts, or -1: back to the
 * clause start (a comma, semicolon, colon or dash, or the sentence start); a relative clause
 * between commas belongs to it ("The bank, which …, is expected"); an opening conjunction does not.
 */
function clauseSubjectStart(tokens: readonly Token[], ci: number): number {
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

function findHedgedContent(input: AttributeInput, tokens: readonly Token[], cue: MentionSpan, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked } = input;
  const ci = tokenAt(tokens, cue.start);
  if (ci <= 0) return;
  const k = clauseSubjectStart(tokens, ci);
  if (k < 0) return;
  const from = (tokens[k] as Token).start;
  const limit = trimEnd(masked, start, end);
  const window = Math.min(limit, cue.end + MAX_CONTENT);
  const to = phraseEnd(masked, cue.end, window);
  if (to - cue.end < 2) return;
  pushContent(out, input, from, to, s, cue, null, [cue.start, cue.end]);
}

/**
 * A poll as the source: `In a Des Moines Register poll last month, Cruz had a 10-point lead` and
 * `Bush remains in fourth in most surveys`. The cue is `in`, the poll phrase the source, the rest
 * of the clause the content (after an opening poll phrase: the rest of the sentence, as PolNeAR
 * keeps `…, while 40 percent …` in it).
 */
const POLL_NOUN = '(?:[Pp]olls?|[Ss]urveys?|polling|average|exit polls?)';
/**
 * A poll phrase: a determiner (or a possessive, `May's`), up to six words (pollster names with
 * slashes too: `the latest Gazette/Marist poll`) and the noun; or, without a determiner, a plural
 * (`in exit polls`, `in national surveys`, `in January polls`).
 */
const POLL = `(?:(?:(?:a|an|the|most|recent|new|several|other|both|two|three|its|their|his|her|every|each|one|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\p{N}'’.&/-]+\\s+){0,6}?${POLL_NOUN})|(?:(?:[\\p{L}\\p{N}'’.&/-]+\\s+){0,3}?(?:polls|surveys)))\\b`;
/** `, conducted in May,` after the poll phrase: part of the source. */
const POLL_DETAIL = '(?:,\\s+(?:conducted|released|taken|published|fielded)\\b[^,;:]{0,40})?';
const POLL_FIRST = compiledNow(new RegExp(`^(\\s*)In\\s+(${POLL}[^,;:]{0,60}${POLL_DETAIL}),`, 'u'));
const POLL_LAST = compiledNow(new RegExp(`^,?\\s+in\\s+(${POLL}[^,;:]{0,60})$`, 'u'));

const POLL_WORD = /\b(?:[Pp]oll|[Ss]urvey|average)/u;

function findPollContent(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const ASKED_MODIFIER = /^(?:by|on|at|during|in|before|after|last|this|earlier|later|again|specifically|directly|repeatedly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)$/;
/** A word, or one punctuation mark that ends the stretch. */
const ASKED_WORD = /[^\s,;:()\u2063\u2014]+|[,;:()\u2063\u2014]/gu;
/** The longest stretch read after `asked`, in words. */
const MAX_ASKED_GAP = 8;

function findAskedContent(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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

/**
 * `As reported by the Ledger, CONTENT`: a passive attribution that opens its sentence. The verb
 * is the cue, the agent after `by` the source, the rest of the sentence the content. (The
 * active `As the Ledger reported, CONTENT` is read like any `X reported`.)
 */
const AS_REPORTED = /^(\s*)As\s+(?:(?:first|previously|initially|widely)\s+)?(reported|noted|detailed|documented|revealed|disclosed|explained|described|confirmed)\s+by\s+([^,;:\u2063]{2,80}),\s+/u;

function findAsReported(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  if (masked.charCodeAt(start) !== 0x41 && !/^\s+A/.test(masked.slice(start, start + 4))) return;
  const m = AS_REPORTED.exec(masked.slice(start, Math.min(end, start + 200)));
  if (!m) return;
  const verb = m[2] as string;
  const cueStart = start + m[0].indexOf(verb);
  const srcStart = start + m[0].lastIndexOf(m[3] as string);
  const srcEnd = srcStart + (m[3] as string).length;
  pushContent(out, input, start + m[0].length, trimEnd(masked, start, end), s, { start: cueStart, end: cueStart + verb.length, text: verb }, { start: srcStart, end: srcEnd, text: text.slice(srcStart, srcEnd) });
}

/**
 * A noun of saying or believing with its `that`-clause: `Okafor's claim that the bridge is safe`,
 * `concerns that fares will rise`, `reports that the yard will close`. The noun is the cue, a
 * possessive before it the source (`Okafor's`, `her`), the clause to the first comma the content.
 * (Nouns whose `that` is as often a relative pronoun — `statement`, `message`, `view`, `comments`
 * — are left out.)
 */
const NOUN_CLAIM = /(?<![\p{L}'’-])(?:claims?|arguments?|assertions?|suggestions?|warnings?|beliefs?|insistence|contention|allegations?|charges?|accusations?|admission|acknowledgment|declaration|predictions?|assurances?|fears?|hopes?|concerns?|idea|notion|reports?|rumou?rs?|speculation|complaints?|threats?|assumptions?|worries|demands?)\s+that\s/gu;
const NOUN_CLAIM_ONE = new RegExp(NOUN_CLAIM.source, 'u');
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

function findNounClaim(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const NOUN_STANCE = compiledNow(/(?<![\p{L}'’-])(?:(attacks?\s+(?:on|against)|support\s+to|call\s+to|promises?\s+to|push\s+(?:for|to)|views?\s+(?:of|on)|comments?\s+on|remarks\s+(?:about|on)|assessment\s+of|pledges?\s+to|support\s+for|plans?\s+to|refusal\s+to|faith\s+in|vows?\s+to|desire\s+to|proposals?\s+to|stance\s+on|demands?\s+for|decision\s+(?:not\s+)?to)|(?:criticism\s+(?:of|over|for|on)|doubts?\s+about|warnings?\s+about|embrace\s+of|critiques?\s+of|opinions?\s+of|thoughts\s+on|enthusiasm\s+for|concerns?\s+about|questions\s+about|calls?\s+for|comments\s+about|defen[cs]e\s+of|accusations?\s+of|endorsements?\s+of|rejection\s+of|positions?\s+on|praise\s+for|worries\s+(?:about|over)|swipes?\s+at|reluctance\s+to|[Oo]pposition\s+to|proposals?\s+for|pleas?\s+for|supporter\s+of|hostility\s+to(?:wards?)?|distrust\s+of|dislike\s+of|insistence\s+on|outrage\s+(?:at|over)|testimony\s+(?:about|on)|disagreements?\s+(?:with|over)|(?:jokes?|debates?|speech(?:es)?|tweets?|books?|documentar(?:y|ies))\s+about|in\s+(?:[Ff]avou?r|[Ss]upport)\s+of))\s/gu);
const NOUN_STANCE_ONE = compiledNow(new RegExp(NOUN_STANCE.source, 'u'));
/** Before `in favor of`: a verb of voting, speaking or being (`in support of` needs none). */
const IN_FAVOR_AFTER = /(?:^|\s)(?:vote|votes|voted|voting|spoke|spoken|speak|speaks|speaking|out|argued|argue|argues|arguing|testified|ruled|is|are|was|were|am|be|been|remain|remains|remained|unite|united|always|strongly|firmly|squarely|overwhelmingly)\s+$/u;
/** A verb of getting before `the endorsement(s) of` (`won`, `received`, `has`): its `of` names the endorser. */
const WON_ENDORSEMENT = /\b(?:won|wins|winning|win|received|receives|receiving|got|gets|getting|secured|secures|snagged|picked\s+up|earned|earns|has|have|had|having|with)\s+(?:the\s+)?$/u;
/**
 * The contents found by {@link findNounStance}. In {@link dropNested} they are dropped inside
 * another content like stance contents (`rejected Okafor's call for a recount` is one
 * attribution), but contain none themselves (a noun's complement is a phrase: a verb inside it
 * reports on its own), and give way to a stance verb read on the same word (`Okafor questions
 * about …` · `calls for`).
 */
const NOUN_SPANS = new WeakSet<IndirectSpan>();

function findNounStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const RECEIVED = /(?<![\p{L}'’-])(?:drew|draws|drawn|faced|faces|facing|sparked|sparks|attracted|attracts|endured|won|wins|received|receives|secured|secures|picked\s+up|snagged|earned|earns|garnered|gained|consolidated|enjoys|enjoyed|draw|has|have|had|locked\s+in)\s+(?:(?:the|an?|harsh|sharp|fresh|widespread|intense|strong|stronger|even|broad|deep|overwhelming|massive|heavy|major|mounting|growing|some|more|much|bipartisan|public|majority)\s+){0,2}(?:(criticism|endorsements?|praise|condemnation|support|backing)\s+(?:from|of)\s|(support)\s+among\s)/gu;
const RECEIVED_ONE = new RegExp(RECEIVED.source, 'u');
/** What SUPPORT_AMONG and RECEIVED need: the noun received and its preposition. */
const RECEIVED_NOUN = /(?:criticism|endorsements?|praise|condemnation|support|backing)\s+(?:from|of|among)\s/u;

/** A possessive's support among a group (`her broad support among riders`, `Okafor's deep support among unions`): the possessive is the content. */
const SUPPORT_AMONG = /(?<![\p{L}'’-])([Hh]is|[Hh]er|[Tt]heir|\p{Lu}\p{L}{0,30}['’]s?)\s+(?:[\p{L}\p{N}%-]{1,30}\s+){0,2}(support)\s+among\s/gu;

function findReceivedStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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

/**
 * An adjective of stance with its complement: `Okafor is eager to reopen the pier`, `the mayor was
 * critical of the plan`, `residents are wary of the toll`, `aides remain confident (hopeful, convinced) that the vote
 * will pass`, `voters are enamored of Okafor`, `she was adamant that the pier stay open`. The adjective (with its preposition) is the cue, the subject before it the source,
 * the complement the content (`to …` kept; `of`/`about` dropped). Only adjectives whose complement
 * is mostly a position are listed (`willing to`, `ready to`, `proud of` are left out).
 */
const ADJ_STANCE = compiledNow(/(?<![\p{L}'’-])(?:(?:eager|quick|reluctant|hesitant|keen)(?=\s+to\s)|(?:critical|skeptical|sceptical|supportive|wary|leery|dismissive|fond|mindful|unaware)\s+of(?=\s)|(?:unhappy|enamou?red|impressed|pleased|comfortable|angry|furious|thrilled|outraged|irritated|intrigued)\s+(?:with|about|by|at|of)(?=\s)|(?:vocal|outspoken|upbeat|cynical|unapologetic)\s+(?:about|in)(?=\s)|(?:hungry\s+for|sympathetic\s+to)(?=\s)|(?:concerned|nervous|optimistic|hopeful|confident)(?:\s+about)?(?=\s+(?:that\s|about\s|(?:\p{Ll}|\p{Lu})))|(?:aware|unaware|convinced|adamant|doubtful)(?=\s+that\s))/gu);
const ADJ_STANCE_ONE = compiledNow(new RegExp(ADJ_STANCE.source, 'u'));
/**
 * A view held of someone, in the passive: `Okafor is widely seen as the favorite`, `the ferry is
 * known for its delays`. The content is what is seen and what it is seen as: the subject through
 * the complement (the cue inside); no source is named. (`known as` mostly gives a name, no view:
 * `a group known as the Harbor Watch`.)
 */
const SEEN_AS = /(?<![\p{L}'’-])(?:(?:seen|regarded)\s+as|known\s+for)(?=\s)/gu;

/** A form of `be` before a passive participle. */
const PASSIVE_BE = /^(?:is|are|was|were|be|been|being|['’]s|['’]re)$/u;
const SEEN_AS_ONE = new RegExp(SEEN_AS.source, 'u');
/** A noun phrase with an ordinal right before `to` (`the first member of Congress `). */
const FIRST_TO = /(^|[^\p{L}'’-])(?:the|[Tt]he)\s+(?:first|last|only|latest|second|third|next)\s+(?:[\p{L}’'.-]+\s+){0,5}$/u;
/** Verbs of going on, starting and trying that take a cue after `to` (`continued to question`). */
const CATENATIVE = /^(?:continue|continues|continued|began|begin|begins|start|starts|started|try|tries|tried|attempt|attempts|attempted|tend|tends|tended|fail|fails|failed|struggled|struggle|struggles|decline|declines|declined|refuse|refuses|refused|appear|appears|appeared|seem|seems|seemed|used)$/u;
/** Copulas and degree words between a subject and its adjective (`has been too`, `remain deeply`). */
const ADJ_BETWEEN = /^(?:be|been|being|remain|remains|remained|seem|seems|seemed|became|become|becomes|grew|grown|too|so|very|more|most|less|all|both|(?:is|are|was|were)n[’']t|\p{Ll}+ly)$/u;
const ADJ_CLAUSE = /^(?:eager|quick|reluctant|hesitant|keen|concerned|nervous|optimistic|hopeful|confident|aware|unaware|convinced|adamant|doubtful)$/u;

function findAdjectiveStance(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const DREW_CRITICISM = compiledNow(/(?<![\p{L}'’-])(?:drew|draws|drawn|drawing|sparked|sparks|attracted|attracts)\s+(?:\p{Ll}+\s+){0,2}?criticism(?![\p{L}'’-])/gu);
const DREW_CRITICISM_ONE = compiledNow(new RegExp(DREW_CRITICISM.source, 'u'));
/** Auxiliaries and adverbs between a subject and `drew criticism` (`has quickly drawn`). */
const DREW_BETWEEN = /^(?:has|have|had|also|quickly|immediately|already|\p{Ll}+ly)$/u;

function findDrewCriticism(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
const PASSIVE_REPORT_ONE = new RegExp(PASSIVE_REPORT.source, 'u');
/** Words that open a subordinate clause: the subject of a passive report starts after them. */
const PASSIVE_STOP = /^(?:when|after|before|as|while|because|since|until|once|if|that|which|who|and|but|where|When|After|Before|As|While|Because|Since|Until|Once|If)$/u;

function findPassiveReport(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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

function findSeenAs(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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
function mayHoldPerspective(paragraph: string): boolean {
  return paragraph.includes('To ') && PERSPECTIVE_ANY.test(paragraph);
}

function findPerspective(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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

/** A complement that is a clause of its own (`questions about whether …`): its verbs are its own. */
/** Auxiliaries and copulas the lexicon does not list as finite (`have`, `has`), and their negations (`hasn't`). */
const FINITE_AUX = /^(?:(?:is|are|was|were|has|have|had|would|could|should|must|does|did)(?:n[’']t)?|will|won[’']t|can|can[’']t|cannot|may|might)$/;
const CLAUSE_OPENER = /^(?:whether|if|how|why|what|who|whom|which|when|where|that)$/i;

/**
 * Where a noun's complement gives way to the sentence's own verb: `Okafor's attacks on the council
 * have alarmed her allies` → `the council`. The first finite verb (by the lexicon) ends the
 * complement, unless the complement is a clause (`questions about how it would work`).
 */
/** A word that opens a clause inside a noun's complement (`a promise that …`, `the question whether …`). */
const EMBEDS = /^(?:that|whether)$/;

function clauseVerbBefore(masked: string, from: number, to: number): number {
  const words = /[\p{L}’'-]+/gu;
  const slice = masked.slice(from, to);
  let first = true;
  for (let w = words.exec(slice); w !== null; w = words.exec(slice)) {
    if (first && CLAUSE_OPENER.test(w[0])) return to;
    // `the call for a promise that the alliance would …`: the verb belongs to the noun's own clause
    if (!first && EMBEDS.test(w[0])) return to;
    if (!first && (FINITE_AUX.test(w[0]) || (/^\p{Ll}/u.test(w[0]) && !/s$/.test(w[0]) && isVerbLike(w[0])))) return from + w.index;
    first = false;
  }
  return to;
}

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

/** The longest subject before a hedge, in tokens. */
const MAX_SUBJECT = 40;

/** The longest stance content, in UTF-16 units. */
const MAX_CONTENT = 600;

/** The index of the token that starts at `pos` (binary search), or -1. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = (tokens[mid] as Token).start;
    if (t === pos) return mid;
    if (t < pos) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Auxiliaries and adverbs between a subject and its verb (`has also said`, `repeatedly says`). */
const AUX = /^(?:also|has|have|had|was|is|were|are|would|will|did|does|do|then|later|previously|recently|repeatedly|publicly|privately|now|still|further|again|often|never|not|already|first|since|once|even|just|only|reportedly|[a-z]{3,}ly)$/;
/** Words that open a clause or phrase: the subject starts after them. */
const OPENS = /^(?:and|but|or|that|which|who|whom|when|while|because|as|if|though|although|so|where|since|until|than|whether|what|how|why|after|before|once|unless|yet|then|in|on|at|by|with|to|for|from|about|of|into|during|over|under|said|says|say)$/i;
/** Words that cannot end a subject noun phrase. */
const NOT_HEAD = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|to|of|in|on|at|for|with|by|from|and|or|but|as|if|it|there|what|which|who|whom|whose|how|why|when|where|me|him|them|us)$/i;
const QUANTITY = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|all|both|more|most|other|\p{N}+)$/iu;
/** Cue forms that are plural nouns as well (`three reports`, `sold-out shows`). */
const NOUN_TOO = /^(?:shows|reports|claims|calls|promises|fears|hopes|plans|estimates|wants|finds|notes|suggests|comments|remarks|warns|pledges|vows|charges|questions|cites|quotes|proposes|denies|replies|answers|responds|tweets|posts|statements|praises|blames|criticisms|concerns|writes|reads|thinks|says)$/;
const PREPOSITION = /^(?:in|on|at|by|with|to|for|from|about|of|into|during|over|under|after|before|through|against|among)$/i;

const DAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|overnight|earlier|recently)$/;
const RELEASED = /^(?:filed|released|published|issued|conducted|posted|obtained|unveiled|circulated|sent|leaked|aired)$/;

/**
 * The noun phrase right before a cue, back to the start of its clause (a comma, a dash, a
 * conjunction or preposition, the sentence start): a subject the mention grammar leaves alone
 * (`Sanders' team said`, `47% say`, `police said`). At most eight words, ending in a noun-like word.
 */
function clauseNounBefore(tokens: readonly Token[], cueIndex: number, text: string): MentionSpan | null {
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
function relativeSubject(tokens: readonly Token[], ci: number, masked: string, cueEnd: number, limit: number, text: string): MentionSpan | null {
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

/** The text of a sentence up to its last dash, colon or semicolon (a writer's lead-in before a content). */
const CONTENT_LEAD = /^[^\u2063]*(?:[:;]|\s(?:[\u2014\u2013]|--?))\s+(?=\S)/u;

/** A spaced dash. */
const DASH = /\s(?:[\u2014\u2013]|--?)\s/u;

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
 * `was reported`, `is expected to`: a form of `be` right before the cue. (Reading back over
 * adverbs too, `was first reported`, removed about as many hits as misses on the training set.)
 */
function isPassive(tokens: readonly Token[], ci: number): boolean {
  return ci > 0 && /^(?:is|are|was|were|be|been|being)$/.test((tokens[ci - 1] as Token).text);
}

/** Passives whose `by` phrase is no source of a view: a question (`was asked by the host whether …`), a cause (`is explained by`). */
const NOT_AGENT_REPORT = /^(?:asked|pressed|added|explained)$/u;

/** {@link isPassive}, also past an adverb or two (`was never mentioned`, `were quickly derided`). */
function isPassiveAdverb(tokens: readonly Token[], ci: number): boolean {
  let k = ci - 1;
  while (k > 0 && ci - k <= 2 && PASSIVE_BETWEEN.test((tokens[k] as Token).text)) k--;
  return k >= 0 && /^(?:is|are|was|were|be|been|being)$/.test((tokens[k] as Token).text);
}

/** Adverbs between a form of `be` and a passive participle. */
const PASSIVE_BETWEEN = /^(?:never|not|also|often|later|since|already|still|now|even|\p{Ll}+ly)$/u;

/** An aside between a cue and its `that` (the `that` is left in place). */
const ASIDE = /^\s*(?:,\s*(?:(?:per|via|through|citing|according to|in|on|at)\s[^,;:\u2063]{1,60}|however|though|too|also|again|instead|in turn|for (?:his|her|their|its) part),|(?:\u2014|\u2013|--)\s*[^\u2014\u2013;:\u2063]{1,80}(?:\u2014|\u2013|--))\s*(?=that\b)/u;

/**
 * A cited source right after an attribution ends its clause: `X said, according to the Sun` has
 * no content after `said`, and `CONTENT, X said, according to …` none after the comma. (Other
 * words there are usually the content going on: `…, he said, replacing her would be …`.)
 */
const CITES = /^\s*(?:,\s*)?according\s+to\b/u;

/**
 * The speaker's own next act after `CONTENT, X said,`: the content does not run on into it
 * (`The ferry will sail again, Okafor said, adding that fares would fall.`).
 */
const SPEAKER_GOES_ON = /^(?:adding|noting|saying|citing|explaining|arguing|insisting|stressing|warning|pointing\s+out|referring\s+to|acknowledging|suggesting|urging|conceding|predicting|calling\s+(?:it|for|on|him|her|them))\b/u;

/** What may follow an inverted speaker: the end of the sentence, punctuation, or an adverbial. */
const AFTER_INVERTED = /^(?:in|on|at|during|after|before|from|of|to|with|who|whom|whose|which|when|while|as|adding|noting|saying|according|last|this|on|today|yesterday|recently|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** True when the inverted speaker `mention` closes its clause (see {@link AFTER_INVERTED}). */
/** Lower-case words allowed in a titled inverted speaker: roles, affiliations and `and`. */
const TITLE_WORD = /^(?:and|former|then|longtime|veteran|senior|chief|deputy|executive|state|party|campaign|political|democratic|republican|conservative|liberal|strategist|consultant|pollster|analyst|lobbyist|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|governor|senator|representative|congressman|congresswoman|mayor|chairman|chairwoman|chair|president|director|professor|economist|historian|attorney|lawyer|official|operative|activist|leader|secretary|commissioner|founder|co-founder|fundraiser|donor|delegate|member|organizer|researcher|scholar|expert|editor|columnist|writer|host)$/u;

/**
 * An inverted speaker with a role between capitalised words (`said Democratic strategist Ana
 * Ruiz`, `said lobbyist and party strategist Ed Black`): up to eight words of roles and names that
 * end with a capitalised name at a comma or the sentence's end.
 */
function titledSpeaker(tokens: readonly Token[], cueTok: number, text: string): MentionSpan | null {
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

function endsInversion(tokens: readonly Token[], mention: MentionSpan): boolean {
  const next = tokens.find((t) => t.start >= mention.end);
  if (next === undefined || next.kind !== 'word') return true;
  if (/^['’]s?$/.test(next.text) || tokens.some((t) => t.start < mention.end && t.end === mention.end && /['’]s$/.test(t.text))) return false;
  return AFTER_INVERTED.test(next.text);
}

/** Skip time, channel and manner phrases after a cue (`said on Monday in a statement`). */
function skipModifiers(masked: string, from: number, limit: number): number {
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    const m = AFTER_CUE.exec(masked.slice(at, Math.min(at + 120, limit)));
    if (!m || m[0].length === 0) break;
    at += m[0].length;
  }
  return at;
}

function firstWordIndex(tokens: readonly Token[]): number {
  return tokens.findIndex((t) => t.kind === 'word' || t.kind === 'mask');
}

/** An addressee and its time or place up to `that` (no punctuation, quotation or second `that` between). */
const TOLD_THAT = /^\s+(?:(?!that\b)[^\s,;:()\u2063\u2014\u2013]+\s+){1,12}?that\s+/u;
/** Lower-case words that end an addressee or its time (`told reporters last week that`). */
const ADDRESSEE_END = /^(?:him|her|them|me|us|you|reporters|supporters|voters|donors|lawmakers|colleagues|members|investigators|officials|students|audiences?|crowds?|week|month|year|fall|spring|summer|winter|night|morning|afternoon|evening|ago|earlier|recently|interview|statement)$/;
/** The longest stretch read for {@link TOLD_THAT}, in UTF-16 units. */
const MAX_ADDRESSEE = 120;

/** `told reporters (that)`, `told CNN`, `told the Associated Press` — skip the addressee. */
function skipObject(tokens: readonly Token[], cueIndex: number, from: number): number {
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

/** The end of a sentence without its final punctuation and closing marks. */
function trimEnd(masked: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:,)\]]/u.test(masked[e - 1] as string)) e--;
  return e;
}

/** A conjunction left at the end of a content. */
const DANGLING = /\s(?:and|or|but|nor)$/;

/** Light verbs that report an attitude through its noun (`expressed concern about`, `offered kind words for`). */
const LIGHT_VERB = /^(?:express|voice|show|offer|sound|utter|indicate|signal|display|air|state|convey)(?:s|es|ed|d|n|ing)?$/u;

/**
 * After a light verb, an attitude noun with its preposition belongs to the cue, and the content is
 * what the attitude is about: `voiced deep concern about the budget` → `the budget`, `showed little
 * enthusiasm for Okafor` → `Okafor`. (Not after a possessive or `the`: `expressed their support for
 * the mayor` keeps the noun phrase, as PolNeAR does.)
 */
const ATTITUDE_HEAD = /^(?!(?:his|her|their|its|our|my|your|the|this|that|these|those)\s)(?:\p{Ll}+\s){0,3}?(?:(?:concerns?|enthusiasm|words?|notes?|discomfort|defen[cs]es?|understanding|language|condolences|relief|signs?|inclination|support|praise|criticism|doubts?|frustration|skepticism|optimism|anger|outrage|sympathy|admiration|disdain|contempt|disappointment|reservations|misgivings|regret|opposition|displeasure|dismay|unease|alarm|worries|worry|fears?)\s(?:about|with|for|over|of|on|at|to|toward|towards)|(?:interest|confidence|faith)\sin)\s(?=\S)/u;

function pushContent(
  out: IndirectSpan[], input: AttributeInput, from: number, to: number, s: SentenceSpan, cue: MentionSpan, mention: MentionSpan | null,
  /** The attribution inside the content (`A, he said, B`), which may overlap the span. */
  inner: [number, number] | null = null,
): void {
  let a = from;
  let b = to;
  const { masked } = input;
  while (a < b && /[\s,;:—–-]/u.test(masked[a] as string)) a++;
  while (b > a && /[\s,;:—–.!?-]/u.test(masked[b - 1] as string)) b--;
  // a dangling conjunction (`backed Mrs. Clinton and …` cut before its second verb)
  const dangling = DANGLING.exec(masked.slice(Math.max(a, b - 8), b));
  if (dangling) {
    b -= dangling[0].length;
    while (b > a && /[\s,;:—–-]/u.test(masked[b - 1] as string)) b--;
  }
  // (`expressed concern about the plan` → `the plan`)
  if (a >= cue.end && LIGHT_VERB.test(cue.text)) {
    const head = ATTITUDE_HEAD.exec(masked.slice(a, Math.min(b, a + 120)));
    if (head) a += head[0].length;
  }
  const slice = masked.slice(a, b);
  // `sparking fear and panic`, `which he defended and minimized`: a content after its cue that
  // opens with `and` or `or` is a coordination, not what the cue reports
  if (a >= cue.end && /^(?:and|or)\s/u.test(slice)) return;
  const words = slice.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  // one word is enough: `75 percent said yes`, `Cruz endorsed Trump`
  if (words < 1) return;
  // Mixed quotations (`said NATO's decision was driven by "euphoria"`) are reported speech with a
  // partial quote inside: both are reported. When the quoted words are most of the content (or it
  // opens with them), it is a quotation instead.
  if (slice.includes(MASK)) {
    if (slice.startsWith(MASK) || words < 3) return;
    const quotedWords = input.text.slice(a, b).split(/\s+/).length - words;
    if (quotedWords * 2 > words) return;
  } else if (/[\u201c\u201d"]|''/u.test(input.text.slice(a, b))) return; // a stray mark: the boundaries are not to be trusted
  // Overlaps the cue or the speaker: a boundary went wrong.
  const inside = (x: MentionSpan): boolean => inner !== null && x.start >= inner[0] && x.end <= inner[1];
  if ((cue.start < b && cue.end > a && !inside(cue)) || (mention && mention.start < b && mention.end > a && !inside(mention))) return;
  out.push({ start: a, end: b, paragraph: s.paragraph, cue, mention });
}

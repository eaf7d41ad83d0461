/**
 * Where a content ends. A reported clause (after `said`, `told`, `believes`, …) ends at the
 * sentence's end unless a second attribution, the writer's own clause, a second predicate of the
 * cue's clause, a one-word answer, or the close of a relative or subordinate clause holding the cue
 * comes first: {@link clauseEnd}. A phrase-like content (a stance verb's object, a question, a noun's
 * complement) ends at its first comma, semicolon, colon, parenthesis or dash, read past asides,
 * dates, coordinate adjectives, alternatives and lists: {@link phraseEnd} and the `past…` helpers.
 */
import { compiledNow } from '../../text/native-regexp.js';
import { isParticiple } from '../cues.js';
import { alternation } from '../lexicon/pattern.js';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/time.js';
import type { MentionSpan } from '../mentions.js';
import { isAdjective, isVerbLike, verbTense } from '../nlp.js';
import { MASK } from '../tokens.js';
import { CUE_AT, FINITE_AUX, FUNCTION_WORD, hasFiniteVerb, hasVerb, predicateWord } from './grammar.js';

/**
 * Where the writer's own words take over from a reported clause: a coordinated clause (`, and
 * more than 4 in 10 said …`, `, however …`), a semicolon (`said X; 46 percent said Y`), a dash,
 * a comparison the writer adds (`, compared with 11 percent of …`), a second attribution (`, he
 * said`). (Trailing
 * phrases — `, which …`, `, despite …`, `, including …` — mostly stay in PolNeAR's contents.)
 */
const OWN_CLAUSE = /(?:, (?:and|but|while|however|although|though|whereas|as|so)\s(?!that\b))|(?:;\s)|(?:\s(?:[—–]|--)\s)|(?:, (?:compared (?:with|to)|up from|down from)\s)|(?:, (?:he|she|they|it|we|I) (?:said|added|says|adds)\b)/u;

/** A comma that is no thousands separator (`2,400`). */
const CLAUSE_COMMA = /(?<!\d),|,(?!\d{3}(?!\d))/u;

 // (the comma alternatives of PHRASE_STOP)

/** The first comma between `from` and `to` that is no thousands separator, or -1. */
function clauseComma(masked: string, from: number, to: number): number {
  const m = CLAUSE_COMMA.exec(masked.slice(from, to));
  return m ? from + m.index : -1;
}

/** A comma and the word after it: where a relative clause may close. */
const RELATIVE_CLOSE = /,\s+(\p{Ll}+)\b/u;

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

/**
 * `and`/`but` (and an adverb or auxiliary) before a verb in the cue's own tense, with no subject of
 * its own: a second predicate of the cue's clause, not of the content (`attacked her accent and
 * even questioned her roots`, `opposed the levy but later voted for it`). Forms of `be` are left out.
 */
const AND_PREDICATE = /,?\s+(?:and|but)\s+(?:(?:also|then|later|even|again|repeatedly|once|still|further|quickly|immediately|publicly|has|have|had|would|will)\s+)?(\p{Ll}+)\b/u;

/** Where a content that starts at `from` meets a second predicate of its cue's clause (AND_PREDICATE), or -1. */
export function secondPredicate(masked: string, from: number, to: number, cue: string): number {
  const tense = verbTense(cue.split(/\s/)[0] as string);
  if (tense === null) return -1;
  const m = AND_PREDICATE.exec(masked.slice(from, to));
  if (!m || !/\p{L}/u.test(masked.slice(from, from + m.index))) return -1;
  if (verbTense(m[1] as string) !== tense) return -1;
  // (`said the bridge and unsettled weather could …`: an auxiliary right after it makes an `-ed` word outside the lexicon a modifier)
  const next = masked.slice(from + m.index + m[0].length, Math.min(to, from + m.index + m[0].length + 40)).split(/\s+/).slice(1, 3);
  return !isVerbLike(m[1] as string) && next.some((w) => FINITE_AUX.test(w)) ? -1 : from + m.index;
}

/** A one-word answer, followed by a time, a place or a comma: `so`, `yes`, `no`. */
export const ANSWER = /^(?:so|yes|no)(?=,|\s+(?:in|on|at|during|after|before|last|this|when|while|earlier|later|again|too|as well)\b)/iu;

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
 * An adjunct after a side-taking verb's object: a time (`in early June`, `on Monday`, `Wednesday`, `last year`),
 * an occasion (`at a news conference`, `during a debate`, `in a recent
 * interview`), a margin (`by a smaller 40 point margin`, `51 percent to 24 percent`) or a clause
 * (`when …`, `after …`, `because …`; not `as`: `denounced the plan as reckless` keeps its complement).
 */
export const OBJECT_ADJUNCT = new RegExp(String.raw`\s(?:(?:in|on|by)\s(?:early\s|late\s|mid-)?(?:${alternation(MONTHS)}|${alternation(WEEKDAYS)}|\d{4})\b|(?:${alternation(WEEKDAYS)}|yesterday|today)\b|(?:last|this)\s(?:week|month|year|night|fall|spring|summer|winter)\b|earlier\s(?:this|last)\s|(?:at|during|in)\s(?:a|an|the|his|her|their|its)\s(?:recent\s|weekend\s|televised\s)?(?:news\sconference|press\sconference|rally|debate|interview|speech|statement|event|town\shall|meeting|campaign\s(?:stop|event|rally))\b|by\s(?:a|an|about|roughly|nearly|more\sthan)\s|(?:when|while|after|before|because|since|until|although|though)\s|\d+(?:\.\d+)?\s?(?:percent|%)\s)`, 'u');

/** Where a post-nominal participle's phrase ends: a relative or adverbial clause. */
export const POST_NOMINAL_END = /\s(?:that|which|who|whose|as|while|because|when)\s/u;

/** An aside between commas followed by a verb (`, the governor there, has …`). */
const SUBJECT_ASIDE = /^,\s(?!(?:and|but|or)\s)[^,;:()\u2014\u2013\u2063]{1,80},\s(?:(?:also|not|still|now|only)\s)?(\p{Ll}+(?:n[’']t)?)\b/u;

/** The first word of an aside that may have a verb of its own (`which`, `who`, `if`, `after`). */
const ASIDE_OPENER = /^(?:who|whom|whose|which|where|when|while|if|after|before|since|because|although|though|once|unless|until|as)\s/u;

/**
 * A phrase end at a comma that opens an aside between a clause's subject and its verb
 * (`indicated Kasich, the governor there, has a small lead`): the next phrase end after the verb.
 * (Not a cue: `…, a spokesman, said …` is an attribution of its own.)
 */
export function pastAside(masked: string, to: number, window: number): number {
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
export function pastFronted(masked: string, from: number, to: number, window: number): number {
  if (masked[to] !== ',' || !FRONTED.test(masked.slice(from, to)) || !hasFiniteVerb(masked.slice(from, to))) return to;
  return pastAside(masked, phraseEnd(masked, to + 1, window), window);
}

/** A list of examples after a comma (`, including …`; `, such as …` was even on train and lost a little on dev). */
export const INCLUDING = /^,\sincluding\s/u;

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
const MONTH_DAY = new RegExp(String.raw`\b(?:${alternation(MONTH_ABBREVIATIONS)}|${alternation(MONTHS)})\.?\s\d{1,2}$`, 'u');

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
export function phraseEnd(masked: string, from: number, window: number): number {
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

/** A complement that is a clause of its own (`questions about whether …`): its verbs are its own. */
const CLAUSE_OPENER = /^(?:whether|if|how|why|what|who|whom|which|when|where|that)$/i;

/** A word that opens a clause inside a noun's complement (`a promise that …`, `the question whether …`). */
const EMBEDS = /^(?:that|whether)$/;

/**
 * Where a noun's complement gives way to the sentence's own verb: `Okafor's attacks on the council
 * have alarmed her allies` → `the council`. The first finite verb (by the lexicon) ends the
 * complement, unless the complement is a clause (`questions about how it would work`).
 */
export function clauseVerbBefore(masked: string, from: number, to: number): number {
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

/**
 * Where the clause reported by `cues[c]` ends, when it starts at `from` (`limit`: the end of the
 * sentence without its final punctuation): before a second attribution (`… and said that …`,
 * `…, adding that …`), where the writer's own clause takes over ({@link ownClause}), before a
 * second predicate of the cue's clause ({@link secondPredicate}), after a one-word answer, at the
 * comma that closes a relative clause holding the cue (`Okafor, who said …, left early`; `mention`
 * is its subject), or at the comma that closes a subordinate clause holding it (`While Okafor said
 * the bridge was safe, engineers disagreed`; the sentence starts at `start`; not for a participle
 * that borrows its subject, `borrowed`).
 */
export function clauseEnd(masked: string, cues: readonly MentionSpan[], c: number, from: number, limit: number, start: number, mention: MentionSpan, borrowed: boolean): number {
  const cue = cues[c] as MentionSpan;
  // A second attribution in the same sentence ends this content: "… and said that …".
  let to = limit;
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
  return to;
}

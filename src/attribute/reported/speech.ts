/**
 * Reporting verbs (`said`, `told`, `argued`, `according to`, …) with their source and the clause they
 * report: which cues report at all ({@link usableCue}), the source before or after the cue (see
 * subjects.ts), the closing attribution (`CONTENT, X said`), a participle opening the sentence
 * (`Noting that CONTENT, X added`), and `As reported by X, CONTENT`. Where the clause starts and
 * ends is decided in content-start.ts and content-end.ts.
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { borrowedSubject, isProgressive, tokenIndexAt, type AttributeInput } from '../attribute.js';
import { isInvertible, isNamingCue, isParticiple, isSpeechNoun, isStrongCue } from '../cues.js';
import { alternation } from '../lexicon/pattern.js';
import { CLAIMING_VERBS, NO_CONTENT_CUES, TURN_PARTICIPLES } from '../lexicon/speech.js';
import { EVIDENCE_VERBS } from '../lexicon/stance.js';
import { mentionAfter, mentionBefore, type MentionSpan } from '../mentions.js';
import { isVerbLike } from '../nlp.js';
import { MASK, type Token } from '../tokens.js';
import { findAccordingTo } from './according-to.js';
import { ANSWER, clauseEnd } from './content-end.js';
import { CITES, clauseStart, skipModifiers, skipObject } from './content-start.js';
import { pushContent, trimEnd, type IndirectSpan } from './content.js';
import { firstWordIndex, hasVerb, isPassive, isPassiveAdverb, NOT_AGENT_REPORT } from './grammar.js';
import { findAgentStance } from './stance-verbs.js';
import { clauseNounBefore, endsInversion, firstVerbSubject, INVERSION_BEFORE, relativeSubject, titledSpeaker } from './subjects.js';

/**
 * Whether a reporting cue reports a content without quote marks: the verbs of claiming do; a cue
 * that names (`called`), a noun of speech, and the cues in {@link NO_CONTENT_CUES} do not.
 */
export function usableCue(cue: string): boolean {
  const c = cue.toLowerCase().replace(/\s+/g, ' ');
  if (CLAIMING_VERBS.has(c)) return true;
  if (isNamingCue(cue) || isSpeechNoun(cue)) return false;
  return (isStrongCue(cue) && !NO_CONTENT_CUES.has(c)) || c === 'according to';
}

/** Verbs of evidence that can close an attribution (`…, records show.`). */
export const TRAILING_EVIDENCE = new RegExp(String.raw`^(?:${alternation(EVIDENCE_VERBS)})$`, 'iu');

/** Right after a cue: its clause ends (a comma or the sentence's end). */
export const CLAUSE_ENDS = /^(?:\s*[,.;!?]|\s*$)/u;

/** A one-word answer that ends its sentence: `said no.` */
const LONE_ANSWER = /^\s*(?:so|yes|no)\s*[.!?]?\s*$/iu;

/** Adverbs of time between `was` and a reporting verb's participle (`was first reported`). */
const PASSIVE_ADVERB = /^(?:first|previously|originally|initially)$/u;

/**
 * `As reported by the Ledger, CONTENT`: a passive attribution that opens its sentence. The verb
 * is the cue, the agent after `by` the source, the rest of the sentence the content. (The
 * active `As the Ledger reported, CONTENT` is read like any `X reported`.)
 */
const AS_REPORTED = /^(\s*)As\s+(?:(?:first|previously|initially|widely)\s+)?(reported|noted|detailed|documented|revealed|disclosed|explained|described|confirmed)\s+by\s+([^,;:\u2063]{2,80}),\s+/u;

export function findAsReported(input: AttributeInput, start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
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

/** The text of a sentence up to its last dash, colon or semicolon (a writer's lead-in before a content). */
const CONTENT_LEAD = /^[^\u2063]*(?:[:;]|\s(?:[\u2014\u2013]|--?))\s+(?=\S)/u;

/** A spaced dash. */
const DASH = /\s(?:[\u2014\u2013]|--?)\s/u;

/**
 * The speaker's own next act after `CONTENT, X said,`: the content does not run on into it
 * (`The ferry will sail again, Okafor said, adding that fares would fall.`).
 */
const SPEAKER_GOES_ON = new RegExp(String.raw`^(?:${alternation(TURN_PARTICIPLES, '\\s+')})\b`, 'u');

/**
 * The contents of a sentence's reporting cues (`cues`, in order; `start`–`end` the sentence), each
 * with its source: `X said (on Monday) (that) CONTENT`, `CONTENT, X said`, `CONTENT, X said, MORE`,
 * `CONTENT, said X`, `Noting that CONTENT, X added`, `According to X, CONTENT`, and a passive with
 * its agent (`was first reported by X`). They are added to `out` after all of them are found.
 */
export function findSpeechContents(input: AttributeInput, tokens: readonly Token[], cues: readonly MentionSpan[], start: number, end: number, s: SentenceSpan, out: IndirectSpan[]): void {
  const { masked, text } = input;
  const limit = trimEnd(masked, start, end);
  const found: IndirectSpan[] = [];
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c] as MentionSpan;
    const ci = tokenIndexAt(tokens, cue.start);
    if (ci < 0) continue;
    const words = cue.text.split(/\s+/).length;
    const lastCueTok = ci + words - 1;
    if (/^according/i.test(cue.text)) {
      findAccordingTo(input, tokens, cue, ci, lastCueTok, start, limit, s, found);
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
    if (!mention && !isParticiple(cue.text)) mention = relativeSubject(tokens, ci, masked, cue.end, limit, text);
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
    const forward = masked.slice(skipModifiers(masked, told ? skipObject(tokens, lastCueTok, cue.end) : cue.end, limit), limit);
    // (a one-word answer follows too: `Asked if he was bullied, the candidate said no.`)
    const contentFollows = !inverted && !/^\s*,/.test(forward) && (forward.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 3 || ANSWER.test(forward.trimStart()) || LONE_ANSWER.test(forward));
    if (beforeLead && beforeLead.text === ',' && lead - 1 > firstWordIndex(tokens) && !contentFollows) {
      // `In his statement, Okafor said it was "a disgrace."`: a phrase with no verb before the
      // attribution of a quotation is a lead-in, not what was said
      if (!inverted && forward.includes(MASK) && !hasVerb(masked.slice(Math.max(start, beforeLead.start - 200), beforeLead.start))) continue;
      // (`In a speech last July, she said:` introduces what follows the colon)
      if (!inverted && /^\s*:/u.test(masked.slice(skipModifiers(masked, cue.end, end), end))) continue;
      // CONTENT, X said.  ·  CONTENT, X said, MORE (the content runs around the attribution).
      const tail = skipModifiers(masked, inverted ? mention.end : cue.end, limit);
      const more = /^\s*,\s*/u.exec(masked.slice(tail, limit));
      // (not after an inverted speaker: `…, said Ana Ruiz, a doctor at …` is her appositive)
      const after = more === null ? '' : masked.slice(tail + more[0].length, limit);
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
      pushContent(found, input, lead && !paired && !elaborates ? start + lead[0].length : start, runsOn ? limit : beforeLead.start, s, cue, mention, runsOn ? [beforeLead.start, tail + (more?.[0].length ?? 0)] : null);
      continue;
    }
    if (inverted) continue;
    // X said (on Monday) (that) CONTENT.
    const from = clauseStart(masked, tokens, cue, lastCueTok, start, limit);
    if (from < 0) continue;
    const to = clauseEnd(masked, cues, c, from, limit, start, mention, borrowed);
    pushContent(found, input, from, to, s, cue, mention);
  }
  for (const f of found) out.push(f);
}

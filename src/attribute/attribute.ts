/**
 * The attribute stage: for each quoted span, the cue and the speaker mention of its own
 * attribution, or the quote it borrows them from.
 *
 * Windows, not parses: the words between the sentence's start and the opening mark
 * ("before"), and between the closing mark and the sentence's end ("after"), with every
 * quotation masked out. Patterns, in the order news uses them:
 *   after:  `"…," Putin said` · `"…," said Putin` · `"…," according to X` · `"…" — Lena Fischer`
 *   before: `Putin said: "…"` · `X said NATO's decision was "…"` · `…, adding that "…"` ·
 *           `According to X, "…"` · `X: "…"`
 * A quote with no attribution of its own borrows its neighbour's: the previous piece of a split
 * or multi-paragraph quote, a quote earlier or later in the paragraph, or — for a paragraph
 * that opens with a quotation — the last speaker of the previous paragraph.
 */
import type { QuoteType } from '../schema/document.js';
import type { QuotedSpan } from '../detect/scan.js';
import type { SentenceSpan } from '../segment/sentences.js';
import { CUE_PATTERN, isInvertible, isNamingCue, isParticiple, isSpeechNoun, isStrongCue } from './cues.js';
import { clauseSubject, mentionAfter, mentionBefore, phraseEndingAt, possessorOf, relativeAfter, relativePronounBefore, type MentionSpan } from './mentions.js';
import { tokenize, type Token } from './tokens.js';
import { isVerbLike } from './nlp.js';
import { countBefore } from '../text/search.js';
import { compiledNow } from '../text/native-regexp.js';

/** An article right before a word (`the said property`: `said` is no cue). */
const ARTICLE_BEFORE = compiledNow(/(?<![\p{L}\p{N}])(?:the|a|an)\s+$/iu);

/** What the attribute stage says about one quoted span. */
export interface Attribution {
  type: QuoteType;
  cue: MentionSpan | null;
  mention: MentionSpan | null;
  /** How it was found: the pattern, or `inherited` from another quote. */
  via: 'after' | 'before' | 'colon' | 'credit' | 'inherited' | 'none';
  /** Index of the quote whose attribution this one borrows. */
  from: number | null;
  /** Index of the earlier piece of the same utterance (split or multi-paragraph quote). */
  continues: number | null;
}

/** Inputs of the attribute stage. */
export interface AttributeInput {
  text: string;
  /** `text` with every quotation (marks included) replaced by the mask character. */
  masked: string;
  /** The sentences of a paragraph (parsed on demand). */
  sentencesOf: (paragraph: number) => readonly SentenceSpan[];
  /** With their roles when known: only body paragraphs lend a speaker to the next one. */
  paragraphs: readonly { start: number; end: number; role?: string }[];
  quotes: readonly QuotedSpan[];
  /** Every cue of `masked`, from {@link findAllCues}. */
  cues: readonly MentionSpan[];
}

/** Attribute every quoted span. */
export function attributeQuotes(input: AttributeInput): Attribution[] {
  const own = input.quotes.map((q, i) => attributeOne(input, q, i));
  return inheritAll(input, own);
}

/**
 * Every cue of a masked text, in order, found in one pass (the cue pattern is large; running it
 * once per document instead of once per window keeps the stage linear and cheap).
 */
export function findAllCues(masked: string): MentionSpan[] {
  const out: MentionSpan[] = [];
  CUE_PATTERN.lastIndex = 0;
  for (let m = CUE_PATTERN.exec(masked); m !== null; m = CUE_PATTERN.exec(masked)) {
    const s = m.index;
    const e = s + m[0].length;
    // "said to be", "the said property": no speech reported
    if (/^(?:said|says)$/.test(m[0]) && /^\s+to\s+(?:be|have)\b/.test(masked.slice(e, e + 12))) continue;
    if (/^said$/.test(m[0]) && ARTICLE_BEFORE.test(masked.slice(Math.max(0, s - 5), s))) continue;
    out.push({ start: s, end: e, text: m[0] });
  }
  return out;
}

/** The cues of the document that lie inside `[start, end)`. */
export function findCues(input: { cues: readonly MentionSpan[] }, start: number, end: number): MentionSpan[] {
  const cues = input.cues;
  const out: MentionSpan[] = [];
  for (let i = countBefore(cues, (c) => c.start < start); i < cues.length && (cues[i] as MentionSpan).end <= end; i++) out.push(cues[i] as MentionSpan);
  return out;
}

export function sentenceIndexAt(sentences: readonly SentenceSpan[], pos: number): number {
  // the last sentence that starts at or before `pos`
  return countBefore(sentences, (s) => s.start <= pos) - 1;
}

interface Windows {
  /** Where the quotation's sentence starts. */
  sentenceStart: number;
  before: { start: number; end: number };
  /** The after window is the next sentence (`"… not terrorists." Zahed said …`). */
  nextSentence: boolean;
  after: { start: number; end: number };
}

function windowsOf(input: AttributeInput, q: QuotedSpan, index: number): Windows {
  const para = input.paragraphs[q.paragraph] as { start: number; end: number };
  const sentences = input.sentencesOf(q.paragraph);
  const si = sentenceIndexAt(sentences, q.outerStart);
  const sBefore = sentences[si];
  const beforeStart = sBefore && sBefore.end > q.outerStart - 1 ? Math.max(sBefore.start, para.start) : q.outerStart;
  const ai = sentenceIndexAt(sentences, Math.max(q.outerStart, q.outerEnd - 1));
  let afterEnd = sentences[ai] ? Math.min((sentences[ai] as SentenceSpan).end, para.end, q.outerEnd + WINDOW) : q.outerEnd;
  let nextSentence = false;
  if (afterEnd < q.outerEnd) afterEnd = q.outerEnd;
  // `"Is it over?" he asked.` — a sentence break after ?" or !" followed by a lower-case word
  const restOf = input.text.slice(q.outerEnd, afterEnd);
  if (/^[\s\p{P}]*$/u.test(restOf)) {
    const next = sentences[ai + 1];
    const head = next ? input.text.slice(afterEnd, Math.min(next.end, afterEnd + 40)) : '';
    if (next && next.start < para.end && /^[\s\p{P}]*\p{L}/u.test(head) && !/^\s*[“"'‘«„]/u.test(head)) {
      afterEnd = Math.min(next.end, para.end);
      // a quotation closed by a full stop ends its own sentence: the next one opens with a capital
      nextSentence = /\.$/.test(input.text.slice(q.start, q.end)) && /^[\s\p{P}]*\p{Lu}/u.test(head);
    }
  }
  // Bounded windows: an attribution sits within a few hundred characters of its quotation, and a
  // bound keeps the stage linear on text without sentence breaks (a megabyte of quote marks).
  // Text dense with quote marks is bounded by quotations too: no window reaches past the
  // eighth quotation on either side.
  const back = input.quotes[index - 8];
  const ahead = input.quotes[index + 8];
  let start = Math.max(beforeStart, q.outerStart - WINDOW, back && back.paragraph === q.paragraph ? back.outerEnd : 0);
  // a sentence break the splitter took for an abbreviation: `… in the U.S. He says …`
  const pronounStart = lastPronounSentence(input.masked.slice(start, q.outerStart));
  if (pronounStart > 0) start += pronounStart;
  return {
    sentenceStart: pronounStart > 0 ? start : beforeStart,
    nextSentence,
    before: { start, end: q.outerStart },
    after: { start: q.outerEnd, end: Math.min(afterEnd, q.outerEnd + WINDOW, ahead && ahead.paragraph === q.paragraph ? ahead.outerStart : Infinity) },
  };
}

/** Where the last sentence that starts with a personal pronoun after a full stop begins in `text`, or -1. */
function lastPronounSentence(text: string): number {
  let at = -1;
  PRONOUN_SENTENCE.lastIndex = 0;
  for (let m = PRONOUN_SENTENCE.exec(text); m !== null; m = PRONOUN_SENTENCE.exec(text)) at = m.index + m[0].length;
  return at;
}
const PRONOUN_SENTENCE = /\.\s+(?=(?:He|She|They|We)\s)/g;

/** The longest attribution window on either side of a quotation, in code units. */
const WINDOW = 600;

export function tokenIndexAt(tokens: readonly Token[], pos: number): number {
  return tokens.findIndex((t) => t.start === pos);
}

function attributeOne(input: AttributeInput, q: QuotedSpan, index: number): Attribution {
  const { text, masked } = input;
  const w = windowsOf(input, q, index);
  const beforeText = masked.slice(w.before.start, w.before.end);
  const beforeEmpty = /^[\s\p{P}\p{Cf}]*$/u.test(beforeText) && !/[,:]\s*$/u.test(beforeText.replace(/\u2063/g, '')) ;
  const introduces = /[,:]\s*$/u.test(beforeText) || /^[\s—–-]*$/u.test(beforeText);
  const afterText = masked.slice(w.after.start, w.after.end);
  const endsClause = /^[\s]*(?:[,.;:!?—–-]|$)/u.test(afterText) || /[.,!?…—–-]$/u.test(text.slice(q.start, q.end));
  const type: QuoteType = (beforeEmpty || introduces) && endsClause ? 'direct' : 'partial';
  const base = { type, from: null, continues: null };

  // A transcript in quote marks: `"PENCE: We will …"` — the label inside the quotation names the speaker.
  const label = /^(\p{Lu}[\p{Lu}.'’ -]{1,38}\p{Lu}\.?):\s/u.exec(text.slice(q.start, Math.min(q.end, q.start + 50)));
  if (label && !/^(?:UPDATE|NOTE|EDITOR'?S NOTE|BREAKING|EXCLUSIVE|WATCH|VIDEO|PHOTOS?|Q|A)$/.test(label[1] as string)) {
    const l = label[1] as string;
    return { ...base, type: 'direct', cue: { start: q.start + l.length, end: q.start + l.length + 1, text: ':' }, mention: { start: q.start, end: q.start + l.length, text: l }, via: 'colon' };
  }

  // (computed once: the closing clause, the stance-verb check and the fallback all ask for it)
  let afterFound: Attribution | null | undefined;
  const after = (): Attribution | null => (afterFound === undefined ? (afterFound = findAfter()) : afterFound);
  const findAfter = (): Attribution | null => {
    const tokens = tokenize(masked, w.after.start, w.after.end);
    if (tokens.length === 0) return creditLine(input, q, base);
    // trailing credit: `"…" — Lena Fischer, tenant`
    const firstTok = tokens[0];
    if (firstTok && /^[—–―-]$/.test(firstTok.text) && tokens[1] && /^\p{Lu}/u.test(tokens[1].text)) {
      let k = 1;
      while (tokens[k + 1] && tokens[k + 1]?.kind !== 'punct' && tokens[k + 1]?.kind !== 'mask' && k < 6) k++;
      const m = phraseEndingAt(tokens, k, text, 1);
      if (m) return { ...base, cue: null, mention: m, via: 'credit' };
    }
    const cues = findCues(input, w.after.start, w.after.end);
    for (const cue of cues) {
      const ci = tokenIndexAt(tokens, cue.start);
      if (ci < 0) continue;
      const wordsBefore = tokens.slice(0, ci);
      if (wordsBefore.some((t) => t.kind === 'mask')) break;
      if (wordsBefore.filter((t) => t.kind === 'word').length > (wordsBefore.some((t) => t.text === ',') ? 30 : 10)) break;
      if (isNamingCue(cue.text) || isSpeechNoun(cue.text)) continue;
      const lastCueTok = tokenIndexAt(tokens, cue.start) + (cue.text.split(/\s+/).length - 1);
      const mention = /^according/i.test(cue.text)
        ? mentionAfter(tokens, lastCueTok, text)
        // right after the closing mark any reporting verb may come before its speaker:
        // `"…," scoffed Arianna Gil` (elsewhere only the usual ones: `said X`, `according to X`)
        : (mentionBefore(tokens, ci, text, 0) ?? (isInvertible(cue.text) || (ci <= 1 && isStrongCue(cue.text) && !isParticiple(cue.text)) ? mentionAfter(tokens, lastCueTok, text) : null));
      if (mention) {
        const found: Attribution = { ...base, cue, mention, via: 'after' };
        // the next sentence lends only a bare closing clause: `"… not terrorists." Zahed said.`,
        // not `"… not terrorists." He added, "…"` or `Zahed said: "…"`
        return !w.nextSentence || (closesRightAfter(tokens, 0, found) && endsWithStop(tokens, found)) ? found : null;
      }
      if (isParticiple(cue.text)) continue;
      return null;
    }
    // `"…," Toomey fumed on Tuesday.`: a quotation closed by a comma, then a name and a verb
    // (or by ? or !, when the clause ends right after the verb: `"Would it pass?" Holt pressed.`)
    const asks = /[?!]\s*$/.test(text.slice(q.start, q.end));
    if ((/,\s*$/.test(text.slice(q.start, q.end)) || asks) && type === 'direct') {
      const v = tokens.findIndex((t, k) => k > 0 && k < 8 && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (isVerbLike(t.text) || /^\p{Ll}{2,}ed$/u.test(t.text)));
      const m = v > 0 ? mentionBefore(tokens, v, text, 0) : null;
      const next = tokens[v + 1];
      if (asks && (!next || !/^[.,]$/.test(next.text) || (m && /^(?:His|Her|Their|Its|My|Our)\b/.test(m.text)))) return null;
      if (m && m.start === (tokens[0] as Token).start && /^\p{Lu}/u.test(m.text) && !/^(?:The|A|An|This|That|These|Those|It|They|There)\b/.test(m.text) && !isShouted(m.text)) {
        return { ...base, cue: null, mention: m, via: 'after' };
      }
      // `"…," she elaborated.` · `"…," the crowd cried out.`: a personal pronoun or a described
      // subject, when the clause ends right after its verb
      if (!asks && m && m.start === (tokens[0] as Token).start && (/^(?:he|she|they|we|it)$/.test(m.text) || /^(?:the|a|an|his|her|their|its)\s+\p{Ll}/u.test(m.text))) {
        const k = tokens.findIndex((t) => t.start >= m.end);
        const rest = tokens.slice(k);
        const stop = rest.findIndex((t) => t.kind !== 'word');
        if (k >= 0 && stop >= 1 && stop <= 2 && /^[.,]$/.test((rest[stop] as Token).text)) return { ...base, cue: null, mention: m, via: 'after' };
      }
    }
    return null;
  };

  const before = (): Attribution | null => {
    const tokens = tokenize(masked, w.before.start, w.before.end);
    const cues = findCues(input, w.before.start, w.before.end);
    // A quotation introduced by a colon or comma belongs to the nearest cue; a partial quote inside
    // reported speech belongs to the main clause's cue, which comes first ("Trump says he goes "…"").
    // Reporting verbs proper are tried before stance verbs and speech nouns.
    // (a cue before an earlier quotation of the sentence is that quotation's, when one follows it:
    // `Putney said the video did not give "…," but he said the footage "supports …"`)
    const lastMask = tokens.reduce((at, t, k) => (t.kind === 'mask' ? k : at), -1);
    const lastMaskEnd = lastMask >= 0 ? (tokens[lastMask] as Token).end : -1;
    const ownCues = cues.filter((c) => c.start > lastMaskEnd);
    if (!introduces && ownCues.length > 0 && ownCues.length < cues.length) cues.splice(0, cues.length - ownCues.length);
    const byPosition = cues.map((_, k) => k);
    if (!introduces) byPosition.reverse();
    const strong = byPosition.filter((k) => isStrongCue((cues[k] as MentionSpan).text));
    const order = [...byPosition.filter((k) => !isStrongCue((cues[k] as MentionSpan).text)), ...strong];
    // `"…," said Weaver, who said executives see "no secrets"` · `Ruiz said …, which she called "…"`:
    // the relative clause nearest the quotation is its own attribution, tried before the main clause's cue
    if (!introduces) {
      const who = byPosition.filter((k) => {
        const ci = tokenIndexAt(tokens, (cues[k] as MentionSpan).start);
        const r = relativePronounBefore(tokens, ci, 0);
        const ri = r ? tokens.indexOf(r) : -1;
        if (r !== undefined && r.text === 'who' && ri > 0 && (tokens[ri - 1] as Token).text === ',') return true;
        if (!isStrongCue((cues[k] as MentionSpan).text)) return false;
        // `…, which he called "…"` · `whom she described as "…"` · `…, but she warned that …`: a pronoun
        // subject of a clause opened by a relative or a contrasting conjunction
        const p = tokens[ci - 1];
        const before = tokens[ci - 2];
        return p !== undefined && before !== undefined && /^(?:he|she|they)$/.test(p.text) && /^(?:which|whom|who|what|but|although|though|while|whereas)$/.test(before.text);
      });
      const nearest = who[0];
      if (nearest !== undefined) { order.splice(order.indexOf(nearest), 1); order.push(nearest); }
    }
    for (let o = order.length - 1; o >= 0; o--) {
      const c = order[o] as number;
      const cue = cues[c] as MentionSpan;
      const ci = tokenIndexAt(tokens, cue.start);
      if (ci < 0) continue;
      if (isNamingCue(cue.text) && type === 'direct' && !/:\s*$/.test(beforeText)) continue;
      // `In a Facebook message posted Friday, Cruz said …`: a cue inside an opening adverbial is not the clause's
      if (cues.length > 1 && inOpeningAdverbial(tokens, ci)) continue;
      const lastCueTok = ci + (cue.text.split(/\s+/).length - 1);
      let mention: MentionSpan | null = null;
      // "his calls for …" is a noun with its owner; "what he calls …" is the verb with its subject
      if (isSpeechNoun(cue.text)) mention = possessorOf(tokens, ci, text, 0) ?? (isStrongCue(cue.text) || isNamingCue(cue.text) ? pronounSubject(tokens, ci, text) : null) ?? namingSubject(tokens, ci, text);
      else if (/^according/i.test(cue.text)) mention = mentionAfter(tokens, lastCueTok, text);
      else if (isParticiple(cue.text) && !isProgressive(tokens, ci)) mention = withSubject(tokens, ci, text) ?? nameBeforeParticiple(tokens, ci, text) ?? borrowedSubject(tokens, cues, c, text);
      else {
        mention = mentionBefore(tokens, ci, text, 0);
        // `Beck, who has in the past described …`: the relative pronoun is the mention
        const relative = mention && !mention.refersTo ? relativeAfter(tokens, mention, ci) : undefined;
        if (mention && relative) mention = { start: relative.start, end: relative.end, text: relative.text, refersTo: mention };
        if (!mention && ci > 0 && /^(?:and|but)$/.test((tokens[ci - 1] as Token).text)) mention = borrowedSubject(tokens, cues, c, text);
        // `Said Putin: "…"` · `…, said Putin, "…"` — inverted only where the cue opens its clause,
        // not `the front-runner and former secretary said the U.S. "clearly" needed …`
        if (!mention && isInvertible(cue.text)) mention = opensClause(tokens, ci) ? mentionAfter(tokens, lastCueTok, text) : clauseSubject(tokens, 0, ci, text);
      }
      if (mention) {
        // A stance verb or speech noun before the quote yields to a reporting verb after it.
        if (!isStrongCue(cue.text)) {
          const strongAfter = after();
          if (strongAfter && strongAfter.cue && isStrongCue(strongAfter.cue.text)) return strongAfter;
        }
        return { ...base, cue, mention, via: 'before' };
      }
    }
    return null;
  };

  // `Okafor said the plan was "dead on arrival," the Ledger reported.` · `…, "a bad deal," she said.`:
  // a reporting clause right after the quotation (its speaker first, or `according to`) names
  // whoever the words reach the article through, and wins over a cue earlier in the sentence.
  const closingAttribution = (): Attribution | null => {
    const a = after();
    if (!a || !a.cue || !a.mention || !isStrongCue(a.cue.text)) return null;
    const tokens = tokenize(masked, w.after.start, w.after.end);
    const k = tokens[0] && tokens[0].text === ',' ? 1 : 0;
    // (the sentence goes on past the quotation: a comma inside or after the closing mark)
    if (k === 0 && !/,\s*$/.test(text.slice(q.start, q.end))) return null;
    return closesRightAfter(tokens, k, a) ? a : null;
  };

  // Without a cue: a name or a clause introducing the quotation. Tried last, so that a cue after
  // the quotation wins (`Sooner or later, "…," he said`).
  const introducer = (): Attribution | null => {
    const tokens = tokenize(masked, w.before.start, w.before.end);
    // `Frank Newport and Jim Harter: "…"`, `Trump: "…"` — a name right before the colon
    if (/:\s*$/.test(beforeText) && tokens.length >= 2) {
      const ti = tokens.length - 2;
      let m = phraseEndingAt(tokens, ti, text, 0);
      // (only the run of capitalised words when a lower-case word leads: `… does not surprise pollster Dana Holt:`)
      if (m && !/^\p{Lu}/u.test(m.text)) {
        let k = ti;
        while (k - 1 >= 0 && ti - k < 5 && (tokens[k - 1] as Token).kind === 'word' && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) k--;
        m = /^\p{Lu}/u.test((tokens[k] as Token).text) ? phraseEndingAt(tokens, ti, text, k) : null;
      }
      if (m && /^\p{Lu}/u.test(m.text) && !isShouted(m.text)) return { ...base, cue: null, mention: m, via: 'colon' };
    }
    // `Kaine has adopted the stance …: "…"` — a quotation introduced by a clause of its own
    if (introduces && /[,:]\s*$/.test(beforeText) && tokens.length > 2) {
      const subject = clauseSubject(tokens, 0, tokens.length, text);
      if (subject && !/^\p{N}/u.test(subject.text) && !isShouted(subject.text)) return { ...base, cue: null, mention: subject, via: 'before' };
    }
    // `Rubio also bemoaned a climate in which people "literally hate each other"`: a partial
    // quotation in a sentence whose subject is a person, with a verb of its own
    // (with only two words, a pronoun: `She offered "…"`, not `Fundraising was "…"`)
    if (type === 'partial' && tokens.length >= 2 && w.before.start === w.sentenceStart) {
      const subject = personSubject(tokens, text);
      if (subject && (tokens.length > 2 || /^(?:He|She)$/.test(subject.text))) return { ...base, cue: null, mention: subject, via: 'before' };
    }
    return null;
  };

  const first = (beforeEmpty ? after() ?? before() : closingAttribution() ?? before() ?? after()) ?? introducer();
  if (!first || namesAround(first.mention, q)) return { ...base, cue: null, mention: null, via: 'none' };
  if (first.cue && first.mention && !/^according/i.test(first.cue.text)) {
    // A source the reporter cites is credited instead (`…, according to CNN`, `According to X, …`),
    // but not past the end of the quotation's sentence (`… "without delay." She will visit …, according to an aide.`)
    const endsSentence = /[.!?…]$/u.test(text.slice(q.start, q.end)) && /^[\s\p{P}]*\p{Lu}/u.test(text.slice(q.outerEnd, q.outerEnd + 20));
    const from = Math.max(w.after.start, first.cue.end, first.mention.end);
    const outer = (endsSentence && first.cue.start < q.outerStart ? null : outerSource(input, tokenize(masked, w.after.start, w.after.end), w.after.end, from, base)) ?? openingSource(input, w.before.start, w.before.end, first, base);
    if (outer) return outer;
  }
  return first;
}

/**
 * For a partial quotation left without a speaker, that is nonetheless a quotation (not a title or
 * scare quote): the subject of its sentence when it is a described one, not only a name —
 * `The retired surgeon gushed about a "common interest"`, `His campaign protested that …`.
 * Applied after the quotation test, so that it never turns a scare quote into a quotation.
 */
export function describedSubject(input: AttributeInput, q: QuotedSpan, index: number, a: Attribution): MentionSpan | null {
  if (a.via !== 'none' || a.type !== 'partial') return null;
  const w = windowsOf(input, q, index);
  if (w.before.start !== w.sentenceStart) return null;
  const tokens = tokenize(input.masked, w.before.start, w.before.end);
  return tokens.length > 2 ? personSubject(tokens, input.text, true) : null;
}

/**
 * The source a reporter cites for someone else's words: `"…," Sanders said, according to CNN.` ·
 * `"…," the senator told the crowd, The Ledger reported.` The words reach the article through
 * that source, and news annotation (PolNeAR) credits it. Looked for in the rest of the window
 * after the inner attribution (`from`), before any other quotation.
 */
function outerSource(input: AttributeInput, tokens: readonly Token[], end: number, from: number, base: Pick<Attribution, 'type' | 'from' | 'continues'>): Attribution | null {
  for (const cue of findCues(input, from, end)) {
    if (!/^(?:according to|reported|reports)$/i.test(cue.text)) continue;
    const ci = tokenIndexAt(tokens, cue.start);
    if (ci < 1 || tokens.slice(0, ci).some((t) => t.kind === 'mask' && t.start >= from)) return null;
    const prev = tokens[ci - 1] as Token;
    let mention: MentionSpan | null = null;
    if (/^according/i.test(cue.text)) {
      if (prev.text === ',') mention = mentionAfter(tokens, ci + 1, input.text);
    } else {
      // ", The Ledger reported." · ", reported the Washington Examiner." — not "as reported by"
      const next = tokens[ci + 1];
      if (next && next.text === 'by') return null;
      if (prev.text === ',') mention = mentionAfter(tokens, ci, input.text);
      else {
        const m = mentionBefore(tokens, ci, input.text, 0);
        const k = m ? tokens.findIndex((t) => t.start === m.start) : -1;
        if (m && k > 0 && (tokens[k - 1] as Token).text === ',') mention = m;
      }
      const after = tokens.find((t) => t.start >= Math.max(mention?.end ?? 0, cue.end));
      if (mention && after && !/^[.;]$/.test(after.text)) mention = null;
    }
    if (mention && /^\p{Lu}|^(?:a|an|the)\s/u.test(mention.text) && !/^(?:he|she|they|it|we|I)$/i.test(mention.text)) {
      return { ...base, cue, mention, via: 'after' };
    }
    return null;
  }
  return null;
}

/** `According to Yahoo News, Clinton's spokesman said …, "…"`: the source that opens the sentence. */
function openingSource(input: AttributeInput, start: number, end: number, inner: Attribution, base: Pick<Attribution, 'type' | 'from' | 'continues'>): Attribution | null {
  const cue = findCues(input, start, end)[0];
  if (!cue || !/^according to$/i.test(cue.text) || !inner.cue || inner.cue.start <= cue.end) return null;
  const tokens = tokenize(input.masked, start, end);
  if (tokenIndexAt(tokens, cue.start) !== 0) return null;
  const mention = mentionAfter(tokens, 1, input.text);
  const next = mention ? tokens.find((t) => t.start >= mention.end) : undefined;
  return mention && next && next.text === ',' ? { ...base, cue, mention, via: 'before' } : null;
}

/**
 * `"…"` ⏎ `- Lena Fischer.`: a quotation that ends its paragraph, credited by a next paragraph that
 * holds only a dash and a name (fact checks and lists quote this way).
 */
function creditLine(input: AttributeInput, q: QuotedSpan, base: Pick<Attribution, 'type' | 'from' | 'continues'>): Attribution | null {
  const para = input.paragraphs[q.paragraph] as { start: number; end: number };
  const next = input.paragraphs[q.paragraph + 1];
  if (!next || !/^[\s\p{P}]*$/u.test(input.masked.slice(q.outerEnd, para.end)) || next.end - next.start > 60) return null;
  const dash = /^\s*[—–―-]\s*/u.exec(input.masked.slice(next.start, next.end));
  if (!dash) return null;
  const tokens = tokenize(input.masked, next.start + dash[0].length, next.end);
  const last = tokens[tokens.length - 1];
  const end = last && last.text === '.' ? tokens.length - 2 : tokens.length - 1;
  if (end < 0 || end > 5 || tokens.slice(0, end + 1).some((t) => t.kind !== 'word' || !/^\p{Lu}/u.test(t.text))) return null;
  const m = phraseEndingAt(tokens, end, input.text, 0);
  return m && !isShouted(m.text) ? { ...base, cue: null, mention: m, via: 'credit' } : null;
}

/**
 * Whether attribution `a`, found in the window after a quotation, is a short clause that starts
 * at token `k` (its speaker or its cue first) and ends soon after its cue: `the Ledger reported on
 * Tuesday.`, not `Beck joked: "…"`, `he added, "…"` or `the prosecutor said the two cases differ`.
 */
function closesRightAfter(tokens: readonly Token[], k: number, a: Attribution): boolean {
  if (!a.cue || !a.mention) return false;
  const head = tokens[k];
  if (!head || (head.start !== a.mention.start && head.start !== a.cue.start)) return false;
  const end = Math.max(a.cue.end, a.mention.end);
  const rest = tokens.filter((t) => t.start >= end);
  const stop = rest.findIndex((t) => t.kind === 'mask' || /^[.,;:!?—–]$/.test(t.text));
  if (stop < 0 || stop > 8 || (rest[stop] as Token).kind === 'mask' || (rest[stop] as Token).text === ':') return false;
  return !(rest[0] && /^(?:that|the|a|an|he|she|they|it|we|I)$/.test(rest[0].text));
}

/** Whether the clause of attribution `a` ends with its sentence (`Okafor said on Tuesday.`), not a comma (`Rubio hit back, saying …`). */
function endsWithStop(tokens: readonly Token[], a: Attribution): boolean {
  const end = Math.max(a.cue?.end ?? 0, a.mention?.end ?? 0);
  const stop = tokens.find((t) => t.start >= end && (t.kind === 'mask' || /^[.,;:!?—–]$/.test(t.text)));
  return stop !== undefined && stop.text !== ',';
}

/** `Putin said, adding that …` — a participle takes the subject of the cue it hangs from. */
export function borrowedSubject(tokens: readonly Token[], cues: readonly MentionSpan[], c: number, text: string): MentionSpan | null {
  for (let k = c - 1; k >= 0; k--) {
    const prev = cues[k] as MentionSpan;
    const pi = tokenIndexAt(tokens, prev.start);
    // (`with Ruiz tweeting that … and asking …`: an earlier participle with its own subject)
    if (pi >= 0 && isParticiple(prev.text)) {
      const w = withSubject(tokens, pi, text);
      if (w) return w;
    }
    // (not a speech noun: `posted a campaign statement, saying …` is the poster's)
    if (pi < 0 || isParticiple(prev.text) || isSpeechNoun(prev.text)) continue;
    const m = mentionBefore(tokens, pi, text, 0) ?? (isInvertible(prev.text) ? mentionAfter(tokens, pi, text) : null);
    if (m) return m;
  }
  const ci = tokenIndexAt(tokens, (cues[c] as MentionSpan).start);
  return lastClauseSubject(tokens, ci, text) ?? clauseSubject(tokens, 0, ci, text);
}

/** `Ulrich "the Bulldozer" Varnhagen said`: a nickname inside its speaker's name is no quotation. */
function namesAround(mention: MentionSpan | null, q: QuotedSpan): boolean {
  return mention !== null && mention.start < q.outerStart && mention.end > q.outerEnd;
}

/** Fill in quotes without an attribution of their own from their neighbours, in text order. */
function inheritAll(input: AttributeInput, own: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  own.forEach((a, i) => {
    const q = input.quotes[i] as QuotedSpan;
    // A later piece of a multi-paragraph quote belongs to the same utterance.
    if (q.continues !== null) {
      const root = out[q.continues] as Attribution;
      // `"… \n "Well, my friends, …!" she said.` — a last piece with a cue right after it names its speaker there
      if (a.via === 'after' && a.cue !== null && a.mention !== null) {
        out.push({ ...a, from: q.continues, continues: q.continues, type: root.type });
        return;
      }
      out.push({ ...a, cue: root.cue, mention: root.mention, via: 'inherited', from: q.continues, continues: q.continues, type: root.type });
      return;
    }
    if (a.via !== 'none') { out.push(a); return; }
    const prev = i > 0 ? (out[i - 1] as Attribution) : null;
    const prevQ = i > 0 ? (input.quotes[i - 1] as QuotedSpan) : null;
    if (prev && prevQ && prevQ.paragraph === q.paragraph && prev.mention && !namesAround(prev.mention, q)) {
      const continues = a.type === 'direct' && prev.type === 'direct' ? i - 1 : null;
      out.push({ ...a, cue: prev.cue, mention: prev.mention, via: 'inherited', from: i - 1, continues });
      return;
    }
    for (let k = i + 1; k < own.length && k <= i + 20; k++) {
      const nq = input.quotes[k] as QuotedSpan;
      if (nq.paragraph !== q.paragraph) break;
      const n = own[k] as Attribution;
      if (n.via !== 'none') {
        if (!namesAround(n.mention, q)) { out.push({ ...a, cue: n.cue, mention: n.mention, via: 'inherited', from: k }); return; }
        break;
      }
    }
    // A paragraph that opens with a quotation continues the previous paragraph's speaker: the
    // speaker of its last quote, or the attribution that introduces it ("Kerry said:").
    const para = input.paragraphs[q.paragraph] as { start: number };
    if (q.outerStart === para.start && q.paragraph > 0) {
      if (prevQ && prev && prev.mention && prevQ.paragraph === q.paragraph - 1) {
        out.push({ ...a, cue: prev.cue, mention: prev.mention, via: 'inherited', from: i - 1 });
        return;
      }
      const intro = introducingAttribution(input, q.paragraph - 1);
      if (intro) { out.push({ ...a, cue: intro.cue, mention: intro.mention, via: 'inherited' }); return; }
    }
    // A quotation that opens a sentence after one about a person, in the same paragraph:
    // `Schiff said the administration may wait. "The other factor is …"` ·
    // `His partner, Lawrence Cummings, called him a master at deals. "He showed again …"`
    if (a.type === 'direct' && (!prevQ || prevQ.paragraph < q.paragraph - 1 || (prevQ.paragraph === q.paragraph - 1 && q.outerStart !== para.start))) {
      const lead = previousSentenceSpeaker(input, q);
      if (lead) { out.push({ ...a, cue: lead.cue, mention: lead.mention, via: 'inherited' }); return; }
    }
    out.push(a);
  });
  return out;
}

/**
 * The speaker of the sentence before quotation `q`, in its paragraph, when `q` opens a sentence:
 * the attribution of that sentence, or its subject when that is a name or a personal pronoun
 * followed by a verb.
 */
function previousSentenceSpeaker(input: AttributeInput, q: QuotedSpan): { cue: MentionSpan | null; mention: MentionSpan } | null {
  const para = input.paragraphs[q.paragraph] as { start: number; end: number };
  const sentences = input.sentencesOf(q.paragraph);
  const si = sentenceIndexAt(sentences, q.outerStart);
  const own = sentences[si];
  if (!own || !/^[\s\u2063]*$/u.test(input.masked.slice(Math.max(own.start, para.start), q.outerStart))) return null;
  let prev = sentences[si - 1];
  let limit = own.start;
  if (!prev || prev.start < para.start) {
    // a paragraph that opens with the quotation: the last sentence of the paragraph before
    const before = input.paragraphs[q.paragraph - 1];
    if (q.outerStart !== para.start || !before || (before.role !== undefined && before.role !== 'body')) return null;
    const ps = input.sentencesOf(q.paragraph - 1);
    prev = ps[sentenceIndexAt(ps, before.end - 1)];
    limit = before.end;
    if (!prev) return null;
  }
  const start = Math.max(prev.start, limit - WINDOW);
  const end = Math.min(prev.end, limit);
  const tokens = tokenize(input.masked, start, end);
  if (tokens.some((t) => t.kind === 'mask')) return null;
  const found = sentenceAttribution(input, tokens, start, end);
  if (found) return found;
  const subject = personSubject(tokens, input.text);
  return subject ? { cue: null, mention: subject } : null;
}

/**
 * The subject of a sentence's main verb when it is a name or "he"/"she": the phrase before the
 * first finite verb (`Her former partner, Lena Fischer, called …` → Lena Fischer).
 */
function personSubject(tokens: readonly Token[], text: string, nominal = false): MentionSpan | null {
  // (after an opening phrase closed by a comma: `Reprising a favourite line, the senator talked about …`)
  const from = openingPhraseEnd(tokens);
  const v = tokens.findIndex((t, i) => i > from && i < from + 30 && t.kind === 'word' && /^\p{Ll}/u.test(t.text) && (isVerbLike(t.text) || /^(?:also|has|had|have|was|is)$/.test(t.text)));
  // (not across a dashed aside, which is read only before a cue: `Oz — a surgeon — has been called`)
  if (v < 0 || /^[—–―-]$/u.test((tokens[v - 1] as Token).text)) return null;
  const subject = mentionBefore(tokens, v, text, from);
  if (!subject || isShouted(subject.text)) return null;
  const head = from > 0 ? subject.text.replace(/^(?:the|a|an|his|her|their|its)\b/, (w) => w.charAt(0).toUpperCase() + w.slice(1)) : subject.text;
  if (!/^(?:\p{Lu}|(?:he|she)$)/u.test(head)) return null;
  // (with `nominal`, a described one too: `The retired surgeon gushed about "…"`, `His campaign protested …`)
  if (/^(?:This|That|These|Those|It|They|There)\b/.test(head)) return null;
  if (!nominal && /^(?:The|A|An|His|Her|Their|Its)\b/.test(head)) return null;
  return subject;
}

/** The index after the comma that closes a sentence-opening participial or prepositional phrase, or 0. */
function openingPhraseEnd(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || !/^(?:\p{Lu}\p{Ll}+ing|In|On|At|During|After|Before|Following|Amid|Since|Under|Throughout)$/u.test(first.text)) return 0;
  for (let k = 1; k < tokens.length && k < 25; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'mask' || t.text === ';' || t.text === ':') return 0;
    if (t.text === ',') return k + 1;
  }
  return 0;
}

/** The attribution in the last sentence of paragraph `pi`, when it introduces what follows. */
function introducingAttribution(input: AttributeInput, pi: number): { cue: MentionSpan | null; mention: MentionSpan } | null {
  const para = input.paragraphs[pi];
  if (!para) return null;
  const sentences = input.sentencesOf(pi);
  const si = sentenceIndexAt(sentences, para.end - 1);
  const sent = sentences[si];
  if (!sent || sent.end <= para.start) return null;
  const start = Math.max(sent.start, para.start, para.end - WINDOW);
  const tail = input.masked.slice(start, para.end);
  const tokens = tokenize(input.masked, start, para.end);
  const found = sentenceAttribution(input, tokens, start, para.end);
  if (!/:\s*$/.test(tail)) {
    // Without a colon, only a reporting verb proper introduces the next paragraph's quotation
    // ("Venkataraman described the moment …" does not; "Kerry said the program would grow." may).
    return found && isStrongCue(found.cue.text) && !isNamingCue(found.cue.text) ? found : null;
  }
  if (found) return found;
  const subject = clauseSubject(tokens, 0, tokens.length, input.text);
  return subject ? { cue: null, mention: subject } : null;
}

/** The first cue of a clause that has a speaker, and that speaker. */
export function sentenceAttribution(input: AttributeInput, tokens: readonly Token[], start: number, end: number): { cue: MentionSpan; mention: MentionSpan } | null {
  const cues = findCues(input, start, end);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c] as MentionSpan;
    const ci = tokenIndexAt(tokens, cue.start);
    if (ci < 0 || isNamingCue(cue.text) || isSpeechNoun(cue.text)) continue;
    const lastCueTok = ci + (cue.text.split(/\s+/).length - 1);
    let mention: MentionSpan | null;
    if (/^according/i.test(cue.text)) mention = mentionAfter(tokens, lastCueTok, input.text);
    else if (isParticiple(cue.text) && !isProgressive(tokens, ci)) mention = borrowedSubject(tokens, cues, c, input.text);
    else mention = mentionBefore(tokens, ci, input.text, 0) ?? (isInvertible(cue.text) ? mentionAfter(tokens, lastCueTok, input.text) : null);
    if (mention) return { cue, mention };
  }
  return null;
}

/**
 * `…, with Senator Ana Ruiz telling reporters that …` · `with one of her ads asking, "…"`: the
 * phrase between `with` and a participle is the participle's subject.
 */
function withSubject(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const m = ci > 1 ? phraseEndingAt(tokens, ci - 1, text, 0) : null;
  if (!m) return null;
  const k = tokens.findIndex((t) => t.start === m.start);
  const prep = tokens[k - 1];
  return prep && prep.text === 'with' && !/^(?:it|this|that|them|him|her|us|me)$/i.test(m.text) && !isShouted(m.text) ? m : null;
}

/** `footage of Hillary Clinton asking, "…"`: a name right before a participle is its subject. */
function nameBeforeParticiple(tokens: readonly Token[], ci: number, text: string): MentionSpan | null {
  const prev = tokens[ci - 1];
  if (!prev || prev.kind !== 'word' || !/^\p{Lu}/u.test(prev.text)) return null;
  // the run of capitalised words only ("footage of Tess Okafor asking"), not a nominal around it
  let k = ci - 1;
  while (k - 1 >= 0 && ci - k < 5 && (tokens[k - 1] as Token).kind === 'word' && /^\p{Lu}/u.test((tokens[k - 1] as Token).text)) k--;
  const m = phraseEndingAt(tokens, ci - 1, text, k);
  return m && /^\p{Lu}/u.test(m.text) && !/^(?:The|A|An|This|That|It|They|We|I)\b/.test(m.text) && !isShouted(m.text) ? m : null;
}

/** Whether token `i` lies in a sentence-opening prepositional phrase or subordinate clause closed by a comma ("In a message posted Friday, …", "When Ruiz accused the mayor, …"). */
function inOpeningAdverbial(tokens: readonly Token[], i: number): boolean {
  const first = tokens[0];
  if (!first || !/^(?:In|On|At|During|After|Before|Following|Amid|Throughout|Through|Since|Under|With|From|When|While|Although|Though|Once|Because|Until|Whereas)$/.test(first.text)) return false;
  for (let k = 1; k < tokens.length && k < 25; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'mask' || t.text === ';' || t.text === ':') return false;
    if (t.text === ',') return i < k;
  }
  return false;
}

/** Whether token `i` starts a clause: the window's start, or after punctuation or a quotation. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.kind === 'punct' || prev.kind === 'mask';
}

/** A headline in capitals ("VOTERS CARE MORE ABOUT …") is no speaker. */
function isShouted(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 3 && !/\p{Ll}/u.test(text);
}

/**
 * The subject of the clause a participle hangs from: the last name, pronoun or nominal before
 * it that starts a clause (sentence start, comma, `and`, `but`) and is followed by a verb-like
 * lower-case word. `Hours after the debate, Trump tweeted, telling …` → Trump.
 */
function lastClauseSubject(tokens: readonly Token[], before: number, text: string): MentionSpan | null {
  let best: MentionSpan | null = null;
  for (let i = 0; i < before; i++) {
    const prev = tokens[i - 1];
    // (or right after a sentence-opening adverb: `Then he cut into Bush, calling him …`)
    const starts = !prev || prev.text === ',' || prev.text === ';' || prev.kind === 'mask' || /^(?:and|but|while|as)$/.test(prev.text) ||
      (i === 1 && /^(?:Then|Later|Now|Still|Instead|Meanwhile|Also|And|But|So|Yet|Earlier|Afterward|Finally)$/.test(prev.text));
    if (!starts) continue;
    // the phrase starting here: extend over capitalised words / nominal words up to a lower-case verb
    let j = i;
    while (j + 1 < before && (tokens[j + 1] as Token).kind !== 'punct' && (tokens[j + 1] as Token).kind !== 'mask' && /^[\p{Lu}(]/u.test((tokens[j + 1] as Token).text)) j++;
    const next = tokens[j + 1];
    if (!next || next.kind !== 'word' || !/^\p{Ll}/u.test(next.text)) continue;
    const m = phraseEndingAt(tokens, j, text, i);
    if (m && m.start === (tokens[i] as Token).start && !isShouted(m.text)) best = m;
  }
  return best;
}

/** "Sanders is pledging", "she has been saying": a participle after an auxiliary is finite. */
export function isProgressive(tokens: readonly Token[], cueIndex: number): boolean {
  const prev = tokens[cueIndex - 1];
  return prev !== undefined && /^(?:is|are|was|were|be|been|am|keeps|kept)$/.test(prev.text);
}

/** A pronoun right before a word that is both noun and verb ("what he calls", "as she claims"). */
function pronounSubject(tokens: readonly Token[], cueIndex: number, text: string): MentionSpan | null {
  const prev = tokens[cueIndex - 1];
  if (!prev || !/^(?:he|she|they|it|we|I|He|She|They|It|We)$/.test(prev.text)) return null;
  return { start: prev.start, end: prev.end, text: text.slice(prev.start, prev.end) };
}

/**
 * `calls` read as the naming verb when its subject comes right before it and no `for`, `of`,
 * `on` … after it: `Jane Ruiz calls it a "mistake"`, `the mayor calls the plan "reckless"`
 * (not `his calls for "unity"`, `calls of "Go home"`, where it is the noun). Plural `call` only
 * after a pronoun (`what they call the "fraudulent" vote`): `Residents call the bridge "the
 * Widowmaker"` is a nickname, not a quotation.
 */
function namingSubject(tokens: readonly Token[], cueIndex: number, text: string): MentionSpan | null {
  const cue = tokens[cueIndex];
  const next = tokens[cueIndex + 1];
  if (!cue || !next || next.kind !== 'word' || /^(?:for|of|on|from|to|with|in|at|by|upon|out|up|off|back|that)$/.test(next.text)) return null;
  if (cue.text === 'call') {
    const prev = tokens[cueIndex - 1];
    return prev && /^(?:they|we|They|We)$/.test(prev.text) ? { start: prev.start, end: prev.end, text: text.slice(prev.start, prev.end) } : null;
  }
  return cue.text === 'calls' ? mentionBefore(tokens, cueIndex, text, 0) : null;
}

/**
 * Headlines that report: `Okafor: Bridge Will Reopen` (a source before a colon) and `Okafor Says
 * Bridge Will Reopen` / `Bridge Will Reopen, Okafor Says` (a title-case reporting or stance verb).
 */
import { compiledNow } from '../../text/native-regexp.js';
import type { AttributeInput } from '../attribute.js';
import { HEADLINE_SPEECH_VERBS, HEADLINE_STANCE_VERBS, KICKERS, NOT_HEADLINE_SOURCES, NOT_SOURCE_LABELS, SERIES_WORDS } from '../lexicon/headlines.js';
import { alternation } from '../lexicon/pattern.js';
import type { MentionSpan } from '../mentions.js';
import { pushContent, trimEnd, type IndirectSpan } from './content.js';

/**
 * A headline that gives a claim after its source and a colon: `Okafor: Bridge Will Reopen by
 * Spring`, `Harbour Gazette Poll: Ruiz Leads`. The label is a short name-like phrase (not a
 * column or series name such as `The Latest:` or `UPDATE:`, nor an exclamation such as
 * `Revealed:` or `Wow:`); the content is the rest of the line
 * (a sub-headline on the next line, `Okafor: Bridge will reopen;\nCrews start Monday`, is not).
 */
const HEADLINE_LABEL = new RegExp(String.raw`^(?!(?:${alternation(NOT_SOURCE_LABELS)})\b)\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+[\p{L}\p{N}.'’&-]+){0,4}$`, 'u');

/**
 * A column or series name ends in one of these words (`Breitbart News Daily:`, `Tuesday's Morning
 * Email:`, `Delegate Update:`); inside a name they are a source's (`Harbour Daily News: …`).
 */
const NOT_SOURCE_WORD = new RegExp(String.raw`\b(?:${alternation(SERIES_WORDS)})$`, 'u');

/** A label that is a source on its own although it ends like a series name: `Report: Ferry to close` (a report says so). */
const SOURCE_ALONE = /^Reports?$/u;

/** A label of two capitals is a source's initials, not a kicker: `AP: Ferry operator fined`. */
const INITIALS = /^\p{Lu}{2}$/u;

/** A kicker before the source, set off by a dash: `EXCLUSIVE – Okafor: Bridge Will Reopen`. */
const KICKER = new RegExp(String.raw`^(?:${alternation(KICKERS)})\s*[–—-]\s+`, 'u');

export function findHeadlineClaim(input: AttributeInput, para: { start: number; end: number }, index: number, out: IndirectSpan[]): boolean {
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
const HEADLINE_VERB = String.raw`(?:Just\s+|Also\s+|Finally\s+)?(?:${alternation(HEADLINE_SPEECH_VERBS)}|${alternation(HEADLINE_STANCE_VERBS, '\\s+')}|Calls)`;

/**
 * Verbs of stance among those (`Okafor Slams Board Over Fares`, `Ruiz Backs Okafor And Rejects
 * Toll`): their content is the object, without a trailing adjunct (`Over …`, `After …`, `Amid …`)
 * or a second verb (`And Rejects …`).
 */
const HEADLINE_STANCE = new RegExp(String.raw`^(?:Just\s+|Also\s+|Finally\s+)?(?:${alternation(HEADLINE_STANCE_VERBS, '\\s+')})$`, 'u');

const HEADLINE_ADJUNCT = /\s(?:[Aa]fter|[Aa]mid|[Oo]ver|[Ww]ith|[Dd]espite|[Ff]ollowing|[Dd]uring|[Bb]efore|[Ii]nstead|[Aa]head|[Aa]s|[Aa]t|[Ii]n|And\s+\p{Lu}\p{Ll}+s)\s/u;

/** A headline's source: up to six words from the line start, the first one capitalised. */
const HEADLINE_SOURCE = String.raw`(?!(?:${alternation(NOT_HEADLINE_SOURCES)})\s)\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+[\p{L}\p{N}’'.&#-]+){0,5}?`;

const HEADLINE_REPORT = compiledNow(new RegExp(`^(${HEADLINE_SOURCE})(\\s+)(${HEADLINE_VERB})\\s`, 'u'));

const HEADLINE_REPORT_AFTER = compiledNow(new RegExp(`,(\\s+)(${HEADLINE_SOURCE})(\\s+)(${HEADLINE_VERB})(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}$`, 'u'));

/** A second headline verb right after the first content's comma. */
const HEADLINE_SECOND = new RegExp(`^,\\s+(${HEADLINE_VERB})\\s`, 'u');

/** Whether a line holds one of the verbs at all (a cheap test before the patterns above). */
const HEADLINE_VERB_ANY = new RegExp(String.raw`\s(?:${alternation(HEADLINE_SPEECH_VERBS)}|${alternation(HEADLINE_STANCE_VERBS.map((verb) => verb.split(' ')[0] as string))})(?:\s|$)`);

/** The longest headline read as one, in UTF-16 units (here and by extract.ts for a body paragraph in a headline's place). */
export const MAX_HEADLINE = 200;

export function findHeadlineReport(input: AttributeInput, para: { start: number; end: number }, index: number, out: IndirectSpan[]): boolean {
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

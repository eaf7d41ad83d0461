/**
 * A found content and the one gate every rule passes it through: {@link pushContent} trims the
 * span (punctuation, a dangling conjunction, a light verb's attitude noun) and drops what cannot be
 * a report (empty, mostly quoted, a stray quote mark, overlapping its cue or source).
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import type { AttributeInput } from '../attribute.js';
import { alternation } from '../lexicon/pattern.js';
import { ATTITUDE_NOUNS, LIGHT_VERB_STEMS } from '../lexicon/stance.js';
import type { MentionSpan } from '../mentions.js';
import { MASK } from '../tokens.js';

/** One reported statement without quote marks (UTF-16 indices). */
export interface IndirectSpan {
  start: number;
  end: number;
  paragraph: number;
  cue: MentionSpan;
  /** The source's mention; null when the report names none (`X is expected to …`, `X reportedly …`). */
  mention: MentionSpan | null;
}

/** The longest stance content, in UTF-16 units. */
export const MAX_CONTENT = 600;

/** The end of a sentence without its final punctuation and closing marks. */
export function trimEnd(masked: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:,)\]]/u.test(masked[e - 1] as string)) e--;
  return e;
}

/** A conjunction left at the end of a content. */
const DANGLING = /\s(?:and|or|but|nor)$/;

/** Light verbs that report an attitude through its noun (`expressed concern about`, `offered kind words for`). */
const LIGHT_VERB = new RegExp(String.raw`^(?:${alternation(LIGHT_VERB_STEMS)})(?:s|es|ed|d|n|ing)?$`, 'u');

/**
 * After a light verb, an attitude noun with its preposition belongs to the cue, and the content is
 * what the attitude is about: `voiced deep concern about the budget` → `the budget`, `showed little
 * enthusiasm for Okafor` → `Okafor`. (Not after a possessive or `the`: `expressed their support for
 * the mayor` keeps the noun phrase, as PolNeAR does.)
 */
const ATTITUDE_HEAD = new RegExp(String.raw`^(?!(?:his|her|their|its|our|my|your|the|this|that|these|those)\s)(?:\p{Ll}+\s){0,3}?(?:(?:${alternation(ATTITUDE_NOUNS)})\s(?:about|with|for|over|of|on|at|to|toward|towards)|(?:interest|confidence|faith)\sin)\s(?=\S)`, 'u');

export function pushContent(
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

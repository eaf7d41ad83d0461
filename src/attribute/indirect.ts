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
 *
 * This is the entry point; the rules live in reported/ (one file per kind of frame, plus where a
 * content starts and ends, the second-pass adjustments and the filters) and their word lists in
 * lexicon/.
 */
import { findCues, type AttributeInput } from './attribute.js';
import { endBeforeWhich, relativeHedges, subjectRelative, thatAfterAdverbial, withThat } from './reported/adjust.js';
import type { IndirectSpan } from './reported/content.js';
import { isRejected } from './reported/filters.js';
import { findHeadlineClaim, findHeadlineReport } from './reported/headlines.js';
import { HEDGE } from './reported/hedges.js';
import { dropNested, onceEach } from './reported/nested.js';
import { POLL_WORD } from './reported/polls.js';
import { findInParagraphSentence } from './reported/sentence.js';
import { usableCue } from './reported/speech.js';
import { NOUN_CLAIM_ONE, NOUN_STANCE_ONE, RECEIVED_ONE } from './reported/stance-nouns.js';
import { ADJ_STANCE_ONE, DREW_CRITICISM_ONE, mayHoldPerspective, PASSIVE_REPORT_ONE, SEEN_AS_ONE } from './reported/stance-phrases.js';
import { findStanceCues } from './reported/stance-verbs.js';

export type { IndirectSpan } from './reported/content.js';
export { MAX_HEADLINE } from './reported/headlines.js';

/**
 * Whether a paragraph with no reporting or stance verb may still hold a report: a hedge, a poll,
 * a noun or adjective of stance, a view held in the passive, a point of view (cheap tests; most
 * paragraphs fail them all and are never split into sentences).
 */
function mayReport(body: string): boolean {
  return [HEDGE, POLL_WORD, NOUN_CLAIM_ONE, NOUN_STANCE_ONE, RECEIVED_ONE, ADJ_STANCE_ONE, SEEN_AS_ONE, PASSIVE_REPORT_ONE, DREW_CRITICISM_ONE].some((pattern) => pattern.test(body)) || mayHoldPerspective(body);
}

/**
 * Find the indirect (unquoted) reported statements of the body sentences (and of headlines).
 * First pass: each title paragraph is tried as a headline, each body paragraph that may report
 * is read sentence by sentence (reported/sentence.ts). Second pass: contents nested in other
 * contents are dropped (reported/nested.ts), boundaries adjusted (reported/adjust.ts), and the
 * candidates that report nothing filtered out (reported/filters.ts).
 */
export function findIndirect(input: AttributeInput, bodyParagraph: (index: number) => boolean, titleParagraph: (index: number) => boolean = () => false): IndirectSpan[] {
  const { masked, paragraphs } = input;
  const out: IndirectSpan[] = [];
  const stance = findStanceCues(masked);
  paragraphs.forEach((para, index) => {
    if (titleParagraph(index) && (findHeadlineClaim(input, para, index, out) || findHeadlineReport(input, para, index, out))) return;
    if (!bodyParagraph(index)) return;
    // only paragraphs with a usable reporting verb or a stance verb are split into sentences
    const body = masked.slice(para.start, para.end);
    if (!findCues(input, para.start, para.end).some((c) => usableCue(c.text)) && !findCues({ cues: stance }, para.start, para.end).length && !mayReport(body)) return;
    for (const s of input.sentencesOf(index)) findInParagraphSentence(input, para, s, stance, out);
  });
  const outer = withThat(masked, dropNested(out, masked), paragraphs).map((x) => thatAfterAdverbial(masked, x));
  const spans = onceEach(relativeHedges(masked, outer)).map((x) => endBeforeWhich(masked, x)).map((x) => subjectRelative(masked, x, paragraphs));
  return spans.filter((x) => !isRejected(masked, x, paragraphs));
}

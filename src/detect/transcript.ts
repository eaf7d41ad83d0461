/**
 * Q&A transcripts: paragraphs that open with a speaker label (in capitals or a name) and a colon
 * (`WALLACE: …`, `MAYOR OKAFOR: …`). The words after the label are the speaker's own, but they
 * carry no quote marks, so by the output contract they are reported as `indirect` quotations
 * with the colon as their cue.
 *
 * A label alone proves little (`UPDATE:`, `EXCLUSIVE:`, `BYLINE:` start lines too), so an article
 * counts as a transcript only when it has at least three labelled paragraphs and some label
 * takes more than one turn.
 */

/** One turn of a transcript (UTF-16 indices). */
export interface TranscriptTurn {
  /** The words spoken: after the label and colon, to the paragraph's end. */
  start: number;
  end: number;
  paragraph: number;
  label: { start: number; end: number; text: string };
  colon: { start: number; end: number; text: string };
}

/**
 * A label: a name in capitals (`MAYOR OKAFOR:`) or a name in title case of one to four words
 * (`Tess Okafor:`, `Okafor:`, `Ana Ruiz-Lopez:`), as panel and interview write-ups print them.
 */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]{0,38}\p{Lu}\.?|\p{Lu}[\p{Ll}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,3})(:)[ \t]+(?=\S)/u;
/** One to four words and a colon at the start of a line: what any {@link LABEL} looks like. */
const LABEL_SHAPE = /^[^\s:]{1,40}(?:[ \t][^\s:]{1,40}){0,3}:[ \t]/;
/** Labels that start news lines but name no speaker. */
const NOT_SPEAKERS = /^(?:UPDATE|UPDATED|EMAIL|BYLINE|EXCLUSIVE|BREAKING|WATCH|LOOK|BOOM|BUSTED|NOTE|EDITOR'?S NOTE|CORRECTION|PHOTOS?|VIDEO|READ MORE|RELATED|SOURCE|LINK|TAGS|WARNING|ALERT|SPOILER|LIVE|ANALYSIS|OPINION|Q|A)$/u;

/** The turns of a transcript in the given paragraphs, or none when the text is no transcript. */
export function findTranscriptTurns(text: string, paragraphs: readonly { start: number; end: number; role: string }[]): TranscriptTurn[] {
  const turns: TranscriptTurn[] = [];
  paragraphs.forEach((p, index) => {
    if (p.role !== 'body') return;
    const head = text.slice(p.start, Math.min(p.end, p.start + 60));
    // (a cheap test first: the label pattern is costly to compile, and most texts never need it)
    const m = LABEL_SHAPE.test(head) ? LABEL.exec(head) : null;
    if (!m) return;
    const label = m[1] as string;
    if (NOT_SPEAKERS.test(label) || label.split(/\s+/).length > 4) return;
    const start = p.start + m[0].length;
    // (`Okafor: 1,769.` is a tally, not a turn)
    if (p.end - start < 2 || !/\p{L}{2}/u.test(text.slice(start, p.end))) return;
    turns.push({
      start, end: p.end, paragraph: index,
      label: { start: p.start, end: p.start + label.length, text: label },
      colon: { start: p.start + label.length, end: p.start + label.length + 1, text: ':' },
    });
  });
  // (a speaker is named in full once and by surname after: `KATE BOULDUAN:` … `BOULDUAN:`)
  const counts = new Map<string, number>();
  for (const t of turns) {
    const key = surnameOf(t.label.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = [...counts.values()].some((n) => n >= 2);
  return turns.length >= 3 && repeated ? turns : [];
}

/** The last word of a label, in capitals: the key under which a speaker's turns are counted. */
function surnameOf(label: string): string {
  const words = label.trim().split(/\s+/);
  return (words[words.length - 1] as string).toUpperCase();
}

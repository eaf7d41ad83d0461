/**
 * Contents inside other contents: a stance, hedge or poll inside another attribution's content is
 * part of it and dropped; a reporting verb there is a second statement and stays (except inside a
 * source of evidence such as `according to`); two statements holding each other's cue, and a
 * statement in a relative clause that ends the content it interrupts; one content per span and cue.
 */
import { countBefore } from '../../text/search.js';
import type { IndirectSpan } from './content.js';
import { NOUN_SPANS } from './stance-nouns.js';

/**
 * The same content with the same cue found by two rules (`aides are convinced that …` read as an
 * adjective of stance and as a verb, both moved onto the `that` by {@link withThat}) is reported once.
 */
export function onceEach(spans: IndirectSpan[]): IndirectSpan[] {
  const seen = new Set<string>();
  return spans.filter((x) => {
    const key = `${x.start}:${x.end}:${x.cue.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
export function dropNested(spans: readonly IndirectSpan[], masked: string): IndirectSpan[] {
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

/**
 * extractQuotes(): the whole pipeline on one text, as a pure function of its input.
 *
 *   segment (paragraphs, roles, sentences) → detect (quote marks → quoted spans)
 *   → attribute (cues, speaker mentions) → resolve (canonical speakers) → the document
 *
 * Inside the pipeline offsets are JavaScript string indices; they become Unicode code points
 * here, once, when the document is built.
 */
import { createHash } from 'node:crypto';
import type { Document, Quote, QuoteType, Resolution, Speaker, Warning } from './schema/document.js';
import { segmentText, type Segmentation } from './segment/segment.js';
import { scanQuotes, type QuotedSpan } from './detect/scan.js';
import { notQuotationReason } from './detect/not-quotations.js';
import { findTranscriptTurns } from './detect/transcript.js';
import { attributeQuotes, describedSubject, findAllCues, type Attribution } from './attribute/attribute.js';
import { maskQuotes } from './attribute/tokens.js';
import { findIndirect, MAX_HEADLINE, type IndirectSpan } from './attribute/indirect.js';
import { describePhrase } from './attribute/nlp.js';
import type { MentionSpan } from './attribute/mentions.js';
import { indexNames } from './entities/names.js';
import { SpeakerResolver, tidyTitles, type ResolvedMention, type SpeakerRecord } from './entities/speakers.js';
import { codePointMapper, collapseWhitespace } from './text/code-points.js';
import { DEFAULT_QUOTE_TYPES } from './schema/constants.js';

/** Options for {@link extractQuotes}. */
export interface ExtractOptions {
  /** Path reported in `source.path` (default `"-"`). */
  path?: string;
  /** Record id reported in `source.id` (JSONL input). */
  id?: string;
  /** Quote types to keep (default: direct, partial and indirect; `stance` only when listed). */
  types?: readonly QuoteType[];
  /** Warnings found while reading/decoding the input, added to the document. */
  inputWarnings?: readonly Warning[];
  /** The original bytes, when `text` was decoded from them (for `source.bytes` and `sha256`). */
  bytes?: Uint8Array;
  /**
   * Keep quoted text that is not a quotation (titles, scare quotes), with `speaker: null` and a low
   * confidence, instead of leaving it out (default false).
   */
  keepNonQuotations?: boolean;
}

/** Paragraph roles whose quotation marks are not quotations of speech. */
const NO_QUOTES = new Set(['caption', 'metadata', 'title', 'byline', 'dateline']);

/**
 * Extract the attributed quotations of one article.
 *
 * @param text The article, decoded (a leading BOM is ignored for offsets).
 * @returns The output document (schema version 1).
 */
export function extractQuotes(text: string, options: ExtractOptions = {}): Document {
  if (typeof text !== 'string') throw new TypeError('extractQuotes(text): `text` must be a string; decode bytes first (see decodeInput)');
  const bytes = options.bytes ?? Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // key order is the contract's: path, id, bytes, sha256
  const source: Document['source'] =
    options.id === undefined
      ? { path: options.path ?? '-', bytes: bytes.byteLength, sha256 }
      : { path: options.path ?? '-', id: options.id, bytes: bytes.byteLength, sha256 };
  // The contract's offsets count from after a byte-order mark; keep the text otherwise untouched.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return documentFromSegmentation(body, segmentText(body), source, options);
}

/**
 * The document for a text whose segmentation is already known (the unified plugin passes the
 * sentences of the tree it was given). `text` must not start with a byte-order mark.
 */
export function documentFromSegmentation(text: string, segmentation: Segmentation, source: Document['source'], options: ExtractOptions = {}): Document {
  return buildDocument(text, source, analyzeText(text, segmentation), options);
}

/** `source` for a text that came without a path or bytes. */
export function sourceOf(text: string, path = '-'): Document['source'] {
  const bytes = Buffer.from(text, 'utf8');
  return { path, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Everything the stages found in one text (UTF-16 offsets). */
export interface Analysis {
  segmentation: Segmentation;
  quotes: QuotedSpan[];
  attributions: Attribution[];
  resolved: (ResolvedMention | null)[];
  speakers: SpeakerRecord[];
  warnings: Warning[];
  /** Per quoted span: why it is not a quotation (title, scare quote), or null. */
  notQuotes: ('title' | 'scare-quote' | null)[];
  /** Reported speech without quote marks, and the speaker of each. */
  indirect: IndirectSpan[];
  /** null where the report names no source (`the deal is expected to close`). */
  indirectResolved: (ResolvedMention | null)[];
}

/** Run detect → attribute → resolve over a segmented text. */
export function analyzeText(text: string, segmentation: Segmentation): Analysis {
  const { paragraphs } = segmentation;
  const scan = scanQuotes(text, paragraphs.map((p) => ({ start: p.start, end: p.end, skip: NO_QUOTES.has(p.role) })));
  const masked = maskQuotes(text, scan.quotes);
  const input = { text, masked, sentencesOf: segmentation.sentencesOf, paragraphs, quotes: scan.quotes, cues: findAllCues(masked) };
  const attributed = attributeQuotes(input);
  // Transcript turns (`MAYOR OKAFOR: …`) are unmarked speech: reported with the indirect quotations.
  const turns = findTranscriptTurns(text, paragraphs);
  const turnParagraphs = new Set(turns.map((t) => t.paragraph));
  const lead = headlinePosition(text, paragraphs);
  const indirect = [
    ...findIndirect(input, (p) => (paragraphs[p]?.role === 'body' || paragraphs[p]?.role === 'title') && !turnParagraphs.has(p), (p) => paragraphs[p]?.role === 'title' || (p === lead && !turnParagraphs.has(p))),
    ...turns.map((t) => ({ start: t.start, end: t.end, paragraph: t.paragraph, cue: t.colon, mention: t.label })),
  ].sort((a, b) => a.start - b.start);
  // Titles and scare quotes are not quotations: never attributed to anyone.
  const notQuotes = scan.quotes.map((q, i) => {
    const a = attributed[i] as Attribution;
    const para = paragraphs[q.paragraph] as { start: number };
    const before = masked.slice(Math.max(para.start, q.outerStart - 40), q.outerStart);
    // a speaker borrowed from a neighbouring quotation that itself has no cue (`Okafor: "…"`, a
    // sentence about her) does not claim a short fragment: `the "Tea Party" wing` stays a scare quote
    const claimed = a.mention !== null && !(a.via === 'inherited' && a.cue === null && a.continues === null);
    return notQuotationReason(text.slice(q.start, q.end), before, claimed, a.type);
  });
  const attributions = attributed.map((a, i) => {
    if (notQuotes[i]) return { ...a, cue: null, mention: null, via: 'none' as const, from: null, continues: null };
    const described = describedSubject(input, scan.quotes[i] as QuotedSpan, i, a);
    return described ? { ...a, mention: described, via: 'before' as const } : a;
  });

  const bodyRanges = paragraphs.filter((p) => p.role === 'body' || p.role === 'title');
  const resolver = new SpeakerResolver(indexNames(text, bodyRanges, masked), describePhrase);
  const warnings = [...scan.warnings];
  // Resolve each distinct mention once, in text order, so recency means what it says.
  const byMention = new Map<number, ResolvedMention>();
  const mentions = new Map<number, MentionSpan>();
  for (const a of attributions) if (a.mention && a.via !== 'inherited') mentions.set(a.mention.start, a.mention);
  for (const a of attributions) if (a.mention && !mentions.has(a.mention.start)) mentions.set(a.mention.start, a.mention);
  for (const x of indirect) if (x.mention && !mentions.has(x.mention.start)) mentions.set(x.mention.start, x.mention);
  for (const m of [...mentions.values()].sort((x, y) => x.start - y.start)) {
    const r = resolver.resolve(m);
    byMention.set(m.start, r);
    if (r.uncertain) warnings.push({ rule: 'unresolved-speaker', message: `could not tell who "${m.text}" is; guessed ${r.speaker.name}`, start: m.start, end: m.end });
  }
  const resolved = attributions.map((a) => (a.mention ? (byMention.get(a.mention.start) ?? null) : null));
  const indirectResolved = indirect.map((x) => (x.mention ? (byMention.get(x.mention.start) as ResolvedMention) : null));
  return { segmentation, quotes: scan.quotes, attributions, resolved, speakers: resolver.speakers, warnings, notQuotes, indirect, indirectResolved };
}

/**
 * The index of a body paragraph that stands where a headline stands (the first paragraph that is
 * not metadata, a caption, a byline or a dateline, on one or two lines and at most
 * {@link MAX_HEADLINE} long), or -1: a headline in sentence case with a full stop (`Okafor: Bridge
 * will reopen by spring.`), which the segmenter calls body. Its `Source: claim` is read as a headline's.
 */
function headlinePosition(text: string, paragraphs: readonly { start: number; end: number; role: string }[]): number {
  const first = paragraphs.findIndex((p) => p.role === 'title' || p.role === 'body');
  const p = paragraphs[first];
  if (!p || p.role !== 'body' || p.end - p.start > MAX_HEADLINE || text.slice(p.start, p.end).split('\n').length > 2) return -1;
  return first;
}

function confidenceOf(q: QuotedSpan, a: Attribution, r: ResolvedMention | null, notQuote: boolean): number {
  let c: number;
  if (notQuote) c = 0.1;
  else if (!r) c = 0.3;
  else if (a.via === 'inherited') c = a.continues !== null ? 0.85 : 0.7;
  else if (a.via === 'credit' || a.via === 'colon') c = 0.75;
  else if (r.resolution === 'coreference') c = 0.8;
  else c = 0.9;
  if (a.type === 'partial') c *= 0.95;
  if (q.unclosed) c *= 0.6;
  if (r?.uncertain) c *= 0.8;
  return Math.round(c * 100) / 100;
}

function buildDocument(text: string, source: Document['source'], an: Analysis, options: ExtractOptions): Document {
  const cp = codePointMapper(text);
  const span = (s: { start: number; end: number; text?: string }): { text: string; start: number; end: number } => ({
    text: s.text ?? text.slice(s.start, s.end), start: cp(s.start), end: cp(s.end),
  });
  const keep = new Set<QuoteType>(options.types ?? DEFAULT_QUOTE_TYPES);

  // Every emitted quotation, direct/partial and indirect, in text order.
  type Entry = { kind: 'quoted'; i: number; start: number } | { kind: 'indirect'; i: number; start: number };
  const entries: Entry[] = [];
  an.quotes.forEach((q, i) => {
    if (keep.has((an.attributions[i] as Attribution).type) && (options.keepNonQuotations === true || an.notQuotes[i] === null)) entries.push({ kind: 'quoted', i, start: q.start });
  });
  if (keep.has('indirect')) an.indirect.forEach((x, i) => entries.push({ kind: 'indirect', i, start: x.start }));
  entries.sort((a, b) => a.start - b.start || (a.kind === b.kind ? a.i - b.i : a.kind === 'quoted' ? -1 : 1));

  // Speakers in order of their first quotation; only those quoted.
  const counts = new Map<SpeakerRecord, number>();
  const speakerOf = (e: Entry): ResolvedMention | null => (e.kind === 'quoted' ? (an.resolved[e.i] ?? null) : (an.indirectResolved[e.i] ?? null));
  for (const e of entries) {
    const r = speakerOf(e);
    if (r) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  }
  const idOf = new Map<SpeakerRecord, string>();
  const speakers: Speaker[] = [...counts.entries()].map(([s, count], k) => {
    const id = `s${k + 1}`;
    idOf.set(s, id);
    return { id, name: s.name, kind: s.kind, titles: tidyTitles(s.titles), aliases: [...s.aliases], quoteCount: count, gender: null, genderEvidence: null };
  });
  const speakerField = (r: ResolvedMention | null, mention: MentionSpan | null, resolution: Resolution): Quote['speaker'] =>
    r ? { id: idOf.get(r.speaker) as string, name: r.speaker.name, mention: mention ? span(mention) : null, resolution } : null;

  const quoteIds = new Map<number, string>();
  const quotes: Quote[] = [];
  for (const e of entries) {
    const id = `q${quotes.length + 1}`;
    if (e.kind === 'indirect') {
      const x = an.indirect[e.i] as IndirectSpan;
      const r = an.indirectResolved[e.i] ?? null;
      quotes.push({
        id, type: 'indirect', text: collapseWhitespace(text.slice(x.start, x.end)), start: cp(x.start), end: cp(x.end), paragraph: x.paragraph,
        speaker: speakerField(r, x.mention, r?.resolution ?? 'explicit'), cue: span(x.cue), via: null,
        // reported speech with no source ("X is expected to …", "asked whether …") is least sure
        confidence: r === null ? 0.3 : r.uncertain ? 0.5 : 0.65, continues: null,
      });
      continue;
    }
    const q = an.quotes[e.i] as QuotedSpan;
    const a = an.attributions[e.i] as Attribution;
    const r = an.resolved[e.i] ?? null;
    quoteIds.set(e.i, id);
    quotes.push({
      id, type: a.type, text: collapseWhitespace(text.slice(q.start, q.end)), start: cp(q.start), end: cp(q.end), paragraph: q.paragraph,
      speaker: speakerField(r, a.mention, a.via === 'inherited' && a.continues === null ? 'context' : (r?.resolution ?? 'explicit')),
      cue: a.cue ? span(a.cue) : null, via: null, confidence: confidenceOf(q, a, r, an.notQuotes[e.i] !== null),
      continues: a.continues !== null ? (quoteIds.get(a.continues) ?? null) : null,
    });
  }

  const warnings: Warning[] = [...(options.inputWarnings ?? [])];
  for (const w of an.warnings) {
    const out: Warning = { rule: w.rule, message: w.message };
    if (w.start !== undefined) out.start = cp(w.start);
    if (w.end !== undefined) out.end = cp(w.end);
    warnings.push(out);
  }
  return {
    schemaVersion: 1,
    source,
    metadata: an.segmentation.metadata,
    paragraphs: an.segmentation.paragraphs.map((p) => ({ index: p.index, start: cp(p.start), end: cp(p.end), role: p.role })),
    speakers,
    quotes,
    warnings,
  };
}

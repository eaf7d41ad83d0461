/**
 * Paragraph roles: what a paragraph is, from its own text and its position.
 * Captions, header/trailer metadata, title, byline and dateline are recognised so that later
 * stages don't take a caption's "Putin speaks at …" for a speaker or a LINK: line for prose.
 */
import type { Metadata, ParagraphRole } from '../schema/document.js';
import { compiledNow } from '../text/native-regexp.js';

/** `LINK: https://…`, `TAGS:1681`, `Published: 2021-12-21` — a label, a colon, a value. */
const METADATA_LINE =
  /^(link|url|tags?|keywords|source|published|updated|posted|date|author|authors|category|categories|section|filed under|copyright|credit|credits|via|related|read more|image source|photo credit)\s*:\s*(.*)$/i;

/** Photo credits and caption lead-ins, as wire services and scrapers leave them. */
const CAPTION_PATTERNS: readonly RegExp[] = [
  /\((?:AP |AFP |Reuters )?(?:photo|image|picture|photograph|file photo|pictured|video|credit)s?\b[^()]*\)\s*\.?$/i,
  /^(?:photo|image|picture|photograph|caption|file photo|pictured)\s*(?:by\b|[:|–—-])/i,
  /\b(?:AP Photo|Getty Images|AFP via Getty Images|Photo credit|Photo courtesy|Image courtesy)\b[^.]{0,80}\)?\s*$/i,
];

// The lead-in's case varies (By, by, BY, Written by); the name after it must be capitalised, so no `i` flag.
const BYLINE = compiledNow(/^(?:[Bb]y|BY|(?:[Ww]ritten|WRITTEN|[Rr]eported|REPORTED) (?:by|BY))\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’ -]*)*$/u);
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATELINE = new RegExp(
  `^(?:(?:updated|posted|published)\\s*:?\\s*)?(?:(?:mon|tues?|wed|thu|thurs|fri|sat|sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:[^.!?]{0,30})$`,
  'i',
);
/** `MOSCOW —`, `WASHINGTON (Reuters) -` alone on a line. */
const PLACE_DATELINE = /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\([^()]{1,30}\))?\s*[-–—―:]?\s*$/u;

/** What classifying one paragraph found. */
export interface RoleMatch {
  role: ParagraphRole;
  /** For metadata lines: the normalised key and the value. */
  field?: { key: string; value: string };
}

/** The role of one paragraph, given its text and its index among `count` paragraphs. */
export function classifyParagraph(text: string, index: number, count: number, firstContentIndex: number): RoleMatch {
  const oneLine = !text.includes('\n');
  if (oneLine && text.length <= 500) {
    const m = METADATA_LINE.exec(text);
    if (m && (m[2] ?? '').length <= 400) return { role: 'metadata', field: { key: normaliseKey(m[1] ?? ''), value: (m[2] ?? '').trim() } };
  }
  if (text.length <= 600 && CAPTION_PATTERNS.some((p) => p.test(text))) return { role: 'caption' };
  if (text.length <= 120 && oneLine && BYLINE.test(text)) return { role: 'byline' };
  if (text.length <= 60 && oneLine && (DATELINE.test(text) || PLACE_DATELINE.test(text))) return { role: 'dateline' };
  if (index === firstContentIndex && count > 1 && looksLikeTitle(text)) return { role: 'title' };
  return { role: 'body' };
}

/** A headline: short, one line, and either without a final full stop or in title case. */
function looksLikeTitle(text: string): boolean {
  // a headline may be hard-wrapped too, but over a line or two only
  if (text.length > 200 || text.split('\n').length > 3) return false;
  const endsLikeSentence = /[.!?]["”’']?$/.test(text) && !/[?!]["”’']?$/.test(text);
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const titleCase = words.length > 0 && capitalised / words.length >= 0.6;
  return titleCase || !endsLikeSentence;
}

function normaliseKey(label: string): string {
  const k = label.toLowerCase().replace(/\s+/g, '-');
  if (k === 'url') return 'link';
  if (k === 'tag' || k === 'keywords') return 'tags';
  if (k === 'authors') return 'author';
  return k;
}

/** Fold metadata lines into the document's `metadata` object (first value of a key wins). */
export function collectMetadata(fields: readonly { key: string; value: string }[]): Metadata {
  const tags: string[] = [];
  const values = new Map<string, string>();
  for (const { key, value } of fields) {
    if (key === 'tags') {
      for (const tag of value.split(/\s*[,;|]\s*/)) if (tag !== '' && !tags.includes(tag)) tags.push(tag);
    } else if (!values.has(key) && value !== '') {
      values.set(key, value);
    }
  }
  // Key order is part of the byte-identical output: the contract's named keys in its order
  // (link, tags, source, published, updated, author), then any others alphabetically.
  const link = values.get('link');
  const ordered: Metadata = link === undefined ? { tags } : { link, tags };
  const named = ['source', 'published', 'updated', 'author'];
  for (const key of named) if (values.has(key)) ordered[key] = values.get(key) as string;
  for (const key of [...values.keys()].sort()) if (key !== 'link' && !named.includes(key)) ordered[key] = values.get(key) as string;
  return ordered;
}

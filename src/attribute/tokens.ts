/**
 * A tiny tokenizer for attribution windows: words (with their offsets), parentheticals, and
 * the punctuation that bounds a speaker's name. Quoted passages are masked beforehand (see
 * `maskQuotes`), so a window's words never include the words of a quotation.
 */
import { compiledNow } from '../text/native-regexp.js';

/** One token of a window (UTF-16 indices into the article). */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** word | paren | punct | mask */
  kind: 'word' | 'paren' | 'punct' | 'mask';
}

/** The masking character that replaces quoted passages in the masked text. */
export const MASK = '\u2063';

const TOKEN = compiledNow(/\p{N}[\p{N},.]*\p{N}(?:[\p{L}-]*)|[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*|\([^()\n]{0,60}\)|\u2063+|[,;:!?—–―]|(?<=\s)-(?=\s)|\.(?=\s|$)/gu);

/** The first characters of TOKEN's punctuation alternatives (`,;:!?—–―`, a spaced hyphen, a full stop). */
const PUNCT_FIRST = ',;:!?—–―-.';

/** Tokens of `masked[start, end)`. Trailing full stops of abbreviations stay on their word. */
export function tokenize(masked: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = masked.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let text = m[0];
    let kind: Token['kind'];
    const c = text.charCodeAt(0);
    // (which alternative matched tells the kind: only words and numbers start with a letter or digit)
    if (c === 0x2063) kind = 'mask';
    else if (c === 0x28) kind = 'paren';
    else if (PUNCT_FIRST.includes(text.charAt(0))) kind = 'punct';
    else kind = 'word';
    let tokenEnd = m.index + text.length;
    const lastChar = text.charCodeAt(text.length - 1);
    if (kind === 'word' && lastChar === 0x2e && !isAbbreviation(text)) {
      // "said Putin." — a sentence-final stop is punctuation, not part of the name
      out.push({ text: text.slice(0, -1), start: start + m.index, end: start + tokenEnd - 1, kind });
      out.push({ text: '.', start: start + tokenEnd - 1, end: start + tokenEnd, kind: 'punct' });
      continue;
    }
    if (kind === 'word' && (lastChar === 0x27 || lastChar === 0x2019)) {
      text = text.slice(0, -1);
      tokenEnd -= 1;
    }
    out.push({ text, start: start + m.index, end: start + tokenEnd, kind });
  }
  return out;
}

const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'rep.', 'sen.', 'gov.', 'gen.', 'lt.', 'col.', 'sgt.', 'capt.', 'maj.', 'adm.',
  'rev.', 'sec.', 'atty.', 'pres.', 'st.', 'jr.', 'sr.', 'mt.', 'ft.', 'u.s.', 'u.k.', 'u.n.', 'e.u.', 'd.c.', 'inc.',
  'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'sept.', 'jan.', 'feb.', 'aug.', 'oct.', 'nov.', 'dec.', 'calif.', 'fla.',
]);

/** Abbreviations and initials whose full stop belongs to the word (Mr., U.S., G.K.). */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  return ABBREVIATIONS.has(w) || /^(?:\p{L}\.)+$/u.test(word);
}

/**
 * Replace every quoted passage (marks included) with the mask character, keeping length, so
 * that cue and name patterns never match inside a quotation.
 */
export function maskQuotes(text: string, spans: readonly { outerStart: number; outerEnd: number }[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.outerStart - b.outerStart)) {
    if (s.outerStart < at) continue;
    parts.push(text.slice(at, s.outerStart), MASK.repeat(s.outerEnd - s.outerStart));
    at = s.outerEnd;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

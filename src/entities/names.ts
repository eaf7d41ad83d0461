/**
 * Names and titles: "Russian President Vladimir Putin" → titles ["Russian President"],
 * name "Vladimir Putin"; "Russias Deputy Foreign Minister Sergei Ryabkov" → titles
 * ["Deputy Foreign Minister"] (a possessive, apostrophe stripped or not, is no title);
 * "Rep. G.K. Butterfield (D-N.C.)" → titles ["Rep."], name "G.K. Butterfield".
 */
import { compiledNow } from '../text/native-regexp.js';

/** Words that make a run of capitalised words a title rather than a name. */
const TITLE_HEADS = new Set(
  ('president vice-president minister secretary senator sen. representative rep. congressman congresswoman governor gov. ' +
    'mayor judge justice ambassador chancellor premier king queen prince princess chairman chairwoman chair ceo director ' +
    'spokesman spokeswoman spokesperson adviser advisor general gen. admiral adm. colonel col. lieutenant lt. sergeant sgt. ' +
    'captain capt. major maj. commander chief officer leader speaker attorney candidate nominee dr. mr. mrs. ms. miss mx. ' +
    'prof. professor rev. reverend pope bishop cardinal rabbi imam sheikh emir sultan president-elect deputy envoy ' +
    'commissioner inspector sheriff detective superintendent manager founder executive editor correspondent analyst ' +
    'strategist pollster economist chancellor treasurer comptroller administrator lawmaker delegate councilman councilwoman ' +
    'councillor councilor alderman mp sir dame lord lady hon. atty. sec. pres. coach host anchor mr mrs ms dr prof ' +
    'critic columnist director producer filmmaker actor actress singer author writer reporter journalist researcher owner ' +
    'organiser organizer activist nurse doctor co-producer co-founder chairperson principal headteacher pastor councilmember')
    .split(' '),
);
/** Honorifics that say a person's gender. */
const MALE_HONORIFICS = new Set(['mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'congressman', 'councilman', 'chairman', 'spokesman']);
const FEMALE_HONORIFICS = new Set(['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'councilwoman', 'chairwoman', 'spokeswoman']);

/** A name split into its titles and the name proper. */
export interface SplitName {
  titles: string[];
  /** The name proper: "Vladimir Putin", "G.K. Butterfield". Empty when the phrase is only a title. */
  name: string;
  /** The words of `name`. */
  parts: string[];
  gender: 'male' | 'female' | null;
}

const isTitleWord = (w: string): boolean => TITLE_HEADS.has(w.toLowerCase());
/** Lower-case words that belong to a name (`de Blasio`, `al-Assad`, `van der Berg`). */
/** Words that make lower-case words before a name a phrase rather than a role (`a message on her Facebook`). */
const FUNCTION_WORD = /^(?:a|an|another|the|his|her|their|its|our|my|on|in|at|from|of|for|with|by|to|and|or|about|calling|named|called)$/;
const PARTICLES = /^(?:de|van|von|der|den|da|di|du|la|le|bin|ibn|ben|al|el|del)(?:-|$)/;


/** A nickname in quote marks between two names: `Ulrich "the Bulldozer" Varnhagen`. */
const NICKNAME = /\s["“'‘«]{1,2}[^"“”«»\n]{1,40}["”'’»]{1,2}(?=\s\p{Lu})/gu;

/**
 * Split a capitalised phrase into titles and name: everything up to the last title word is
 * title; the rest is the name. Parentheticals (party and state) and possessives are dropped.
 * (Half the calls repeat a phrase already split, and a split costs about 1.4 KB of garbage; the
 * answers are remembered, up to a bound, and each call gets its own copy to change.)
 */
export function splitName(phrase: string): SplitName {
  let known = SPLITS.get(phrase);
  if (known === undefined) {
    if (SPLITS.size >= MAX_SPLITS) SPLITS.clear();
    known = splitNameUncached(phrase);
    SPLITS.set(phrase, known);
  }
  return { titles: [...known.titles], name: known.name, parts: [...known.parts], gender: known.gender };
}
const SPLITS = new Map<string, SplitName>();
const MAX_SPLITS = 4096;

function splitNameUncached(phrase: string): SplitName {
  // parentheticals (party, state) and nicknames in quote marks (`Ulrich "the Bulldozer" Varnhagen`) go
  const clean = phrase
    .replace(/\([^()]*\)/g, ' ')
    .replace(NICKNAME, (m: string, offset: number, all: string) => (/\p{Lu}[\p{L}.'’-]{0,30}$/u.test(all.slice(Math.max(0, offset - 32), offset)) ? ' ' : m))
    .replace(/^(?:the|The)\s+/, '')
    .trim();
  const words = clean.split(/\s+/).filter((w) => w !== '' && w !== ',');
  let lastTitle = -1;
  words.forEach((w, i) => {
    if (isTitleWord(w)) lastTitle = i;
  });
  // lower-case descriptors before the name are a title too: "retired neurosurgeon Ben Carson"
  let firstCapital = lastTitle + 1;
  while (firstCapital < words.length && /^\p{Ll}/u.test(words[firstCapital] as string) && !PARTICLES.test(words[firstCapital] as string)) firstCapital++;
  const descriptors = words.slice(lastTitle + 1, firstCapital);
  // (and a title's own complement: "former secretary of state Dana Holt")
  const complement = lastTitle >= 0 && descriptors[0] === 'of' ? 1 : 0;
  if (firstCapital < words.length && descriptors.length > complement && !descriptors.slice(complement).some((w) => FUNCTION_WORD.test(w))) lastTitle = firstCapital - 1;
  let gender: SplitName['gender'] = null;
  for (const w of words.slice(0, lastTitle + 1)) {
    const l = w.toLowerCase();
    if (MALE_HONORIFICS.has(l)) gender = 'male';
    if (FEMALE_HONORIFICS.has(l)) gender = 'female';
  }
  let titleWords = words.slice(0, lastTitle + 1);
  // "Russias Deputy Foreign Minister", "Russia's …": a leading possessive is no part of the title
  while (titleWords.length > 1 && /(?:['’]s|s['’]|[^s]s)$/.test(titleWords[0] as string) && !isTitleWord(titleWords[0] as string) && possessiveLike(titleWords[0] as string)) {
    titleWords = titleWords.slice(1);
  }
  const parts = words
    .slice(lastTitle + 1)
    .map((w) => w.replace(/['’]s$/, '').replace(/[,.]$/, (m) => (/^\p{L}\.$/u.test(w) || /\.\p{L}\.$/u.test(w) ? m : '')))
    // a name in capitals ("JAKE TAPPER" in a transcript) is written "Jake Tapper"
    .map((w) => (/^\p{Lu}{3,}$/u.test(w) && /[AEIOUY]/.test(w) ? w[0] + w.slice(1).toLowerCase() : w));
  const titles = titleWords.length ? [titleWords.join(' ')] : [];
  return { titles, name: parts.join(' '), parts, gender };
}

/** "Russia's", "Russias", "Obama's" — a proper noun in the possessive (apostrophe kept or stripped). */
function possessiveLike(word: string): boolean {
  if (/['’]s$/.test(word)) return true;
  // a stripped apostrophe: a capitalised word ending in "as", "ias", "ns", "es" after a vowel-final name is common;
  // accept any capitalised word ending in s that isn't a title or a known plural-looking org word
  return /^\p{Lu}\p{Ll}+s$/u.test(word) && !/(?:ss|us|is|ics)$/.test(word);
}

/** A full name seen in the article, with the titles written before it. */
export interface KnownName {
  name: string;
  parts: string[];
  titles: string[];
  gender: 'male' | 'female' | null;
  /** First position (UTF-16) where it occurs. */
  first: number;
  positions: number[];
}

const RUN = compiledNow(/(?<![\p{L}\p{N}'’.-])(?:\p{Lu}[\p{L}\p{M}'’.-]*)(?:\s+(?:(?:de|van|von|der|bin|al|da|di|del|la|le)\s+)?(?:\p{Lu}[\p{L}\p{M}'’.-]*|\([^()\n]{1,20}\)))*/gu);

/** `, a senator from Ohio,` / `, the mayor of Dunmore,` right after a name. */
const APPOSITIVE_ROLE = compiledNow(/^,\s+(?:a|an|the)\s+((?:[\p{L}’'-]+\s+){0,3}?([\p{L}.-]+)(?:\s+(?:of|for|at|from|in)\s+[^,.;:]{1,40})?)\s*[,.;]/u);

const ABBREVIATED = /^(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Rev|Sec|Atty|Pres|St|Jr|Sr|Mt|Ft|Inc|Corp|Co|Ltd|No|Hon)\.$/u;

/**
 * A run of capitalised words cut at sentence ends ("… Ukraine. White House …"), ignoring
 * abbreviations and initials ("Sen.", "G.K."). One pass over the words, without backtracking.
 */
function sentencePieces(run: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let pieceStart = 0;
  const word = /\S+/g;
  for (let m = word.exec(run); m !== null; m = word.exec(run)) {
    const w = m[0];
    if (!w.endsWith('.') || w.length < 2 || /^(?:\p{L}\.)+$/u.test(w) || ABBREVIATED.test(w)) continue;
    const end = m.index + w.length;
    if (end >= run.length) break;
    pieces.push({ text: run.slice(pieceStart, end - 1), offset: pieceStart });
    const next = /\S/.exec(run.slice(end, end + 8));
    pieceStart = end + (next ? next.index : 0);
  }
  pieces.push({ text: run.slice(pieceStart), offset: pieceStart });
  return pieces;
}

/** Words that start sentences or name things other than people. */
const NOT_FIRST_NAMES = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'For', 'If', 'As', 'It', 'He', 'She', 'They', 'We', 'This', 'That', 'When', 'While', 'After', 'Before']);

/**
 * Every multi-word capitalised run in the given text ranges, split into titles and name; the
 * ones whose name has at least two words are candidate full names of people. `masked` (the text
 * with quotations masked) is where lone surnames are looked for.
 */
export function indexNames(text: string, ranges: readonly { start: number; end: number }[], masked: string = text): KnownName[] {
  const byName = new Map<string, KnownName>();
  for (const r of ranges) {
    const slice = text.slice(r.start, r.end);
    RUN.lastIndex = 0;
    for (let m = RUN.exec(slice); m !== null; m = RUN.exec(slice)) {
      if (!/\s/.test(m[0])) continue; // one capitalised word (most of them: sentence starts) is no full name
      // A run never crosses a sentence end: "… Ukraine. White House …" (but "Sen. Ana Ruiz" is one run).
      // The run is cut into its sentences in one pass, so a page of capitalised sentences stays linear.
      for (const piece of sentencePieces(m[0])) {
        if (!/\s/.test(piece.text)) continue;
        addName(byName, slice, r.start, m.index + piece.offset, piece.text);
      }
    }
  }
  addSurnameMentions(masked, ranges, byName);
  return [...byName.values()].sort((a, b) => a.first - b.first);
}

/** Whether the word before position `at` (across spaces) starts with a capital letter. */
function afterCapitalisedWord(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === at) return false;
  let j = i;
  while (j > 0 && j > i - 40 && !isSpace(text.charCodeAt(j - 1))) j--;
  return j < i && /^\p{Lu}/u.test(text.slice(j, j + 2));
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
/** Letters, digits, marks, apostrophes, full stops and hyphens: what continues a word here. */
const isWordChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019 || c === 46 || c === 45 || (c > 127 && unitIs(WORD_UNITS, c));

/**
 * Whether one UTF-16 code unit above U+007F, as a one-character string, matches a pattern: the
 * answer is kept per code unit (a table of 64 KB), so the masked text's many masks and curly
 * quotes cost a table read, not a new string and a regular expression each.
 */
function unitIs(table: { re: RegExp; known: Uint8Array }, c: number): boolean {
  let k = table.known[c] as number;
  if (k === 0) {
    k = table.re.test(String.fromCharCode(c)) ? 2 : 1;
    table.known[c] = k;
  }
  return k === 2;
}
const WORD_UNITS = { re: /[\p{L}\p{M}\p{N}]/u, known: new Uint8Array(0x10000) };
const UPPER_UNITS = { re: /\p{Lu}/u, known: new Uint8Array(0x10000) };

function addSurnameMentions(text: string, ranges: readonly { start: number; end: number }[], byName: Map<string, KnownName>): void {
  const byLast = new Map<string, KnownName | null>();
  for (const k of byName.values()) {
    const last = k.parts[k.parts.length - 1] as string;
    byLast.set(last, byLast.has(last) ? null : k);
  }
  if (![...byLast.values()].some((k) => k !== null)) return;
  const added = new Set<KnownName>();
  for (const r of ranges) {
    const slice = text.slice(r.start, r.end);
    // a hand-written scan for capitalised words (a regular expression built per article costs
    // more to compile than the scan itself)
    for (let i = 0; i < slice.length; i++) {
      const c = slice.charCodeAt(i);
      if (!(c >= 65 && c <= 90) && !(c > 127 && unitIs(UPPER_UNITS, c))) continue;
      if (i > 0 && isWordChar(slice.charCodeAt(i - 1))) continue;
      let j = i + 1;
      while (j < slice.length && isWordChar(slice.charCodeAt(j))) j++;
      let e = j;
      while (e > i + 1 && (slice.charCodeAt(e - 1) === 46 || slice.charCodeAt(e - 1) === 45 || slice.charCodeAt(e - 1) === 39 || slice.charCodeAt(e - 1) === 0x2019)) e--;
      if (e > i + 2 && slice.charCodeAt(e - 1) === 115 && (slice.charCodeAt(e - 2) === 39 || slice.charCodeAt(e - 2) === 0x2019)) e -= 2; // possessive
      const k = byLast.get(slice.slice(i, e));
      if (k && !afterCapitalisedWord(slice, i)) {
        k.positions.push(r.start + i);
        added.add(k);
      }
      i = j;
    }
  }
  for (const k of added) k.positions.sort((a, b) => a - b);
}

const PRONOUN_PARTS = new Set(['He', 'She', 'They', 'We', 'It', 'I', 'You', 'His', 'Her', 'Their', 'Its']);

/** Record one capitalised phrase (at `at` in `slice`) when it is a full name. */
function addName(byName: Map<string, KnownName>, slice: string, base: number, at: number, run: string): void {
  let phrase = run;
  let offset = base + at;
  const firstWord = phrase.split(/\s+/)[0] as string;
  if (NOT_FIRST_NAMES.has(firstWord)) {
    const rest = phrase.slice(firstWord.length);
    phrase = rest.trimStart();
    offset += firstWord.length + (rest.length - phrase.length);
  }
  // `debut "Small Hours in Kiruna"`: a capitalised run right after an opening quote mark is a title
  if (/["“‘«]$/u.test(slice.slice(Math.max(0, offset - base - 1), offset - base))) return;
  const split = splitName(phrase);
  if (split.parts.length < 2 || split.parts.length > 4) return;
  if (split.parts.some((p) => !/^\p{Lu}/u.test(p) || PRONOUN_PARTS.has(p))) return; // not "U.S. She"

  // "Ana Ruiz, a senator from Ohio, …": a role in an appositive is a title too
  const phraseEnd = offset - base + phrase.length;
  const role = APPOSITIVE_ROLE.exec(slice.slice(phraseEnd, phraseEnd + 100));
  if (role && TITLE_HEADS.has((role[2] as string).toLowerCase())) split.titles.push((role[1] as string).trim());
  const key = split.name.toLowerCase();
  const known = byName.get(key);
  if (known) {
    known.positions.push(offset);
    for (const t of split.titles) if (!known.titles.includes(t)) known.titles.push(t);
    known.gender ??= split.gender;
  } else {
    byName.set(key, { name: split.name, parts: split.parts, titles: [...split.titles], gender: split.gender, first: offset, positions: [offset] });
  }
}

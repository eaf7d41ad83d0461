/**
 * compromise, used where it is strong and cheap. This is the only module that imports it.
 *
 * compromise's tagger costs about 4 ms per call even on a three-word phrase (measured here;
 * the whole-article parse runs at ~0.2 MB/s, see ARCHITECTURE.md), so the hot path does not
 * call `nlp()` at all: it reads compromise's lexicon — its lists of first names by gender, last
 * names, organisations, countries and cities — word by word. Only the layer that carries the
 * lexicon (`compromise/two`, without the phrase-level third layer) is loaded, from its
 * single-file CommonJS build, once per process (it is process-global; the single file imports
 * in about half the time of the ESM tree, and `two` in about half the time of the full build);
 * answers are cached per phrase.
 *
 * Cold start: even `compromise/two` takes ~0.25 s to import here, most of it unpacking a
 * 24,000-word lexicon of which this module reads 13,600 entries and 18 tags. So the build writes
 * that subset, taken from compromise, to `dist/attribute/lexicon.json` (scripts/build-lexicon.mjs);
 * the CLI reads it in ~10 ms when it matches the installed compromise version, and loads
 * compromise itself otherwise (from src/ in tests, or after an upgrade). Both paths give the
 * same answers: the subset is filtered by {@link lexiconSubset} either way.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** What compromise's lexicon says about a short phrase. */
export interface PhraseInfo {
  kind: 'person' | 'organization' | 'place' | 'other';
  gender: 'male' | 'female' | null;
}

type Lexicon = Record<string, string | string[] | undefined>;
interface Compromise {
  world(): { model: { one: { lexicon: Lexicon } } };
}

/** The only tags this module reads. */
const WANTED_TAGS = new Set([
  'MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Organization', 'Country', 'City', 'Region', 'Place',
  'PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary', 'Adjective', 'Comparative', 'Superlative',
]);

const require = createRequire(import.meta.url);

/** The installed compromise version (the prebuilt subset is used only when it matches). */
function compromiseVersion(): string {
  // compromise does not export its package.json: find it from the build file it does export
  // (node_modules/compromise/builds/two/compromise-two.cjs → node_modules/compromise/package.json)
  const build = require.resolve('compromise/two');
  const manifest = readFileSync(new URL('../../package.json', pathToFileURL(build)), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** compromise's lexicon, reduced to the words and tags used here. Loads compromise. */
export function lexiconSubset(): { version: string; words: Record<string, string | string[]> } {
  const full = (require('compromise/two') as Compromise).world().model.one.lexicon;
  const words: Record<string, string | string[]> = {};
  for (const word of Object.keys(full).sort()) {
    const t = full[word];
    const tags = (t === undefined ? [] : Array.isArray(t) ? t : [t]).filter((x) => WANTED_TAGS.has(x));
    if (tags.length > 0) words[word] = tags.length === 1 ? (tags[0] as string) : tags;
  }
  return { version: compromiseVersion(), words };
}

let lexicon: Lexicon | null = null;
function load(): Lexicon {
  if (lexicon === null) {
    try {
      const prebuilt = JSON.parse(readFileSync(new URL('./lexicon.json', import.meta.url), 'utf8')) as { version?: string; words?: Lexicon };
      if (prebuilt.version === compromiseVersion() && prebuilt.words) lexicon = prebuilt.words;
    } catch {
      // not built (running from src/) or unreadable: take it from compromise
    }
    lexicon ??= lexiconSubset().words;
  }
  return lexicon;
}

function tagsOf(word: string): string[] {
  const t = load()[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const HONORIFIC_MALE = /^(?:mr|sir|lord|king|prince)\.?$/;
const HONORIFIC_FEMALE = /^(?:mrs|ms|miss|dame|lady|queen|princess)\.?$/;
const HONORIFIC = /^(?:dr|prof|sen|rep|gov|gen|lt|col|sgt|capt|maj|adm|rev|judge|justice|president|senator|governor|mayor)\.?$/;

const cache = new Map<string, PhraseInfo>();
const CACHE_LIMIT = 50_000;

const isPlaceTag = (t: string): boolean => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place';

/** Classify a speaker phrase (a name or nominal of a few words). */
export function describePhrase(phrase: string): PhraseInfo {
  const hit = cache.get(phrase);
  if (hit) return hit;
  const words = phrase
    .toLowerCase()
    .replace(/\([^()]*\)/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, ''))
    .filter((w) => w !== '' && w !== 'the');
  let info: PhraseInfo = { kind: 'other', gender: null };
  const first = words[0] ?? '';
  const firstTags = tagsOf(first);
  const whole = words.length > 1 ? tagsOf(words.join(' ')) : [];
  // "North Carolina" is a place before "Carolina" is a woman's name
  if (whole.some(isPlaceTag) || (words.length > 1 && /^(?:county|state|province|city)$/.test(words[words.length - 1] as string) && !firstTags.some((t) => t === 'MaleName' || t === 'FemaleName'))) info = { kind: 'place', gender: null };
  else if (HONORIFIC_MALE.test(first)) info = { kind: 'person', gender: 'male' };
  else if (HONORIFIC_FEMALE.test(first)) info = { kind: 'person', gender: 'female' };
  else if (firstTags.includes('MaleName')) info = { kind: 'person', gender: 'male' };
  else if (firstTags.includes('FemaleName')) info = { kind: 'person', gender: 'female' };
  else {
    // a first name after titles: "Russian President Vladimir Putin"
    const given = words.find((w) => tagsOf(w).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName'));
    const g = given ? tagsOf(given) : [];
    const all = words.flatMap(tagsOf);
    if (given) info = { kind: 'person', gender: g.includes('MaleName') ? 'male' : g.includes('FemaleName') ? 'female' : null };
    else if (all.includes('Organization')) info = { kind: 'organization', gender: null };
    else if (all.includes('LastName') || all.includes('Person') || HONORIFIC.test(first)) info = { kind: 'person', gender: null };
    else if (words.length <= 2 && all.some(isPlaceTag)) info = { kind: 'place', gender: null };
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(phrase, info);
  return info;
}

// finite forms only: many nouns ("press", "report") are also listed as infinitives
const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Copula', 'Modal', 'Auxiliary']);

/**
 * Whether a lower-case word is a verb by compromise's lexicon ("came", "had", "was", "will").
 * Used to tell a speaker phrase
 * ("said the senator") from a clause ("said the decision had …").
 */
export function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  return tagsOf(w).some((t) => VERB_TAGS.has(t));
}

const ADJECTIVE_TAGS = new Set(['Adjective', 'Comparative', 'Superlative']);

/** Whether a lower-case word is an adjective by compromise's lexicon ("angry", "older", "longest"). */
export function isAdjective(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => ADJECTIVE_TAGS.has(t));
}

/**
 * The tense of a finite lexical verb by compromise's lexicon, with a regular `-ed` past
 * ("questioned", "boycotted": past; "supports": present); null for other words and for forms of
 * `be` ("was").
 */
export function verbTense(word: string): 'past' | 'present' | null {
  const tags = tagsOf(word.toLowerCase());
  if (tags.includes('Copula')) return null;
  if (tags.includes('PastTense') || /^\p{Ll}{2,}ed$/u.test(word)) return 'past';
  if (tags.includes('PresentTense') && /s$/.test(word)) return 'present';
  return null;
}

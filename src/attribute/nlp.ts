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
 */
import { createRequire } from 'node:module';

/** What compromise's lexicon says about a short phrase. */
export interface PhraseInfo {
  kind: 'person' | 'organization' | 'place' | 'other';
  gender: 'male' | 'female' | null;
}

type Lexicon = Record<string, string | string[] | undefined>;
interface Compromise {
  world(): { model: { one: { lexicon: Lexicon } } };
}

let lexicon: Lexicon | null = null;
function load(): Lexicon {
  if (lexicon === null) {
    const nlp = createRequire(import.meta.url)('compromise/two') as Compromise;
    lexicon = nlp.world().model.one.lexicon;
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
  if (HONORIFIC_MALE.test(first)) info = { kind: 'person', gender: 'male' };
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
    else if (words.length <= 2 && all.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) info = { kind: 'place', gender: null };
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

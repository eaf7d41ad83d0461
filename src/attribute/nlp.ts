/**
 * compromise, used where it is strong and cheap: on the few words of a speaker mention, never
 * on whole articles (its tagger runs at ~0.2 MB/s; see ARCHITECTURE.md). This is the only
 * module that imports it. Its single-file CommonJS build is loaded once per process (it is
 * process-global and imports in about half the time of its ESM tree), and answers are cached
 * per phrase.
 */
import { createRequire } from 'node:module';

/** What compromise says about a short phrase. */
export interface PhraseInfo {
  kind: 'person' | 'organization' | 'place' | 'other';
  gender: 'male' | 'female' | null;
}

type Nlp = (text: string) => {
  people(): { json(): { person?: { presumed_gender?: string; honorific?: string; firstName?: string } }[]; found: boolean };
  organizations(): { found: boolean };
  places(): { found: boolean };
};

let nlp: Nlp | null = null;
function load(): Nlp {
  if (nlp === null) nlp = createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

const cache = new Map<string, PhraseInfo>();
const CACHE_LIMIT = 50_000;

/** Classify a speaker phrase (a name or nominal of a few words). */
export function describePhrase(phrase: string): PhraseInfo {
  const hit = cache.get(phrase);
  if (hit) return hit;
  const doc = load()(phrase);
  let info: PhraseInfo = { kind: 'other', gender: null };
  const people = doc.people();
  if (people.found) {
    const person = people.json()[0]?.person;
    const g = person?.presumed_gender;
    info = { kind: 'person', gender: g === 'male' || g === 'female' ? g : null };
  } else if (doc.organizations().found) info = { kind: 'organization', gender: null };
  else if (doc.places().found) info = { kind: 'place', gender: null };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(phrase, info);
  return info;
}

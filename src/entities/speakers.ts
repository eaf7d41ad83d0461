/**
 * The resolve stage: turn speaker mentions ("Putin", "he", "the Russian president",
 * "the Foreign Ministry", "officials") into speakers with one canonical name each.
 *
 * - Canonical name: the fullest name the article gives ("Vladimir Putin" for "Putin"),
 *   found in an index of the article's multi-word capitalised names; titles are split off.
 * - Surname-only and "Mr./Ms./Dr. X" mentions → the nearest earlier full name with that
 *   surname, so two people with one surname stay two speakers.
 * - Pronouns → the most recent person of compatible gender (organisations and groups for
 *   "it"/"they"/"we").
 * - Nominals ("the Russian leader") → the person whose titles fit the head noun.
 * The only language knowledge from outside is compromise's (person / organisation / place,
 * presumed gender), passed in as `describe` so this stage stays a pure function.
 */
import type { Resolution, SpeakerKind } from '../schema/document.js';
import type { MentionSpan } from '../attribute/mentions.js';
import type { PhraseInfo } from '../attribute/nlp.js';
import { splitName, type KnownName } from './names.js';
import { countBefore } from '../text/search.js';
import { compiledNow } from '../text/native-regexp.js';

/** A capitalised word followed by lower-case ones (`Foreign ministry officials`): a common noun phrase. */
const COMMON_HEAD = compiledNow(/^\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)+$/u);

/** A speaker being built. */
export interface SpeakerRecord {
  key: string;
  name: string;
  kind: SpeakerKind;
  titles: string[];
  aliases: string[];
  gender: 'male' | 'female' | null;
  /** Positions of its mentions, to find the most recent one. */
  lastSeen: number;
  firstSeen: number;
}

/** One mention to resolve, in text order. */
export interface MentionInput {
  mention: MentionSpan;
}

export interface ResolvedMention {
  speaker: SpeakerRecord;
  resolution: Resolution;
  /** Could not decide; guessed. */
  uncertain: boolean;
}

const ORG_WORDS =
  /\b(?:Ministry|Department|House|Kremlin|Pentagon|Campaign|Committee|Party|Agency|Office|University|College|Council|Commission|Bureau|Foundation|Association|Institute|Inc\.?|Corp\.?|Company|Co\.|Group|Times|Post|Journal|News|Network|Court|Police|Service|Administration|Government|Board|Union|Federation|Bank|Trust|Hospital|Center|Centre|Authority|Organization|Organisation|Coalition|Alliance|Caucus|Senate|Congress|Parliament|Assembly|Embassy|Army|Navy|Command|Fund|Corporation|Network|Magazine|Press|Agency|Club|League|Team|Cabinet|Secretariat|Council|FBI|CIA|NATO|UN|EU|GOP|DNC|RNC|NRA|ACLU|CNN|NBC|CBS|ABC|Fox|Reuters|AP)\b/;
const ORG_NOUNS = new Set([
  'campaign', 'company', 'ministry', 'department', 'agency', 'group', 'committee', 'administration', 'government', 'firm',
  'organization', 'organisation', 'office', 'council', 'party', 'embassy', 'hospital', 'trust', 'university', 'court', 'police',
  'board', 'union', 'commission', 'bureau', 'foundation', 'institute', 'kremlin', 'pentagon', 'network', 'paper', 'newspaper',
  'magazine', 'station', 'team', 'club', 'league', 'bank', 'school', 'district', 'city', 'county', 'state', 'country', 'service',
  'association', 'federation', 'coalition', 'alliance', 'authority', 'agency', 'council', 'charity', 'caucus', 'panel', 'regulator',
  'operator', 'operators', 'corporation', 'business', 'airline', 'museum', 'festival', 'council', 'ministry', 'trust', 'bureau',
]);
const DOCUMENT_NOUNS = new Set(['statement', 'report', 'letter', 'memo', 'release', 'ad', 'advertisement', 'tweet', 'post', 'email', 'filing', 'complaint', 'lawsuit', 'suit', 'document', 'notice', 'study', 'survey', 'poll', 'analysis', 'article', 'editorial', 'book', 'sign', 'message', 'note', 'website', 'site', 'video', 'transcript', 'order', 'ruling', 'decision', 'bill', 'law', 'plan', 'proposal']);
const GROUP_NOUNS = /^(?:officials|critics|experts|analysts|lawmakers|aides|sources|people|protesters|protestors|supporters|voters|residents|witnesses|members|leaders|democrats|republicans|activists|observers|economists|scientists|researchers|doctors|police|authorities|organizers|organisers|advocates|opponents|allies|staff|staffers|investigators|prosecutors|officers|students|parents|workers|employees|executives|diplomats|others|many|some|both|several)$/i;
const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'leader', 'chairman', 'head'],
  president: ['president'],
  senator: ['senator', 'sen.'],
  congressman: ['rep.', 'representative', 'congressman'],
  congresswoman: ['rep.', 'representative', 'congresswoman'],
  lawmaker: ['rep.', 'sen.', 'senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'mp'],
  governor: ['gov.', 'governor'],
  minister: ['minister'],
  candidate: ['candidate', 'nominee'],
  nominee: ['nominee', 'candidate'],
  secretary: ['secretary', 'sec.'],
  diplomat: ['minister', 'ambassador', 'envoy', 'secretary of state'],
  chief: ['chief', 'director', 'head', 'ceo'],
  mayor: ['mayor'],
  doctor: ['dr.', 'doctor'],
  professor: ['prof.', 'professor'],
  judge: ['judge', 'justice'],
};
const PLACES_AS_GOVERNMENTS = /^(?:Moscow|Washington|Beijing|London|Paris|Berlin|Kyiv|Kiev|Tehran|Pyongyang|Seoul|Tokyo|Ankara|Brussels|Jerusalem|Ottawa|Canberra|Delhi|New Delhi|Islamabad|Cairo|Riyadh|Damascus|Havana|Caracas|Brasilia|Warsaw|Rome|Madrid|Kabul|Baghdad|Minsk|Budapest|Vienna|Athens|Kremlin)$/;

/** Resolve mentions in order; returns one result per input and the speaker records. */
export class SpeakerResolver {
  readonly speakers: SpeakerRecord[] = [];
  private readonly byKey = new Map<string, SpeakerRecord>();
  /** Full names by their lower-cased name, and by each lower-cased part. */
  private readonly byName = new Map<string, KnownName>();
  private readonly byPart = new Map<string, KnownName[]>();
  /** Every occurrence of a full name, in text order. */
  private readonly occurrences: { pos: number; known: KnownName }[] = [];
  /** Speakers by the lower-cased words of their names (people only). */
  private readonly speakersByPart = new Map<string, SpeakerRecord>();
  /** Each resolution, in text order: the recency list that pronouns and nominals search. */
  private readonly seen: { pos: number; speaker: SpeakerRecord }[] = [];
  private readonly kinds = new Map<KnownName, { org: boolean; gender: 'male' | 'female' | null }>();

  constructor(
    private readonly names: readonly KnownName[],
    private readonly describe: (phrase: string) => PhraseInfo,
  ) {
    for (const k of names) {
      this.byName.set(k.name.toLowerCase(), k);
      for (const part of new Set(k.parts.map((p) => p.toLowerCase().replace(/['’]s$/, '')))) {
        const list = this.byPart.get(part);
        if (list) list.push(k);
        else this.byPart.set(part, [k]);
      }
      for (const pos of k.positions) this.occurrences.push({ pos, known: k });
    }
    this.occurrences.sort((a, b) => a.pos - b.pos);
  }

  /** Whether a full name is an organisation's or a place's, and its presumed gender (cached). */
  private kindOf(k: KnownName): { org: boolean; gender: 'male' | 'female' | null } {
    let got = this.kinds.get(k);
    if (!got) {
      const info = this.describe(k.name);
      got = { org: ORG_WORDS.test(k.name) || info.kind === 'organization' || info.kind === 'place', gender: k.gender ?? info.gender };
      this.kinds.set(k, got);
    }
    return got;
  }

  /**
   * The most recent full name before `pos` that passes `test`. The search is bounded (a pronoun
   * or nominal refers back a few sentences, not a book), which keeps resolution linear in the
   * length of the input.
   */
  private recentName(pos: number, test: (k: KnownName) => boolean, limit = 400): { known: KnownName; pos: number } | undefined {
    let hi = lastIndexBefore(this.occurrences, pos);
    for (let n = 0; hi >= 0 && n < limit; hi--, n++) {
      const o = this.occurrences[hi] as { pos: number; known: KnownName };
      if (test(o.known)) return { known: o.known, pos: o.pos };
    }
    return undefined;
  }

  /** The most recently resolved speaker before `pos` that passes `test` (bounded search). */
  private recentSpeaker(pos: number, test: (s: SpeakerRecord) => boolean, limit = 400): SpeakerRecord | undefined {
    let i = lastIndexBefore(this.seen, pos);
    for (let n = 0; i >= 0 && n < limit; i--, n++) {
      const e = this.seen[i] as { pos: number; speaker: SpeakerRecord };
      if (test(e.speaker)) return e.speaker;
    }
    return undefined;
  }

  /** Resolve one mention (mentions must come in text order). */
  resolve(m: MentionSpan): ResolvedMention {
    // a relative pronoun ("who") resolves through the phrase it stands for
    if (m.refersTo) {
      const r = this.resolve(m.refersTo);
      return { ...r, resolution: 'coreference' };
    }
    // Transcript labels and shouted names: "MAYOR OKAFOR" is read as "Mayor Okafor".
    const raw = m.text.replace(/\s+/g, ' ').trim();
    const text = /\p{Ll}/u.test(raw) || raw.length < 4 ? raw : titleCase(raw);
    const lower = text.toLowerCase();
    if (/^(?:he|she|him|her|his|hers)$/i.test(text)) return this.pronoun(m, lower === 'he' || lower === 'him' || lower === 'his' ? 'male' : 'female');
    if (/^(?:they|we|it|their|its|our)$/i.test(text)) return this.collective(m, text);
    if (/^(?:i|you)$/i.test(text)) return this.unknown(m, text, 'person');
    // "coastal affairs minister Ingrid Halvorsen": a role in lower case, then a name
    const titled = splitName(text);
    const roleThenName = titled.titles.length > 0 && titled.parts.length > 0 && titled.parts.every((p) => /^\p{Lu}/u.test(p));
    // "Western countries", "Local officials": a capitalised modifier, then a common noun
    const commonHead = COMMON_HEAD.test(text) && !roleThenName;
    if (((/^\p{Lu}/u.test(text) && !/^(?:The|A|An)\s+\p{Ll}/u.test(text)) || /^the\s+\p{Lu}/u.test(text) || roleThenName) && !commonHead) return this.named(m, text);
    return this.nominal(m, text);
  }

  private pronoun(m: MentionSpan, gender: 'male' | 'female'): ResolvedMention {
    const recent = (g: 'male' | 'female' | null | 'unknown'): SpeakerRecord | undefined =>
      this.recentSpeaker(m.start, (s) => s.kind === 'person' && (g === null || s.gender === (g === 'unknown' ? null : g)));
    const resolved = (s: SpeakerRecord, uncertain: boolean): ResolvedMention => {
      // what a pronoun says about its antecedent's gender is kept for the next pronoun
      if (!uncertain) s.gender ??= gender;
      return { speaker: this.touch(s, m.start), resolution: 'coreference', uncertain };
    };
    const fromName = (known: KnownName): SpeakerRecord =>
      this.upsert({ name: known.name, kind: 'person', titles: known.titles, gender: known.gender ?? this.describe(known.name).gender }, m.start);
    // 1. The most recent person of this gender: a named one, or a speaker — unless a person whose
    //    gender is not known was named later, right before the pronoun ("French co-producer
    //    Étienne Lavallée backed the director. "…," he told …").
    const named = this.nearestName(m.start, gender);
    const spoke = recent(gender);
    const close = this.nearestName(m.start, null);
    if (close && m.start - close.pos < NEAR_UNKNOWN_GENDER && close.pos > Math.max(named?.pos ?? -1, spoke?.lastSeen ?? -1)) return resolved(fromName(close.known), false);
    if (named && (!spoke || named.pos > spoke.lastSeen)) return resolved(fromName(named.known), false);
    if (spoke) return resolved(spoke, false);
    // 2. The most recent person whose gender is not known (a name compromise's lexicon lacks).
    const unnamed = this.nearestName(m.start, null);
    const unsure = recent('unknown');
    if (unnamed && (!unsure || unnamed.pos > unsure.lastSeen)) return resolved(fromName(unnamed.known), false);
    if (unsure) return resolved(unsure, false);
    // 3. Anyone at all, as a guess.
    const anyone = recent(null);
    if (anyone) return resolved(anyone, true);
    return this.unknown(m, m.text, 'person');
  }

  private collective(m: MentionSpan, text: string): ResolvedMention {
    const s = this.recentSpeaker(m.start, (x) => x.kind === 'organization' || x.kind === 'group');
    // an organisation named in the article more recently than any that spoke ("The Foreign
    // Ministry issued a statement. … it said")
    const org = this.recentName(m.start, (k) => ORG_WORDS.test(k.name) || this.describe(k.name).kind === 'organization');
    if (org && (!s || org.pos > s.lastSeen) && /^(?:it|its)$/i.test(text)) {
      const named = this.upsert({ name: org.known.name, kind: 'organization', titles: [], gender: null }, m.start);
      return { speaker: named, resolution: 'coreference', uncertain: false };
    }
    if (s) return { speaker: this.touch(s, m.start), resolution: 'coreference', uncertain: false };
    return this.unknown(m, text, /^(?:it|its)$/i.test(text) ? 'organization' : 'group');
  }

  private named(m: MentionSpan, text: string): ResolvedMention {
    const bare = text.replace(/^(?:the|The)\s+/, '');
    const split = splitName(text);
    const info = this.describe(bare);
    // A titled name is a person whatever its title says ("White House National Security Adviser Jake Sullivan").
    const personal = split.titles.length > 0 && split.parts.length >= 2 && !ORG_WORDS.test(split.name);
    const orgLike = !personal && (ORG_WORDS.test(bare) || (info.kind === 'organization' && split.parts.length > 0 && !split.titles.length) || PLACES_AS_GOVERNMENTS.test(bare));
    if (orgLike || (info.kind === 'place' && split.parts.length <= 2)) {
      const s = this.upsert({ name: bare, kind: 'organization', titles: [], gender: null }, m.start);
      return { speaker: s, resolution: 'explicit', uncertain: false };
    }
    if (split.parts.length === 0) return this.nominal(m, text);
    if (split.parts.length === 1 && (GROUP_NOUNS.test(split.name) || /^\p{Lu}\p{Ll}+(?:ers|ists|ians|ants|ents|ors)$/u.test(split.name))) {
      const s = this.upsert({ name: text, kind: 'group', titles: [], gender: null }, m.start);
      return { speaker: s, resolution: 'explicit', uncertain: false };
    }
    if (split.parts.length >= 2) {
      const known = this.byName.get(split.name.toLowerCase());
      const gender = split.gender ?? known?.gender ?? info.gender;
      const s = this.upsert({ name: split.name, kind: 'person', titles: [...split.titles, ...(known?.titles ?? [])], gender }, m.start, text);
      return { speaker: s, resolution: 'explicit', uncertain: false };
    }
    // One word: a surname (or a first name) → the nearest earlier full name that has it.
    const word = (split.parts[0] as string).toLowerCase();
    const full = this.fullNameFor(word, m.start);
    if (full) {
      const s = this.upsert({ name: full.name, kind: 'person', titles: [...full.titles, ...split.titles], gender: split.gender ?? full.gender ?? this.describe(full.name).gender }, m.start, text);
      return { speaker: s, resolution: 'alias', uncertain: false };
    }
    const sameSurname = this.speakersByPart.get(word);
    if (sameSurname) return { speaker: this.touch(sameSurname, m.start, text), resolution: 'alias', uncertain: false };
    const s = this.upsert({ name: split.name, kind: info.kind === 'organization' ? 'organization' : 'person', titles: split.titles, gender: split.gender ?? info.gender }, m.start, text);
    return { speaker: s, resolution: 'explicit', uncertain: false };
  }

  private nominal(m: MentionSpan, text: string): ResolvedMention {
    const words = text.toLowerCase().split(/\s+/);
    // head noun: the last word before a preposition ("a spokesman for the campaign" → spokesman)
    const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|at|from|with|in|on)$/.test(w));
    const headWords = prep > 0 ? words.slice(0, prep) : words;
    const head = (headWords[headWords.length - 1] ?? '').replace(/[^\p{L}.-]/gu, '');
    const modifiers = headWords.slice(0, -1).filter((w) => !/^(?:the|a|an|his|her|their|its|this|that|one|another|our)$/.test(w));
    if (DOCUMENT_NOUNS.has(head)) return this.unknown(m, text, 'unknown', false);
    if (ORG_NOUNS.has(head)) {
      const org = this.recentSpeaker(m.start, (s) => s.kind === 'organization' && s.name.toLowerCase().includes(head));
      if (org) return { speaker: this.touch(org, m.start, text), resolution: 'alias', uncertain: false };
      return this.unknown(m, text, 'organization', false);
    }
    if (GROUP_NOUNS.test(head) || (prep < 0 && /s$/.test(head) && !/(?:ss|us|is)$/.test(head) && !/^(?:a|an|one)$/.test(words[0] ?? ''))) {
      return this.unknown(m, text, 'group', false);
    }
    // a role: find the person whose titles fit it, most recent first
    const wanted = ROLE_SYNONYMS[head] ?? [head];
    const fits = (titles: readonly string[]): number => {
      let score = 0;
      for (const t of titles) {
        const tl = t.toLowerCase();
        if (wanted.some((w) => tl.split(/\s+/).includes(w) || tl.includes(w))) {
          score = Math.max(score, 1 + modifiers.filter((x) => tl.includes(x)).length);
        }
      }
      return score;
    };
    // candidates: the recent speakers and the recently named people (bounded searches)
    const candidates: { name: string; titles: string[]; gender: 'male' | 'female' | null; score: number; pos: number }[] = [];
    const counted = new Set<string>();
    for (let i = lastIndexBefore(this.seen, m.start), n = 0; i >= 0 && n < 400; i--, n++) {
      const { pos, speaker } = this.seen[i] as { pos: number; speaker: SpeakerRecord };
      if (speaker.kind !== 'person' || counted.has(speaker.key)) continue;
      counted.add(speaker.key);
      candidates.push({ name: speaker.name, titles: speaker.titles, gender: speaker.gender, score: fits(speaker.titles), pos });
    }
    for (let i = lastIndexBefore(this.occurrences, m.start), n = 0; i >= 0 && n < 400; i--, n++) {
      const { pos, known } = this.occurrences[i] as { pos: number; known: KnownName };
      if (counted.has(`n:${known.name}`)) continue;
      counted.add(`n:${known.name}`);
      candidates.push({ name: known.name, titles: known.titles, gender: known.gender, score: fits(known.titles), pos });
    }
    const best = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score || b.pos - a.pos)[0];
    if (best) {
      const s = this.upsert({ name: best.name, kind: 'person', titles: best.titles, gender: best.gender }, m.start, text);
      return { speaker: s, resolution: 'alias', uncertain: false };
    }
    return this.unknown(m, text, 'person', false);
  }

  private unknown(m: MentionSpan, text: string, kind: SpeakerKind, uncertain = true): ResolvedMention {
    // "The housing ministry said" at a sentence start is "the housing ministry"
    const name = text.replace(/\s+/g, ' ').trim().replace(/^(?:The|A|An)\s+(?=\p{Ll})/u, (d) => d.toLowerCase());
    const s = this.upsert({ name, kind, titles: [], gender: null }, m.start);
    return { speaker: s, resolution: 'explicit', uncertain };
  }

  /** The most recent full name in the article, before `pos`, whose parts include `word`. */
  private fullNameFor(word: string, pos: number): KnownName | undefined {
    const matches = this.byPart.get(word) ?? [];
    if (matches.length === 0) return undefined;
    const last = matches.filter((k) => k.parts[k.parts.length - 1]?.toLowerCase() === word);
    // Only a known first name may stand for a full name that starts with it ("Hillary" →
    // "Hillary Clinton"); "Varnhagen" is not "Varnhagen Freight".
    const pool = last.length ? last : this.describe(word).gender !== null ? matches.filter((k) => k.parts[0]?.toLowerCase() === word) : [];
    if (pool.length === 0) return undefined;
    const before = pool.map((k) => ({ k, p: lastBefore(k.positions, pos) })).filter((x) => x.p >= 0).sort((a, b) => b.p - a.p)[0];
    return before?.k ?? pool[0];
  }

  /** The nearest earlier full name of a person of the given gender (null: gender unknown). */
  private nearestName(pos: number, gender: 'male' | 'female' | null): { known: KnownName; pos: number } | undefined {
    return this.recentName(pos, (k) => {
      const kind = this.kindOf(k);
      if (kind.org) return false;
      const spoken = this.byKey.get(`p:${k.name.toLowerCase()}`);
      return (spoken?.gender ?? kind.gender) === gender;
    });
  }

  private touch(s: SpeakerRecord, pos: number, alias?: string): SpeakerRecord {
    s.lastSeen = Math.max(s.lastSeen, pos);
    this.seen.push({ pos, speaker: s });
    if (alias) this.addAlias(s, alias);
    return s;
  }

  private upsert(v: { name: string; kind: SpeakerKind; titles: readonly string[]; gender: 'male' | 'female' | null }, pos: number, alias?: string): SpeakerRecord {
    const key = `${v.kind === 'person' ? 'p' : v.kind[0]}:${v.name.toLowerCase()}`;
    let s = this.byKey.get(key);
    if (!s) {
      s = { key, name: v.name, kind: v.kind, titles: [], aliases: [], gender: v.gender, lastSeen: pos, firstSeen: pos };
      this.byKey.set(key, s);
      this.speakers.push(s);
      if (v.kind === 'person') for (const part of v.name.toLowerCase().split(' ')) if (!this.speakersByPart.has(part)) this.speakersByPart.set(part, s);
    }
    for (const t of v.titles) if (!s.titles.includes(t)) s.titles.push(t);
    s.gender ??= v.gender;
    this.touch(s, pos, alias);
    return s;
  }

  private addAlias(s: SpeakerRecord, alias: string): void {
    const a = alias.replace(/\s+/g, ' ').trim().replace(/^(?:The|A|An)\s+/u, (d) => d.toLowerCase());
    if (a === '' || a.toLowerCase() === s.name.toLowerCase() || /^(?:he|she|they|it|we|i|you)$/i.test(a)) return;
    // The full name with its titles ("Russias Deputy Foreign Minister Sergei Ryabkov") is no alias.
    const split = splitName(a);
    const full = split.parts.length >= 2 && split.name.toLowerCase() === s.name.toLowerCase();
    if (!full && !s.aliases.includes(a)) s.aliases.push(a);
  }
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'’.-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The last of the sorted `positions` before `pos`, or -1. */
/** How close (in code units) a person of unknown gender must be named before a pronoun to win it. */
const NEAR_UNKNOWN_GENDER = 250;

function lastBefore(positions: readonly number[], pos: number): number {
  const n = countBefore(positions, (p) => p < pos);
  return n > 0 ? (positions[n - 1] as number) : -1;
}

/** Index of the last entry of a list sorted by `pos` whose `pos` is before `pos`, or -1. */
function lastIndexBefore(list: readonly { pos: number }[], pos: number): number {
  return countBefore(list, (e) => e.pos < pos) - 1;
}

/** Drop titles that are the tail of a longer one ("President" beside "Russian President"). */
export function tidyTitles(titles: readonly string[]): string[] {
  // courtesy titles say a gender, not a role: kept out of `titles`
  return titles.filter((t, i) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?$/i.test(t) && !titles.some((u, j) => j !== i && u.length > t.length && u.toLowerCase().endsWith(` ${t.toLowerCase()}`)) && titles.indexOf(t) === i);
}

/**
 * Speaker mentions next to a cue: `Putin said`, `said Rep. G.K. Butterfield (D-N.C.)`,
 * `the Russian president said`, `a spokesman for the campaign said`, `he added`,
 * `X, a nurse at the county hospital, said`, `according to officials`.
 *
 * Works on window tokens with a small phrase grammar: name runs (capitalised words,
 * initials, title abbreviations, party parentheticals), nominals (determiner … head noun,
 * optionally `of/for/at …`), bare plural groups, and pronouns.
 */
import { isAbbreviation, type Token } from './tokens.js';
import { describePhrase, isVerbLike } from './nlp.js';

/** A speaker mention found in the text (UTF-16 indices). */
export interface MentionSpan {
  start: number;
  end: number;
  text: string;
  /** For a relative pronoun ("Aguilar, who said"): the phrase it stands for. */
  refersTo?: MentionSpan;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'He', 'She', 'They', 'It', 'We', 'I', 'You']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'many',
  'several', 'two', 'three', 'four', 'five', 'other', 'our', 'my', 'your', 'each', 'both', 'most', 'few', 'no',
]);
/** Words between a speaker and the cue: `Putin also said`, `he has repeatedly said`. */
const BETWEEN = new Set([
  'also', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'could', 'did', 'does', 'do', 'then', 'later',
  'previously', 'once', 'recently', 'repeatedly', 'publicly', 'reportedly', 'further', 'simply', 'just', 'even', 'often',
  'again', 'already', 'never', 'not', 'earlier', 'quickly', 'flatly', 'angrily', 'famously', 'bluntly', 'proudly', 'first',
  'subsequently', 'privately', 'initially', 'frequently', 'previously', 'similarly', 'separately', 'additionally', 'finally',
  'only', 'still', 'since', 'now', 'ultimately', 'jokingly', 'sarcastically', 'explicitly', 'openly', 'directly', 'herself',
  'himself', 'themselves', 'itself', 'personally', 'loudly', 'softly', 'calmly', 'emphatically', 'tersely', 'clearly',
  'had', 'long', 'may', 'might', 'must', 'should', 'can', 'reportedly', 'allegedly', 'apparently', 'actually', 'indeed', 'however',
]);
/** Lower-case words that end a speaker phrase when walking back from a cue. */
const CLAUSE_WORDS = new Set([
  'and', 'but', 'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'as', 'after', 'before', 'if', 'though',
  'although', 'so', 'where', 'since', 'until', 'than', 'or', 'nor', 'what', 'how', 'why', 'whether', 'once', 'then',
  'where', 'whereas', 'unless', 'yet', 'to', 'by', 'with', 'in', 'on', 'at', 'into', 'about', 'over', 'during', 'said',
]);
/** Prepositions inside a nominal speaker: `a spokesman for the campaign`, `head of the caucus`. */
const NOMINAL_PREPS = new Set(['of', 'for', 'at', 'from', 'with', 'in', 'on']);
/** Name particles: `Charles de Gaulle`, `Ursula von der Leyen`, `Secretary of State John Kerry`. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'of', 'and', 'the', 'del', 'ibn', 'ben']);
/** Words that look like names at a sentence start but are not subjects. */
const NOT_NAMES = new Set([
  'But', 'And', 'Yet', 'So', 'Then', 'Still', 'Now', 'However', 'Meanwhile', 'Later', 'Earlier', 'Also', 'In', 'On', 'At',
  'When', 'While', 'After', 'Before', 'As', 'If', 'Though', 'Although', 'Because', 'Asked', 'Speaking', 'Instead', 'Indeed',
  'Today', 'Yesterday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Last', 'This',
  'Here', 'There', 'Both', 'Even', 'Again', 'Sometimes', 'Tonight', 'Recently', 'Separately', 'Similarly', 'Finally',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Despite', 'During', 'Unlike', 'Like', 'With', 'Without', 'For', 'From', 'Under', 'Over', 'Through', 'Following', 'According',
  'Amid', 'Among', 'Since', 'Until', 'Upon', 'Outside', 'Inside', 'Across', 'Against', 'Beyond', 'By', 'To', 'Of', 'Why', 'What',
  'How', 'Who', 'Where', 'Which', 'Whether', 'Not', 'No', 'Yes', 'Please', 'Thank', 'Thanks', 'Dear', 'Oh', 'Well', 'Holding', 'Having', 'Being', 'Given', 'Shortly', 'Of', 'Courted', 'Based', 'Added', 'Asked', 'Told', 'Pressed', 'Speaking', 'Writing',
  'That', 'These', 'Those', 'See', 'Name', 'Note', 'Update', 'Read', 'Watch', 'Click', 'Sign',
]);
/** Role nouns written in lower case before a name: "Kremlin spokesman Dmitry Peskov". */
const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'secretary', 'adviser', 'advisor', 'nominee', 'candidate', 'director', 'chief',
  'leader', 'minister', 'president', 'senator', 'official', 'aide', 'strategist', 'manager', 'chairman', 'chairwoman', 'executive',
  'correspondent', 'analyst', 'economist', 'pollster', 'professor', 'attorney', 'lawyer', 'governor', 'mayor', 'ambassador',
  'commissioner', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'critic', 'columnist', 'host', 'anchor',
  'editor', 'reporter', 'author', 'activist', 'founder', 'owner', 'producer', 'surrogate', 'chair', 'coach', 'prosecutor',
  'general', 'envoy', 'negotiator', 'deputy', 'hopeful', 'challenger', 'rival', 'incumbent', 'mogul', 'billionaire', 'businessman',
]);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'to', 'about', 'during', 'after', 'before', 'over', 'under', 'into', 'through', 'despite', 'against', 'among', 'like']);
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'last',
  'this', 'on', 'in', 'at', 'during', 'earlier', 'later', 'recently', 'afterward', 'afterwards', 'then', 'again', 'previously',
  'of', 'to', 'that', 'about', 'after', 'before', 'when', 'while', 'as', 'it', 'him', 'her', 'them', 'us', 'me', 'reporters',
  'repeatedly', 'back', 'so', 'the', 'a', 'an', 'his', 'their', 'its', 'one', 'not', 'also', 'publicly', 'privately', 'once',
  'twice', 'under', 'over', 'through', 'by', 'with', 'without', 'from', 'for', 'into', 'there', 'here', 'what', 'how', 'why',
  'whether', 'something', 'nothing', 'anything', 'everything', 'this', 'these', 'those', 'no', 'yes', 'all', 'such',
]);

// capitalised, but not a sentence-initial adverb ("Hastily", "Recently") — by adverb endings, so
// that names ending in -ly (Kelly, Skelly, Emily, Beverly) stay names
const ADVERB_ENDING = /^\p{Lu}\p{Ll}+(?:ally|ously|ively|fully|edly|ingly|ably|ibly|ently|antly|ately|stily|arily|ckly|ghtly|ssly|ctly|ptly|ntly|mply)$/u;
const isCapitalised = (t: Token): boolean => t.kind === 'word' && /^[\p{Lu}\p{N}]/u.test(t.text) && !ADVERB_ENDING.test(t.text);
const isLower = (t: Token): boolean => t.kind === 'word' && /^\p{Ll}/u.test(t.text);
const isPossessive = (t: Token): boolean => /['’]s$/.test(t.text);

function span(tokens: readonly Token[], from: number, to: number, text: string): MentionSpan {
  const a = tokens[from] as Token;
  const b = tokens[to] as Token;
  return { start: a.start, end: b.end, text: text.slice(a.start, b.end) };
}

/**
 * The speaker phrase that ends just before token `cueIndex` (skipping adverbs and
 * auxiliaries), or null. `minIndex` bounds the walk (the window's first token).
 */
/** Nouns that end in -ly, which the adverb rule must not skip. */
const LY_NOUNS = new Set(['family', 'ally', 'rally', 'assembly', 'supply', 'reply', 'belly', 'bully', 'monopoly', 'anomaly', 'melody', 'folly', 'lily', 'jelly']);
/** Adverbs and auxiliaries between a speaker and the cue ("Putin also said", "she quietly added"). */
const isBetween = (t: Token): boolean => isLower(t) && (BETWEEN.has(t.text) || (/^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.text)));

/**
 * Walk back from token `i` over adverbs and auxiliaries, and over a relative pronoun with its
 * comma ("Trump, who said …", "the ministry, which said …"): the index of the token that ends
 * the speaker phrase (or a comma that closes an appositive), below `minIndex` if none.
 */
/** Adverbs set off by commas between a subject and its verb. */
const INTERRUPTERS = new Set(['however', 'meanwhile', 'too', 'though', 'also', 'instead', 'likewise', 'similarly', 'nonetheless', 'nevertheless', 'moreover', 'separately', 'meantime', 'again']);

function skipBackToSubject(tokens: readonly Token[], i: number, minIndex: number): number {
  while (i >= minIndex && isBetween(tokens[i] as Token)) i--;
  // "Port officials, however, said": an interrupting adverb between commas
  if (i - 2 >= minIndex && (tokens[i] as Token).text === ',' && (tokens[i - 2] as Token).text === ',' && INTERRUPTERS.has((tokens[i - 1] as Token).text)) i -= 3;
  const t = tokens[i];
  if (i >= minIndex && t && t.kind === 'word' && /^(?:who|which|that)$/.test(t.text)) {
    i--;
    if (i >= minIndex && (tokens[i] as Token).text === ',') i--;
  }
  return i;
}

export function mentionBefore(tokens: readonly Token[], cueIndex: number, text: string, minIndex = 0): MentionSpan | null {
  const found = subjectBefore(tokens, cueIndex, text, minIndex);
  if (!found) return null;
  // "Alfonso Aguilar, who also said …": the relative pronoun is the mention in this attribution;
  // it stands for the name before it
  const relative = relativePronounBefore(tokens, cueIndex, minIndex);
  return relative && relative.start > found.end ? { start: relative.start, end: relative.end, text: relative.text, refersTo: found } : found;
}

/**
 * `Beck, who has in the past described …`: a `who`/`which` right after the subject phrase (or its
 * comma) when the walk back from the cue passed over it and a phrase of its own, with no
 * punctuation between it and the cue.
 */
export function relativeAfter(tokens: readonly Token[], found: MentionSpan, cueIndex: number): Token | undefined {
  let k = tokens.findIndex((t) => t.start >= found.end);
  if (k < 0 || k >= cueIndex) return undefined;
  if ((tokens[k] as Token).text === ',') k++;
  const t = tokens[k];
  // (its clause still open at the cue: not `Holt, who is a pastor in Ohio, said …`)
  if (tokens.slice(k + 1, cueIndex).some((x) => x.kind !== 'word')) return undefined;
  return k < cueIndex && t && t.kind === 'word' && /^(?:who|which)$/.test(t.text) ? t : undefined;
}

/** The "who"/"which" right before a cue (after adverbs), if any. */
export function relativePronounBefore(tokens: readonly Token[], cueIndex: number, minIndex: number): Token | undefined {
  let i = cueIndex - 1;
  while (i >= minIndex && isBetween(tokens[i] as Token)) i--;
  const t = tokens[i];
  return i >= minIndex && t && t.kind === 'word' && /^(?:who|which|that)$/.test(t.text) ? t : undefined;
}

function subjectBefore(tokens: readonly Token[], cueIndex: number, text: string, minIndex: number): MentionSpan | null {
  let i = skipBackToSubject(tokens, cueIndex - 1, minIndex);
  if (i < minIndex) return null;
  if ((tokens[i] as Token).text === ',') return appositiveSubject(tokens, i, text, minIndex);
  // (only right before the cue: `Oz — a surgeon — has been called` is a passive)
  if (DASH_TOKEN.test((tokens[i] as Token).text)) return i === cueIndex - 1 ? dashedSubject(tokens, i, text, minIndex) : null;
  // `Holt, the author of "Rust Belt Blues," said`: a title whose closing comma sits inside the marks
  const t = tokens[i] as Token;
  if (t.kind === 'mask' && /,\s*\S?$/u.test(text.slice(Math.max(t.start, t.end - 3), t.end))) return appositiveSubject(tokens, i, text, minIndex);
  // "Beck, who has in the past described …": a prepositional phrase before the cue is an adverbial
  // (but not the head of a relative clause: `compared with 23 percent who said …`; and after,
  // before and since open a clause whose subject the phrase is: `upset after Ruiz called them "…"`)
  const relative = relativePronounBefore(tokens, cueIndex, minIndex) !== undefined;
  for (let round = 0; round < 2; round++) {
    const np = phraseEndingAt(tokens, i, text, minIndex);
    if (!np) {
      // `those close to him say`
      const t = tokens[i] as Token;
      const prep = tokens[i - 1];
      if (!relative && /^(?:him|her|them)$/.test(t.text) && prep && PREPOSITIONS.has(prep.text)) return sourceCloseTo(tokens, i - 1, { start: t.start, end: t.end, text: t.text }, text, minIndex);
      return null;
    }
    const k = tokens.findIndex((x) => x.start === np.start);
    const before = tokens[k - 1];
    if (!relative && k - 1 >= minIndex && before && before.kind === 'word' && PREPOSITIONS.has(before.text) && !CLAUSE_OPENERS.has(before.text)) {
      const source = sourceCloseTo(tokens, k - 1, np, text, minIndex);
      if (source) return source;
      i = skipBackToSubject(tokens, k - 2, minIndex);
      if (i < minIndex) return null;
      if ((tokens[i] as Token).text === ',') return appositiveSubject(tokens, i, text, minIndex);
      continue;
    }
    if (/^\p{N}/u.test(np.text) && !/\b(?:percent|per cent|%|of)\b/u.test(np.text)) return null;
    return np;
  }
  return null;
}

const DASH_TOKEN = /^[—–―-]$/u;

/** Adjectives that, with their preposition, describe an unnamed source (`a source close to …`). */
const SOURCE_ADJECTIVES = new Set(['close', 'closest', 'familiar', 'briefed', 'knowledgeable', 'loyal', 'near']);
/** Heads such a source phrase may have without a determiner (`people familiar with …`). */
const BARE_SOURCE_HEADS = new Set(['people', 'those', 'sources', 'officials', 'aides', 'allies', 'advisers', 'advisors', 'insiders', 'friends', 'associates', 'Sources', 'People', 'Those', 'Officials', 'Aides', 'Allies', 'Insiders']);

/**
 * `a source close to the mayor`, `people familiar with her thinking`: the whole phrase is the
 * speaker, not its object (`prepIndex` is the preposition, `object` the phrase after it).
 */
function sourceCloseTo(tokens: readonly Token[], prepIndex: number, object: MentionSpan, text: string, minIndex: number): MentionSpan | null {
  const adjective = tokens[prepIndex - 1];
  if (prepIndex - 2 < minIndex || !adjective || adjective.kind !== 'word' || !SOURCE_ADJECTIVES.has(adjective.text)) return null;
  const headIndex = prepIndex - 2;
  const head = tokens[headIndex] as Token;
  const phrase = BARE_SOURCE_HEADS.has(head.text) ? { start: head.start } : phraseEndingAt(tokens, headIndex, text, minIndex);
  if (!phrase) return null;
  return { start: phrase.start, end: object.end, text: text.slice(phrase.start, object.end) };
}

/**
 * `Okafor — who is listed as a lawyer — told`, `Ana Ruiz - the mayor's sister - said`: the
 * subject before a dashed aside (the dash at `closeIndex` closes it). It must be a name or a
 * determined phrase and start its clause.
 */
function dashedSubject(tokens: readonly Token[], closeIndex: number, text: string, minIndex: number): MentionSpan | null {
  for (let j = closeIndex - 1; j >= Math.max(minIndex, closeIndex - 30); j--) {
    const t = tokens[j] as Token;
    if (t.text === ';' || t.text === ':') return null;
    // (a quotation may sit in the aside: `Ortiz - who called it "a wreck" - said`)
    if (t.kind === 'mask') continue;
    if (!DASH_TOKEN.test(t.text)) continue;
    if (j === closeIndex - 1) return null;
    const name = phraseEndingAt(tokens, j - 1, text, minIndex);
    if (!name || !/^(?:\p{Lu}|(?:the|a|an|his|her|their|its)\s)/u.test(name.text)) return null;
    const k = tokens.findIndex((x) => x.start === name.start);
    const before = tokens[k - 1];
    if (k - 1 >= minIndex && before && before.kind === 'word' && PREPOSITIONS.has(before.text) && !CLAUSE_OPENERS.has(before.text)) return null;
    return name;
  }
  return null;
}

/** Words that open a finite clause: the phrase before them is that clause's subject. */
const FINITE_START = /^(?:is|was|are|were|has|have|had|will|would|can|could|does|did|uses|remains|helps|runs|owns|leads|seems|appears)$/;
/** Prepositions that also open a clause ("after Mr. Trump, asked about …, had said"). */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since']);

/** `X, a nurse at the county hospital, said` — the comma at `commaIndex` closes the appositive. */
function appositiveSubject(tokens: readonly Token[], commaIndex: number, text: string, minIndex: number): MentionSpan | null {
  let commas = 0;
  for (let j = commaIndex - 1; j >= Math.max(minIndex, commaIndex - 30); j--) {
    const t = tokens[j] as Token;
    // a title in quote marks may sit in the appositive: `Holt, the author of "Rust Belt Blues," said`
    if (t.text === ';' || t.text === ':') return null;
    if (t.kind === 'mask') { if (j === commaIndex - 1) return null; continue; }
    if (t.text !== ',') continue;
    if (++commas > 3) return null;
    const first = tokens[j + 1];
    if (!first || first.kind !== 'word') return null;
    // "the White House spokesman, Josh Earnest, said": the name is the appositive itself
    if (commas === 1) {
      const inner = phraseEndingAt(tokens, commaIndex - 1, text, j + 1);
      if (inner && inner.start === first.start && isCapitalised(first) && !NOT_NAMES.has(first.text)) {
        const lead = phraseEndingAt(tokens, j - 1, text, minIndex);
        const roleBefore = tokens[j - 1];
        // "the White House spokesman, Josh Earnest, said" · "Ms. Merkel's spokesman, Steffen Seibert, wrote"
        // — not "a pastor at the Reformation Church of Elizabeth, Colorado, slammed", where the
        // lead ends in a name and the appositive is the rest of a place
        const determined = lead !== null && /^(?:the|a|an|his|her|their|its|our)\s/i.test(lead.text);
        if (roleBefore && isLower(roleBefore) && (determined || ROLE_NOUNS.has(roleBefore.text))) return inner;
        // "His former business partner at Lenox, Lawrence B. Cummings, called" (a place is no speaker)
        if (determined && describePhrase(inner.text).kind === 'person') return inner;
      }
    }
    // "Marco Rubio, whose hometown, Miami, is projected to …, argues": a name followed by a verb
    // of its own is the subject of that clause, not of the cue
    if (first.kind === 'word' && FINITE_START.test(first.text)) continue;
    const name = phraseEndingAt(tokens, j - 1, text, minIndex);
    // a name, or a role and a name ("the economist Jared Bernstein, a former adviser …, wrote")
    if (!name || !(/^[\p{Lu}]/u.test(name.text) || /^(?:the|a)\s+\p{Ll}+\s+\p{Lu}/u.test(name.text)) || /^\p{N}/u.test(name.text)) continue;
    const k = tokens.findIndex((x) => x.start === name.start);
    const before = tokens[k - 1];
    // the name must start its clause: "Dean Johnson, a salesman from Sumter, South Carolina, says"
    // ("after Mr. Trump, asked about …, had said": after, before and since also start clauses)
    if (k - 1 >= minIndex && before && before.kind === 'word' && PREPOSITIONS.has(before.text) && !CLAUSE_OPENERS.has(before.text)) continue;
    return name;
  }
  return null;
}

/** The longest plausible speaker phrase ending at token `end`. */
export function phraseEndingAt(tokens: readonly Token[], end: number, text: string, minIndex = 0): MentionSpan | null {
  const last = tokens[end];
  if (!last || end < minIndex) return null;
  if (last.kind === 'word' && PRONOUNS.has(last.text)) return span(tokens, end, end, text);
  if (last.kind === 'mask' || last.kind === 'punct' || isPossessive(last)) return null;
  // Name run: capitalised words, initials, particles and parentheticals.
  let j = end;
  if (last.kind === 'paren') j--;
  if (j >= minIndex && isCapitalised(tokens[j] as Token)) {
    let k = j;
    while (k - 1 >= minIndex) {
      const p = tokens[k - 1] as Token;
      if (isCapitalised(p) && !isPossessive(p)) k--;
      else if (p.kind === 'word' && NAME_PARTICLES.has(p.text) && k - 2 >= minIndex && isCapitalised(tokens[k - 2] as Token)) k -= 1;
      else if ((p.kind === 'paren' || p.kind === 'mask') && k - 2 >= minIndex && isCapitalised(tokens[k - 2] as Token)) k--;
      else break;
    }
    while (k <= j && ((tokens[k] as Token).kind !== 'word' || NAME_PARTICLES.has((tokens[k] as Token).text) || NOT_NAMES.has((tokens[k] as Token).text))) k++;
    if (k > j) return null;
    if (k === j && /^(?:The|A|An)$/.test((tokens[k] as Token).text)) return null; // a determiner alone
    // "Kremlin spokesman Dmitry Peskov", "Democratic presidential nominee Hillary Clinton": a role
    // written in lower case before the name belongs to the mention (and becomes a title)
    if (k - 1 >= minIndex && isLower(tokens[k - 1] as Token) && ROLE_NOUNS.has((tokens[k - 1] as Token).text)) {
      let r = k - 1;
      while (r - 1 >= minIndex && k - r < 5) {
        const p = tokens[r - 1] as Token;
        const lowerModifier = isLower(p) && !CLAUSE_WORDS.has(p.text) && !BETWEEN.has(p.text) && !PREPOSITIONS.has(p.text) && !DETERMINERS.has(p.text) && !isVerbLike(p.text);
        if (lowerModifier || (isCapitalised(p) && !NOT_NAMES.has(p.text))) r--;
        else break;
      }
      k = r;
    }
    // "the White House", "the Foreign Ministry": keep the article with an organisation's name
    if (k - 1 >= minIndex && /^(?:the|The)$/.test((tokens[k - 1] as Token).text)) k--;
    return extendNominal(tokens, k, end, text, minIndex);
  }
  // Nominal: determiner … head noun ("the Russian president", "a spokesman for the campaign"),
  // or a bare plural group ("top black lawmakers", "officials").
  if (last.kind !== 'word' || !isLower(last)) return null;
  if (CLAUSE_WORDS.has(last.text) || DETERMINERS.has(last.text) || TIME_WORDS.has(last.text)) return null;
  let k = end;
  let coordinated = false;
  while (k - 1 >= minIndex && end - k < (coordinated ? 9 : 6)) {
    const p = tokens[k - 1] as Token;
    // "the front-runner and former senator": a coordinated nominal, once, when it has a determiner
    if (p.text === 'and' && !coordinated && k - 2 >= minIndex && (tokens[k - 2] as Token).kind === 'word') { coordinated = true; k--; continue; }
    if (p.kind !== 'word' || CLAUSE_WORDS.has(p.text) || (isLower(p) && isVerbLike(p.text))) break;
    // "Obama's former campaign strategist": a name in the possessive determines the nominal
    if (isPossessive(p) && isCapitalised(p)) return span(tokens, k - 1, end, text);
    k--;
    if (DETERMINERS.has(p.text.toLowerCase()) || /^(?:\p{N}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|half$|nearly$|about$|most$|more$)/iu.test(p.text)) {
      // "the Russian president", "47 percent of Democrats", "Nearly half": start at the determiner or number
      while (k - 1 >= minIndex && /^(?:nearly|about|almost|roughly|some|only|just|more|less|fewer|than|over|under)$/i.test((tokens[k - 1] as Token).text)) k--;
      return extendNominal(tokens, k, end, text, minIndex);
    }
  }
  // No determiner: only plural groups ("officials", "Senate Democrats", "top black lawmakers").
  if (/s$/.test(last.text) && end - k <= 3) {
    while (k < end && !(tokens[k] as Token).text.match(/^[\p{L}]/u)) k++;
    return span(tokens, k, end, text);
  }
  return null;
}

/** Extend `tokens[from..end]` back over `a spokesman for` / `the head of` when they precede it. */
function extendNominal(tokens: readonly Token[], from: number, end: number, text: string, minIndex: number): MentionSpan {
  let k = from;
  for (let round = 0; round < 2; round++) {
    const prep = tokens[k - 1];
    if (!prep || k - 1 < minIndex || prep.kind !== 'word' || !NOMINAL_PREPS.has(prep.text)) break;
    let d = k - 2;
    let found = -1;
    while (d >= minIndex && k - 2 - d < 5) {
      const t = tokens[d] as Token;
      if (t.kind !== 'word' || CLAUSE_WORDS.has(t.text)) break;
      if (DETERMINERS.has(t.text.toLowerCase()) || (isCapitalised(t) && d === minIndex)) { found = d; break; }
      d--;
    }
    if (found < 0) break;
    k = found;
  }
  return span(tokens, k, end, text);
}

/**
 * The speaker phrase that starts just after token `cueIndex` (`said Putin`, `according to
 * officials`, `said the senator`), or null. Time words (`said Friday`) and objects
 * (`told reporters`) are not speakers.
 */
export function mentionAfter(tokens: readonly Token[], cueIndex: number, text: string, maxIndex = tokens.length): MentionSpan | null {
  const i = cueIndex + 1;
  const first = tokens[i];
  if (!first || i >= maxIndex || first.kind !== 'word') return null;
  if (PRONOUNS.has(first.text) && first.text !== 'it' && first.text !== 'you') return span(tokens, i, i, text);
  if (TIME_WORDS.has(first.text.toLowerCase()) && !DETERMINERS.has(first.text.toLowerCase())) return null;
  if (NOT_NAMES.has(first.text)) return null;
  // Walk forward to the end of the phrase: stop at punctuation, clause words, or a verb-like lower-case word after a name.
  let j = i;
  let sawName = false;
  // a lower-case word after a name ends the phrase at the next capital (`said Smith and Jones`,
  // `McCain of Arizona`); words before the name do not (`the Las Vegas Sun`, `retired neurosurgeon Ben Carson`)
  let lowerAfterName = false;
  while (j < maxIndex) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' || t.kind === 'mask') break;
    if (t.kind === 'paren') { if (j === i) return null; j++; continue; }
    if (isCapitalised(t) || isAbbreviation(t.text)) {
      if (lowerAfterName) break;
      sawName = true;
    } else if (isLower(t)) {
      // a clause, not a speaker: "said the decision had …" (descriptors such as "retired" before a name are fine)
      if (!sawName && DETERMINERS.has((tokens[i] as Token).text.toLowerCase()) && isVerbLike(t.text)) return null;
      if (sawName && !NAME_PARTICLES.has(t.text)) break;
      if (CLAUSE_WORDS.has(t.text) && !NOMINAL_PREPS.has(t.text)) break;
      if (TIME_WORDS.has(t.text) && !DETERMINERS.has(t.text) && !NOMINAL_PREPS.has(t.text)) break;
      if (sawName) lowerAfterName = true;
    }
    j++;
    if (j - i >= 9) break;
  }
  let end = j - 1;
  while (end >= i && ((tokens[end] as Token).kind !== 'word' && (tokens[end] as Token).kind !== 'paren' || NOMINAL_PREPS.has((tokens[end] as Token).text) || DETERMINERS.has((tokens[end] as Token).text) || NAME_PARTICLES.has((tokens[end] as Token).text))) end--;
  if (end < i) return null;
  // An inverted nominal speaker ends its clause: "said the senator." — not "said the decision
  // had not been easy", where the phrase is the subject of what was said.
  const following = tokens[end + 1];
  const named = tokens.slice(i, end + 1).some((t) => isCapitalised(t));
  if (!named && following && following.kind === 'word' && /^\p{Ll}/u.test(following.text) && !/^(?:who|whom|which|and|in|on|at|during|after|before|of|to|for|with|from|when|while|as|adding|noting|saying|according)$/.test(following.text) && !TIME_WORDS.has(following.text)) return null;
  const startTok = tokens[i] as Token;
  if (!isCapitalised(startTok) && !DETERMINERS.has(startTok.text.toLowerCase())) {
    // "said retired neurosurgeon Ben Carson": descriptors, then the name
    let n = i;
    while (n <= end && !isCapitalised(tokens[n] as Token)) n++;
    if (n <= end && n - i <= 5) return span(tokens, i, end, text);
    if (!/s$/.test((tokens[end] as Token).text)) return null;
  }
  return span(tokens, i, end, text);
}

/**
 * The subject at the start of a clause (`Trump doubled down, saying …`): the phrase made of
 * the first tokens up to the first lower-case verb-like word.
 */
export function clauseSubject(tokens: readonly Token[], from: number, to: number, text: string): MentionSpan | null {
  let i = from;
  // a dateline: "WASHINGTON (AP) —", "Washington (AFP) –"
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const t = tokens[k] as Token;
    if (/^[—–―-]$/.test(t.text) && k > from) { i = k + 1; break; }
    if (t.kind === 'word' && isLower(t)) break;
  }
  // skip an introductory phrase ending in a comma ("On Friday, Trump said …"), not a name ("Clinton, who …")
  const head = tokens[i];
  if (head && (!isCapitalised(head) || NOT_NAMES.has(head.text))) {
    for (let k = i; k < Math.min(to, i + 25); k++) {
      if ((tokens[k] as Token).text === ',') { i = k + 1; break; }
      if ((tokens[k] as Token).kind === 'mask') break;
    }
  }
  const first = tokens[i];
  if (!first || i >= to) return null;
  if (first.kind === 'word' && PRONOUNS.has(first.text)) return span(tokens, i, i, text);
  let j = i;
  while (j + 1 < to) {
    const n = tokens[j + 1] as Token;
    if (isCapitalised(n) || n.kind === 'paren' || (isLower(n) && (NAME_PARTICLES.has(n.text) || (DETERMINERS.has(first.text.toLowerCase()) && j - i < 4 && !BETWEEN.has(n.text) && !/(?:ed|s)$/.test(n.text))))) j++;
    else break;
  }
  return phraseEndingAt(tokens, j, text, i);
}

/**
 * The owner of a speech noun: `her remark` → "her", `Trump's warning` → "Trump",
 * `the senator's claim` → "the senator". Null when the noun has no possessor.
 */
export function possessorOf(tokens: readonly Token[], nounIndex: number, text: string, minIndex = 0): MentionSpan | null {
  let i = nounIndex - 1;
  // adjectives between: "his famous campaign line", "her repeated claims"
  while (i >= minIndex && i >= nounIndex - 3 && isLower(tokens[i] as Token) && !/^(?:his|her|their|its|my|our|your)$/.test((tokens[i] as Token).text) && !CLAUSE_WORDS.has((tokens[i] as Token).text) && !DETERMINERS.has((tokens[i] as Token).text)) i--;
  const t = tokens[i];
  if (!t || i < minIndex || t.kind !== 'word') return null;
  if (/^(?:his|her|their|its|His|Her|Their|Its)$/.test(t.text)) return span(tokens, i, i, text);
  if (isPossessive(t)) {
    const m = phraseEndingAt(tokens.map((x, k) => (k === i ? { ...x, text: x.text.replace(/['’]s$/, ''), end: x.end - 2 } : x)), i, text, minIndex);
    return m;
  }
  return null;
}

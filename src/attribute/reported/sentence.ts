/**
 * One sentence, every frame: the dispatcher that runs each rule of reported speech over a body
 * sentence (polls, questions, nouns and adjectives of stance, views held in the passive, points of
 * view, hedges, stance verbs, then reporting verbs) and collects what they find, in that order.
 */
import type { SentenceSpan } from '../../segment/sentences.js';
import { findCues, type AttributeInput } from '../attribute.js';
import type { MentionSpan } from '../mentions.js';
import { tokenize } from '../tokens.js';
import type { IndirectSpan } from './content.js';
import { findHedgedContent, findHedges } from './hedges.js';
import { findPollContent } from './polls.js';
import { findAskedContent } from './questions.js';
import { CLAUSE_ENDS, findAsReported, findSpeechContents, TRAILING_EVIDENCE, usableCue } from './speech.js';
import { findNounClaim, findNounStance, findReceivedStance } from './stance-nouns.js';
import { findAdjectiveStance, findDrewCriticism, findPassiveReport, findPerspective, findSeenAs } from './stance-phrases.js';
import { findStanceContent } from './stance-verbs.js';

/** The part of sentence `s` inside paragraph `para`, when it is long enough to report anything. */
export function findInParagraphSentence(input: AttributeInput, para: { start: number; end: number }, s: SentenceSpan, stance: readonly MentionSpan[], out: IndirectSpan[]): void {
  const start = Math.max(s.start, para.start);
  const end = Math.min(s.end, para.end);
  if (end - start >= 12) findInSentence(input, start, end, s, stance, out);
}

/**
 * The reported contents of one sentence (`start`–`end`, inside the paragraph). `stance` holds the
 * document's stance cues; the reporting cues are read from `input`.
 */
function findInSentence(input: AttributeInput, start: number, end: number, s: SentenceSpan, stance: readonly MentionSpan[], out: IndirectSpan[]): void {
  const { masked } = input;
  const cues = findCues(input, start, end).filter((c) => usableCue(c.text));
  let own = findCues({ cues: stance }, start, end).filter((x) => !cues.some((c) => c.start < x.end && x.start < c.end));
  // `CONTENT, records show.` · `…, F.A.A. records show, CONTENT`: a verb of evidence that ends its
  // clause attributes like `said`
  const trailing = own.filter((x) => TRAILING_EVIDENCE.test(x.text) && CLAUSE_ENDS.test(masked.slice(x.end, x.end + 3)));
  if (trailing.length > 0) {
    own = own.filter((x) => !trailing.includes(x));
    cues.push(...trailing);
    cues.sort((a, b) => a.start - b.start);
  }
  const hedges = findHedges(masked, start, end);
  findPollContent(input, start, end, s, out);
  findAskedContent(input, start, end, s, out);
  findAsReported(input, start, end, s, out);
  findNounClaim(input, start, end, s, out);
  findNounStance(input, start, end, s, out);
  findReceivedStance(input, start, end, s, out);
  findAdjectiveStance(input, start, end, s, out);
  findSeenAs(input, start, end, s, out);
  findPassiveReport(input, start, end, s, out);
  findDrewCriticism(input, start, end, s, out);
  findPerspective(input, start, end, s, out);
  if (cues.length === 0 && own.length === 0 && hedges.length === 0) return;
  const tokens = tokenize(masked, start, end);
  for (const h of hedges) findHedgedContent(input, tokens, h, start, end, s, out);
  if (own.length > 0) {
    const all = [...cues, ...own].sort((a, b) => a.start - b.start);
    const mine = new Set(own);
    for (let c = 0; c < all.length; c++) if (mine.has(all[c] as MentionSpan)) findStanceContent(input, tokens, all, c, start, end, s, out);
  }
  findSpeechContents(input, tokens, cues, start, end, s, out);
}

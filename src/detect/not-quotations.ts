/**
 * Quoted text that is not a quotation of speech.
 *
 * News puts quote marks around titles of shows, films, books and songs (`on CNN's "New Day"`),
 * around nicknames and around words the writer holds at arm's length (`so-called "experts"`).
 * These are recognised here so they are never attributed to anyone:
 * - a **title**: Title Case words right after a possessive or a word that introduces a title
 *   (`on`, `of`, `titled`, `book`, `show` …), or after the kind of work and a comma (`his memoir, "…"`);
 * - a **nickname**: a short fragment after `known as`, `nicknamed`, `aka`;
 * - a **scare quote**: a fragment of three words or fewer inside the writer's sentence that no
 *   attribution claims (a short fragment that an attribution does claim, such as
 *   `Trump called it "a disaster"`, is kept: that is a partial quotation), or a short fragment
 *   right after `so-called`, `self-styled` …, which the writer disowns whoever is named nearby.
 */
import type { QuoteType } from '../schema/document.js';

const TITLE_INTRO =
  /(?:['’]s|\b(?:on|in|of|for|from|at|titled|entitled|called|named|dubbed|show|program|programme|book|novel|memoir|film|movie|song|album|series|documentary|debut|thriller|comedy|drama|sequel|single|track|record|bestseller|biography|essay|report|study|feature|short|cartoon|sitcom|show|broadcast|newsletter|podcast|newspaper|magazine|column|article|episode|headline|hashtag|slogan|motto|play|musical|opera|poem|painting|exhibition|podcast|website|blog|segment|anthem|hit))\s*$/i;
/**
 * A work named in apposition, after its kind and a comma: `in her memoir, "Open Roads,"` ·
 * `the reality show, "Tycoon."` — a title even where the comma makes it look like a quotation
 * introduced by a clause.
 */
const TITLE_APPOSITION =
  /\b(?:book|memoir|autobiography|biography|novel|film|movie|show|program|programme|series|drama|thriller|comedy|sitcom|podcast|play|ad|spot|documentary|album|song)\s*,\s*$/i;
/** Words by which the writer disowns the next word: `so-called "experts"`, whoever else is named nearby. */
const SCARE_INTRO = /\b(?:so[- ]called|self[- ]styled|self[- ]proclaimed|would-be|quote[- ]unquote)\s*$/i;
/** Words that introduce a nickname: `known as "Iron Fist"`, `nicknamed "the Widowmaker"`. */
const NICKNAME_INTRO = /\b(?:known as|nicknamed|a\.k\.a\.?|aka|also called)\s*$/i;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'as', 'vs.', 'de', 'la', 'le']);

/** Whether every word of `text` is capitalised, except small words after the first. */
export function isTitleCase(text: string): boolean {
  if (text.length > 200) return false;
  let end = text.length;
  while (end > 0 && '.,!?;:'.includes(text[end - 1] as string)) end--;
  const words = text.slice(0, end).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}#@&(]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/** Why a quoted span is not a quotation, or null when it may be one. */
export function notQuotationReason(
  quoted: string,
  textBefore: string,
  attributed: boolean,
  type: QuoteType,
): 'title' | 'scare-quote' | null {
  if (type === 'partial' && isTitleCase(quoted) && TITLE_INTRO.test(textBefore)) return 'title';
  if (type !== 'indirect' && isTitleCase(quoted) && TITLE_APPOSITION.test(textBefore)) return 'title';
  // A nickname is a name, like a title; a disowned word is a scare quote even in a sentence
  // with a speaker in it ("The report, written by so-called "experts", …").
  const words = quoted.split(/\s+/).filter((w) => w !== '').length;
  if (type === 'partial' && words <= 4 && NICKNAME_INTRO.test(textBefore)) return 'title';
  if (type === 'partial' && words <= 4 && SCARE_INTRO.test(textBefore)) return 'scare-quote';
  if (!attributed && type === 'partial' && words <= 3) return 'scare-quote';
  return null;
}

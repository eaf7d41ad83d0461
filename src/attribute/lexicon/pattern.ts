/**
 * How the word lists of this folder become alternatives of the rules' regular expressions.
 *
 * An entry is a word or phrase, written as a small pattern: `s?` makes a letter optional
 * (`views?`), `(?:…)` groups alternatives inside an entry (`calls? (?:for|on)`), `[Pp]` allows
 * either case of one letter. Alternatives keep their order, which matters: at one position a
 * regular expression takes the first alternative that lets the whole pattern match.
 */

/**
 * The entries as one alternation (without the enclosing group). A space between the words of an
 * entry stands for `space` (the whitespace pattern of the rule, such as `\s+`); without `space`
 * it matches one space.
 */
export function alternation(entries: readonly string[], space?: string): string {
  return (space === undefined ? entries : entries.map((entry) => entry.split(' ').join(space))).join('|');
}

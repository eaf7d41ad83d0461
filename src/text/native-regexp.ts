/**
 * Compile a regular expression to machine code now, skipping V8's bytecode tier.
 *
 * V8 compiles a pattern first used on a short string to bytecode for its interpreter, and to
 * machine code on a later use; a first subject of 1,000 characters or more gets machine code at
 * once. For the big Unicode patterns of the rules (the stance lexicon alone is 10,000 characters
 * of alternatives) the bytecode costs several times the machine code: 29 ms against 4.5 ms for
 * the largest. Running such a pattern once over a long string when its module loads keeps those
 * milliseconds out of a cold start. (The string holds a character above U+00FF because V8 keeps
 * separate code for one-byte and two-byte strings, and the masked text the rules read is
 * two-byte: its masks are U+2063.) The match state is reset afterwards; nothing else changes.
 */
const LONG_TWO_BYTE = `${' '.repeat(1000)}\u2063`;

export function compiledNow<T extends RegExp>(pattern: T): T {
  pattern.lastIndex = 0;
  pattern.exec(LONG_TWO_BYTE);
  pattern.lastIndex = 0;
  return pattern;
}

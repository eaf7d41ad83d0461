/**
 * The segment stage as a specification: paragraphs, their roles, metadata and sentences.
 * Each row's input text is the test's name; expected values are plain data.
 * Offsets inside the stage are UTF-16 indices into the untouched input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/segment/paragraphs.js';
import { segmentParagraphs, segmentText } from '../src/segment/segment.js';
import { paragraphSentences, parsedSentences, sentenceParts, singleSentence } from '../src/segment/sentences.js';
import { MetadataSchema } from '../src/schema/document.js';

/** The text of each paragraph, sliced from the input by its offsets. */
function paragraphTexts(text: string): string[] {
  return splitParagraphs(text).map((b) => text.slice(b.start, b.end));
}

describe('paragraphs', () => {
  const rows: [input: string, paragraphs: string[]][] = [
    ['First paragraph here.\n\nSecond paragraph here.', ['First paragraph here.', 'Second paragraph here.']],
    // no blank line anywhere: scraped text, one paragraph per line
    ['Line one is a paragraph.\nLine two is another.\nLine three too.', ['Line one is a paragraph.', 'Line two is another.', 'Line three too.']],
    ['One para.\r\n\r\nTwo para.', ['One para.', 'Two para.']],
    ['One line.\r\nAnother line.', ['One line.', 'Another line.']],
    // blank lines present: a single line break is a soft wrap inside a paragraph
    [
      'The council voted on Monday to close the\nlibrary branch on Elm Street, a decision that\nangered residents.\n\nThe vote was 5 to 2.',
      ['The council voted on Monday to close the\nlibrary branch on Elm Street, a decision that\nangered residents.', 'The vote was 5 to 2.'],
    ],
    [
      'A wrapped line\r\ncontinues here.\r\n\r\nNext one.',
      ['A wrapped line\r\ncontinues here.', 'Next one.'],
    ],
    ['  \n\n  Leading blanks.\n\n\n\nTrailing blanks.  \n\n', ['Leading blanks.', 'Trailing blanks.']],
    ['Blank line with spaces.\n   \t\nAfter it.', ['Blank line with spaces.', 'After it.']],
    ['Only one paragraph.', ['Only one paragraph.']],
    ['', []],
    ['   \n\n \n', []],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(paragraphTexts(input)).toEqual(expected);
  });
});

describe('paragraph roles', () => {
  const rows: [input: string, roles: string[]][] = [
    ['Mayor Tess Okafor speaks at a rally in Dunmore. (Photo by Sam Reyes/Daily Ledger)\n\nThe mayor spoke for an hour.', ['caption', 'body']],
    ['Photo: Firefighters at the scene on Tuesday.\n\nThe blaze was out by noon.', ['caption', 'body']],
    ['Residents line up outside the clinic. (AP Photo/Jo Kim)\n\nThe clinic opened at nine.', ['caption', 'body']],
    ['LINK: https://example.com/news/1\n\nTAGS: housing, city hall\n\nThe council met.', ['metadata', 'metadata', 'body']],
    ['City Council Closes Library Branch\n\nBy Ana Lund and Ben Ortiz\n\nMarch 5, 2024\n\nThe council voted on Monday.', ['title', 'byline', 'dateline', 'body']],
    ['Headline here\n\nBy Ana Lund\n\nThe council met.', ['title', 'byline', 'body']],
    ['Headline here\n\nby Ana Lund\n\nThe council met.', ['title', 'byline', 'body']],
    ['Headline here\n\nWritten by Ana Lund, Staff Writer\n\nThe council met.', ['title', 'byline', 'body']],
    ['Council closes library\n\nDUNMORE —\n\nThe council voted on Monday.', ['title', 'dateline', 'body']],
    ['Council closes library\n\nTuesday, March 5, 2024\n\nThe council voted on Monday.', ['title', 'dateline', 'body']],
    ['Council closes library\n\n5 March 2024\n\nThe council voted on Monday.', ['title', 'dateline', 'body']],
    // a labelled date is a metadata line (see the metadata table)
    ['Council closes library\n\nUpdated: March 5, 2024\n\nThe council voted on Monday.', ['title', 'metadata', 'body']],
    // the title is the first paragraph that is not metadata or a caption
    ['URL: https://example.com/a\n\nLibrary Branch To Close\n\nThe council voted on Monday.', ['metadata', 'title', 'body']],
    // a sentence that ends with a full stop and is not in title case is no headline
    ['The council voted on Monday to close the branch.\n\nResidents were angry.', ['body', 'body']],
    // a lone paragraph is body, whatever it looks like
    ['Library Branch To Close', ['body']],
    // the first turn of a Q&A transcript is no headline; a lone labelled line still may be
    ['WALLACE: Will you run again?\nOKAFOR: I have not decided yet.\nWALLACE: When?', ['body', 'body', 'body']],
    ['UPDATE: Council delays vote\n\nThe council met.', ['title', 'body']],
    // "by" in prose is no byline
    ['The plan was backed by the mayor and most of the council.\n\nIt passed.', ['body', 'body']],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(segmentParagraphs(input).paragraphs.map((p) => p.role)).toEqual(expected);
  });
});

describe('metadata', () => {
  const rows: [input: string, metadata: Record<string, unknown>][] = [
    ['The council met.', { tags: [] }],
    [
      'LINK: https://example.com/news/1\n\nTAGS: housing, city hall\n\nSource: Daily Ledger\n\nPublished: 2024-03-05\n\nThe council met.',
      { link: 'https://example.com/news/1', tags: ['housing', 'city hall'], published: '2024-03-05', source: 'Daily Ledger' },
    ],
    // trailer lines, one paragraph per line; URL is another name for link; TAGS split on ; and |
    ['The council met.\nIt voted 5 to 2.\nURL: https://example.com/b\nTAGS:1681; budget|budget', { link: 'https://example.com/b', tags: ['1681', 'budget'] }],
    // the first value of a key wins
    ['LINK: https://example.com/first\n\nLINK: https://example.com/second\n\nThe council met.', { link: 'https://example.com/first', tags: [] }],
    ['Keywords: parks, libraries\n\nThe council met.', { tags: ['parks', 'libraries'] }],
  ];
  it.each(rows)('%j', (input, expected) => {
    const { metadata } = segmentParagraphs(input);
    expect(metadata).toEqual(expected);
    // key order is part of the byte-identical output: the contract's order (what the schema gives)
    expect(Object.keys(metadata)).toEqual(Object.keys(MetadataSchema.parse(metadata)));
  });

  it('metadata lines are paragraphs with role metadata', () => {
    const { paragraphs } = segmentParagraphs('The council met.\n\nLINK: https://example.com/c');
    expect(paragraphs.map((p) => p.role)).toEqual(['body', 'metadata']);
  });
});

describe('sentences', () => {
  const rows: [input: string, sentences: [paragraph: number, text: string][]][] = [
    ['The vote came late. Residents were angry! Was it fair? Nobody knew.', [
      [0, 'The vote came late.'], [0, 'Residents were angry!'], [0, 'Was it fair?'], [0, 'Nobody knew.'],
    ]],
    ['Dr. Ruiz arrived at 3 p.m. on Monday. She left soon after.', [
      [0, 'Dr. Ruiz arrived at 3 p.m. on Monday.'], [0, 'She left soon after.'],
    ]],
    ['First paragraph. Two sentences.\n\nSecond paragraph.', [
      [0, 'First paragraph.'], [0, 'Two sentences.'], [1, 'Second paragraph.'],
    ]],
    ['A wrapped\nsentence ends here. Another\nstarts.\n\nDone.', [
      [0, 'A wrapped\nsentence ends here.'], [0, 'Another\nstarts.'], [1, 'Done.'],
    ]],
    ['Windows line ends.\r\n\r\nStill exact offsets. Yes.', [
      [0, 'Windows line ends.'], [1, 'Still exact offsets.'], [1, 'Yes.'],
    ]],
    ['"We will rebuild," she said. Then she left.', [
      [0, '"We will rebuild," she said.'], [0, 'Then she left.'],
    ]],
    // `No.` before a number ends no sentence
    ['Ana Ruiz, the No. 2 Republican, spoke. The No. 10 bus was late. He said no. Then he left.', [
      [0, 'Ana Ruiz, the No. 2 Republican, spoke.'], [0, 'The No. 10 bus was late.'], [0, 'He said no.'], [0, 'Then he left.'],
    ]],
    ['Fans cheered 🎉 loudly. The café closed.', [
      [0, 'Fans cheered 🎉 loudly.'], [0, 'The café closed.'],
    ]],
  ];
  it.each(rows)('%j', (input, expected) => {
    const { sentences } = segmentText(input);
    expect(sentences.map((s) => [s.paragraph, input.slice(s.start, s.end)])).toEqual(expected);
  });

  it('keeps offsets exact in a long paragraph cut into pieces for the parser', () => {
    const sentence = 'The committee met again on Thursday to discuss the budget. ';
    const input = `Intro line.\n\n${sentence.repeat(400).trim()}\n\nLast line.`;
    const { sentences, paragraphs } = segmentText(input);
    expect(paragraphs).toHaveLength(3);
    expect(sentences).toHaveLength(402);
    for (const s of sentences) {
      const p = paragraphs[s.paragraph];
      expect(p).toBeDefined();
      expect(s.start).toBeGreaterThanOrEqual(p!.start);
      expect(s.end).toBeLessThanOrEqual(p!.end);
      expect(input.slice(s.start, s.end)).toMatch(/^\S(?:.*\S)?$/s);
    }
    expect(sentences.slice(1, -1).every((s) => input.slice(s.start, s.end) === sentence.trim())).toBe(true);
  });
});

describe('one-sentence shortcut (cut at sure sentence ends, a part with no inner sentence end skips the parser)', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const devDir = join(root, '..', 'shared', 'eval', 'gold', 'dev');
  /** Paragraph by paragraph, the shortcut's sentences equal the parser's; returns how many paragraphs took it. */
  function agrees(text: string): number {
    let shortcut = 0;
    for (const p of segmentParagraphs(text).paragraphs) {
      const got = paragraphSentences(text, p, p.index);
      expect(got).toEqual(parsedSentences(text, p, p.index));
      if (singleSentence(text, p.start, p.end) !== null) shortcut++;
    }
    return shortcut;
  }

  it.each<[string, number]>([
    ['The board met on Monday', 1],
    ['  The board met on Monday.”  ', 1],
    ['Did the board meet?!', 1],
    ['The board met. It agreed.', 0],
    ['Sept. The board met inc. Ltd', 0],
    ['Mr. Ruiz spoke', 0],
    ['The board met\non Monday.', 2],
    ['The board met\non Monday.\n\nIt agreed.', 1],
    ['— 42 —', 0],
  ])('%j: %i paragraph(s) on the shortcut, the same sentences as the parser', (text, shortcut) => {
    expect(agrees(text)).toBe(shortcut);
  });

  it.each<[string, string[]]>([
    ['The board met. It agreed.', ['The board met. ', 'It agreed.']],
    ['Did it pass? Yes! The board agreed.” She left', ['Did it pass? ', 'Yes! The board agreed.” ', 'She left']],
    // (after a capitalised word, `Yes!`, nor) after the parser's abbreviations, initials, capitals
    // or before a lower-case word, a number or an opening quote: no sure end
    ['Paid in sept. The board', ['Paid in sept. The board']],
    ['Born in the U.S. The board', ['Born in the U.S. The board']],
    ['Ask Mr. Ruiz. Then go', ['Ask Mr. Ruiz. Then go']],
    ['It ended. then it began. 42 more. “Quoted', ['It ended. then it began. 42 more. “Quoted']],
    ['It ended.\nThe board', ['It ended.\nThe board']],
  ])('sure sentence ends in %j', (text, parts) => {
    expect(sentenceParts(text, 0, text.length).map((p) => text.slice(p.start, p.end))).toEqual(parts);
  });

  it('agrees with the parser on every fixture', () => {
    let shortcut = 0;
    for (const f of readdirSync(join(root, 'fixtures')).filter((x) => x.endsWith('.txt'))) shortcut += agrees(readFileSync(join(root, 'fixtures', f), 'utf8'));
    expect(shortcut).toBeGreaterThan(5);
  });

  it('agrees with the parser on random text (seeded)', () => {
    const piece = fc.constantFrom('a', 'B', 'word', 'Mr', 'U', '1', '42', ' ', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u200b', '.', '.', '!', '?', '…', '‽', '"', "'", '”', '’', '“', '»', ')', ']', '(', ',', ';', '-', '—', '😀', 'é', '\u0301', '\u2028', '#', 'No.', 'etc.');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 16 }), (parts) => {
        const text = parts.join('');
        const block = { start: 0, end: text.length };
        expect(paragraphSentences(text, block, 0)).toEqual(parsedSentences(text, block, 0));
      }),
      { seed: 20261205, numRuns: 5000 },
    );
  });

  it('agrees with the parser on random sentences with abbreviations, initials and closing quotes (seeded)', () => {
    const word = fc.constantFrom('the', 'board', 'etc', 'sept', 'inc', 'vs', 'mr', 'Mr', 'Dr', 'approx', 'e.g', 'U.S', 'No', 'no', 'al', 'id', 'in', 'a', 'I', 'jan', 'ca', 'St', 'gov', 'p.m', 'corp', 'ltd', 'min', 'The', 'She', 'Okafor', 'X', 'iPhone', "don't", 'well-known', 'AT&T', '42', 'hr', 'oz', 'Ms', 'ft', 'fri', 'Inc');
    const mark = fc.constantFrom('.', '.', '!', '?', '', '', '...', '?!', ',');
    const closer = fc.constantFrom('', '', '"', '”', '’', ')', "'");
    const space = fc.constantFrom(' ', ' ', '  ', '\n', '\u00a0', ' "', ' “', ' (');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, mark, closer, space), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map((p) => p.join('')).join('');
        const block = { start: 0, end: text.length };
        expect(paragraphSentences(text, block, 0)).toEqual(parsedSentences(text, block, 0));
      }),
      { seed: 20261205, numRuns: 5000 },
    );
  });

  it.skipIf(!existsSync(devDir))('agrees with the parser on the PolNeAR dev articles (../shared)', () => {
    let shortcut = 0;
    for (const f of readdirSync(devDir).filter((x) => x.endsWith('.txt'))) shortcut += agrees(readFileSync(join(devDir, f), 'utf8'));
    expect(shortcut).toBeGreaterThan(100);
  });
});

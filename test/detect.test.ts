/**
 * The detect stage as a specification (issue #3): which quoted spans a text has, and with what
 * flags. Each row's input text is the test's name; expected values are plain data.
 *
 * `scanQuotes` is the stage itself (UTF-16 indices); `extractQuotes` shows what reaches the
 * output (code-point offsets, titles and scare quotes left out unless `keepNonQuotations`).
 * Indirect quotations (no marks) are not this stage's business, so only direct and partial
 * quotes are asked for.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes, type ExtractOptions } from '../src/extract.js';
import { segmentParagraphs } from '../src/segment/segment.js';
import { scanQuotes } from '../src/detect/scan.js';
import { notQuotationReason } from '../src/detect/not-quotations.js';
import type { Document } from '../src/schema/document.js';

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Run the scanner over the text's paragraphs. */
function scan(text: string) {
  const { paragraphs } = segmentParagraphs(text);
  return scanQuotes(text, paragraphs);
}

/** The quoted texts the scanner finds, whitespace collapsed. */
function scannedTexts(text: string): string[] {
  return scan(text).quotes.map((q) => collapse(text.slice(q.start, q.end)));
}

function extract(text: string, options: ExtractOptions = {}): Document {
  return extractQuotes(text, { types: ['direct', 'partial'], ...options });
}

describe('quote marks', () => {
  const rows: [input: string, quoted: string[]][] = [
    ['"We will rebuild the bridge," the mayor said.', ['We will rebuild the bridge,']],
    ['“We will rebuild the bridge,” the mayor said.', ['We will rebuild the bridge,']],
    ['‘We will rebuild the bridge,’ the mayor said.', ['We will rebuild the bridge,']],
    ["'We will rebuild the bridge,' the mayor said.", ['We will rebuild the bridge,']],
    // NYT style: doubled apostrophes; and TeX-style ``…''
    ["''We will rebuild the bridge,'' the mayor said.", ['We will rebuild the bridge,']],
    ["``We will rebuild,'' the mayor said.", ['We will rebuild,']],
    ['«Nous reconstruirons le pont», a dit le maire.', ['Nous reconstruirons le pont']],
    ['»Wir bauen die Brücke wieder auf«, sagte der Bürgermeister.', ['Wir bauen die Brücke wieder auf']],
    ['„Wir bauen die Brücke wieder auf“, sagte der Bürgermeister.', ['Wir bauen die Brücke wieder auf']],
    // curly marks typed the wrong way round: the neighbours decide which way a mark faces
    ['”We will rebuild the bridge,“ the mayor said.', ['We will rebuild the bridge,']],
    ['’We will rebuild the bridge,‘ the mayor said.', ['We will rebuild the bridge,']],
    // a closing glyph before an ellipsis that opens the quoted words faces right
    ['” … and the ferry will run again by June,” the mayor said.', ['… and the ferry will run again by June,']],
    ['The mayor spoke.\n\n” … we will not wait,” she said.', ['… we will not wait,']],
    // an invisible format character (left-to-right embedding) before a mark counts as space
    ['\u202a”Thank you for the ferry!!” posted Ana Ruiz.', ['Thank you for the ferry!!']],
    // mixed marks around separate quotations
    ['"We start Monday," she said. “We finish in May.”', ['We start Monday,', 'We finish in May.']],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(scannedTexts(input)).toEqual(expected);
  });
});

describe('apostrophes are not quote marks', () => {
  const rows: [input: string, quoted: string[]][] = [
    ['"We don\'t know yet," Jones said.', ["We don't know yet,"]],
    ['"The \'90s were different," Jones said.', ["The '90s were different,"]],
    ['"Jones\' car was towed," the officer said.', ["Jones' car was towed,"]],
    ['"They play rock \'n\' roll all night," a neighbour said.', ["They play rock 'n' roll all night,"]],
    // stripped apostrophes: nothing to mistake for a mark
    ['"Russias army couldnt advance," the analyst said.', ['Russias army couldnt advance,']],
    ['The mayor said Jones\' plan was "a fantasy" and walked out.', ['a fantasy']],
    ["Jones' plan was approved. The '90s are over, and rock 'n' roll won't die.", []],
    ['The Russias army couldnt hold the line, officials said.', []],
    ['It’s the city’s plan, and the ’90s are long gone.', []],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(scannedTexts(input)).toEqual(expected);
  });

  it.each(rows)('no warnings for %j', (input) => {
    expect(scan(input).warnings).toEqual([]);
  });
});

describe('British style: single marks for quotations', () => {
  const rows: [input: string, quoted: string[]][] = [
    [
      "'We don't have the money,' the minister said. 'The council's plan isn't funded.'\n\nShe added: 'It's the '90s all over again.'",
      ["We don't have the money,", "The council's plan isn't funded.", "It's the '90s all over again."],
    ],
    ["The minister said it was 'the people's decision' and left.", ["the people's decision"]],
    // double marks nest inside single ones
    ["'He told me \"never\" and left,' she said. 'I was stunned.'", ['He told me "never" and left,', 'I was stunned.']],
    ['‘We have no choice,’ the minister said. ‘The state’s budget is empty.’', ['We have no choice,', 'The state’s budget is empty.']],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(scannedTexts(input)).toEqual(expected);
  });
});

describe('nesting: an inner quotation stays inside its parent', () => {
  const rows: [input: string, quoted: string[]][] = [
    ['"He told me \'never again\' and hung up," Ortiz said.', ["He told me 'never again' and hung up,"]],
    ['“He told me ‘never again’ and hung up,” Ortiz said.', ['He told me ‘never again’ and hung up,']],
    // ASCII marks around typographic ones of the same family nest too
    ['"He told me “never again” and hung up," Ortiz said.', ['He told me “never again” and hung up,']],
    ["''He said 'no' to me,'' the clerk said.", ["He said 'no' to me,"]],
    ['«Il m’a dit ‹jamais› hier», a dit Ortiz.', ['Il m’a dit ‹jamais› hier']],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(scannedTexts(input)).toEqual(expected);
    const doc = extract(input);
    expect(doc.quotes.map((q) => q.text)).toEqual(expected);
  });
});

describe('multi-paragraph quotations', () => {
  const rows: [input: string, pieces: [text: string, paragraph: number, continues: string | null][]][] = [
    [
      'The council met on Monday.\n\n"We will rebuild the bridge by spring," the mayor said.\n\n"It will cost $4 million. The state will pay half.\n\n"The rest comes from bonds."\n\nCritics were unconvinced.',
      [
        ['We will rebuild the bridge by spring,', 1, null],
        ['It will cost $4 million. The state will pay half.', 2, null],
        ['The rest comes from bonds.', 3, 'q2'],
      ],
    ],
    [
      'The council met on Monday.\n\n‘We will rebuild,’ the mayor said. ‘It will cost £4m and the state’s paying half.\n\n‘The rest comes from bonds.’',
      [
        ['We will rebuild,', 1, null],
        ['It will cost £4m and the state’s paying half.', 1, 'q1'],
        ['The rest comes from bonds.', 2, 'q2'],
      ],
    ],
    // one paragraph per line works the same way
    [
      'The council met on Monday.\n“The first thing we did was count the damage,” the mayor said. “Then we called the state.\n“The second thing was to ask for help.”',
      [
        ['The first thing we did was count the damage,', 1, null],
        ['Then we called the state.', 1, 'q1'],
        ['The second thing was to ask for help.', 2, 'q2'],
      ],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    const doc = extract(input);
    expect(doc.quotes.map((q) => [q.text, q.paragraph, q.continues])).toEqual(expected);
    expect(doc.warnings).toEqual([]);
  });

  it('the scanner links the pieces and keeps each inside its own paragraph', () => {
    const input = 'Intro.\n\n"It will cost $4 million.\n\n"The rest comes from bonds," she said.';
    const { quotes, warnings } = scan(input);
    expect(quotes.map((q) => ({ text: input.slice(q.start, q.end), paragraph: q.paragraph, runsOn: q.runsOn, continues: q.continues, unclosed: q.unclosed }))).toEqual([
      { text: 'It will cost $4 million.', paragraph: 1, runsOn: true, continues: null, unclosed: false },
      { text: 'The rest comes from bonds,', paragraph: 2, runsOn: false, continues: 0, unclosed: false },
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('unbalanced marks', () => {
  it('an unclosed quote is closed at its paragraph\'s end, with a warning and lower confidence', () => {
    const unclosed = 'The mayor said: "We will rebuild the bridge by spring.\n\nResidents were skeptical of the promise.';
    const closed = 'The mayor said: "We will rebuild the bridge by spring."\n\nResidents were skeptical of the promise.';
    const a = extract(unclosed);
    const b = extract(closed);
    expect(a.quotes.map((q) => [q.text, q.paragraph])).toEqual([['We will rebuild the bridge by spring.', 0]]);
    expect(a.quotes[0]!.end).toBeLessThanOrEqual(a.paragraphs[0]!.end);
    expect(a.warnings.map((w) => [w.rule, w.start, w.end])).toEqual([['unclosed-quote', 16, 17]]);
    expect(a.quotes[0]!.confidence).toBeLessThan(b.quotes[0]!.confidence);
    expect(b.warnings).toEqual([]);
  });

  const rows: [input: string, quoted: [text: string, paragraph: number, unclosed: boolean][], warnings: string[]][] = [
    // never swallows the next paragraph, even one with quotations of its own
    [
      'Officials met. "We will rebuild, the mayor said.\n\nCritics called it "a fantasy" on Monday.',
      [['We will rebuild, the mayor said.', 0, true], ['a fantasy', 1, false]],
      ['unclosed-quote'],
    ],
    [
      'Officials met. “Unclosed curly at the end of the line.\n\nThe next paragraph has “its own quote,” she said.',
      [['Unclosed curly at the end of the line.', 0, true], ['its own quote,', 1, false]],
      ['unclosed-quote'],
    ],
    // the next paragraph opens with a word, so the quote does not run on; its closing mark is stray
    [
      'Officials met. "Open here and\n\nnot continued, since this paragraph starts with a word."',
      [['Open here and', 0, true]],
      ['unclosed-quote', 'stray-closing-quote'],
    ],
    ['The mayor said the plan was ready." Residents disagreed.', [], ['stray-closing-quote']],
    ['The mayor said the plan was ready.” Residents disagreed.', [], ['stray-closing-quote']],
    ['"Yes," she said." And then she left.', [['Yes,', 0, false]], ['stray-closing-quote']],
    // British style: an unclosed single quote still contains its nested double quote (one quotation, not two overlapping)
    [
      '‘We won,’ she said. ‘He told me "never" and left.\n\nThe end came soon after.',
      [['We won,', 0, false], ['He told me "never" and left.', 0, true]],
      ['unclosed-quote'],
    ],
    // a stray closer does not stop later quotations from pairing
    ['It was over." Then Ruiz said: "We start again tomorrow."', [['We start again tomorrow.', 0, false]], ['stray-closing-quote']],
  ];
  it.each(rows)('%j', (input, expectedQuotes, expectedWarnings) => {
    const { quotes, warnings } = scan(input);
    expect(quotes.map((q) => [collapse(input.slice(q.start, q.end)), q.paragraph, q.unclosed])).toEqual(expectedQuotes);
    expect(warnings.map((w) => w.rule)).toEqual(expectedWarnings);
  });
});

describe('not quotations: titles, nicknames, scare quotes', () => {
  const rows: [input: string, quoted: string][] = [
    ['The senator appeared on CNN\'s "New Day" on Sunday.', 'New Day'],
    ['She starred in the film "Silent River" last year.', 'Silent River'],
    ['He wrote the book "Roads Not Taken" in prison.', 'Roads Not Taken'],
    ['The band played its hit "Cold Harbor Nights" twice.', 'Cold Harbor Nights'],
    ['The plan was drawn up by so-called "experts" from out of town.', 'experts'],
    // "so-called" disowns the word even when a speaker is named in the sentence
    ['The mayor said the so-called "reform plan" would fail.', 'reform plan'],
    ['The report was written by so-called "experts" with no training.', 'experts'],
    ['Residents call the bridge "the Widowmaker" because of its curves.', 'the Widowmaker'],
    ['The boxer, known as "Iron Fist," retired in May.', 'Iron Fist,'],
    ['Officials said the bridge, nicknamed "the Widowmaker" by drivers, would close.', 'the Widowmaker'],
  ];

  it.each(rows)('left out by default: %j', (input) => {
    expect(extract(input).quotes).toEqual([]);
    expect(extract(input).speakers).toEqual([]);
  });

  it.each(rows)('kept with keepNonQuotations, unattributed at 0.1: %j', (input, quoted) => {
    const doc = extract(input, { keepNonQuotations: true });
    expect(doc.quotes.map((q) => ({ text: q.text, type: q.type, speaker: q.speaker, cue: q.cue, confidence: q.confidence }))).toEqual([
      { text: quoted, type: 'partial', speaker: null, cue: null, confidence: 0.1 },
    ]);
    expect(doc.speakers).toEqual([]);
  });

  // Attributed fragments, and whole utterances, are quotations.
  const quotations: [input: string, quoted: string][] = [
    ['The mayor called the ruling a "disgrace" on Monday.', 'disgrace'],
    ['Ruiz said the vote was "a fantasy" and left.', 'a fantasy'],
    ['Dockworkers marched on Friday against what they call the "rigged" contract.', 'rigged'],
    ['Dana Whitfield calls the new pier a "white elephant" in her report.', 'white elephant'],
    ['"Silent River," the director said, "was my last film."', 'Silent River,'],
  ];
  it.each(quotations)('kept and attributed: %j', (input, quoted) => {
    const doc = extract(input);
    expect(doc.quotes[0]?.text).toBe(quoted);
    expect(doc.quotes[0]?.speaker).not.toBeNull();
  });

  const reasons: [quoted: string, before: string, attributed: boolean, type: 'direct' | 'partial', reason: string | null][] = [
    ['New Day', "on CNN's ", false, 'partial', 'title'],
    ['Silent River', 'the film ', true, 'partial', 'title'],
    ['experts', 'written by so-called ', true, 'partial', 'scare-quote'],
    ['the Widowmaker', 'nicknamed ', false, 'partial', 'title'],
    ['experts', 'the report blamed ', false, 'partial', 'scare-quote'],
    ['a disaster', 'Ruiz called it ', true, 'partial', null],
    ['We will appeal.', '', false, 'direct', null],
    ['a plan we cannot support at all', 'the report blamed ', false, 'partial', null],
    // the kind of work, a comma, then its title: a title even where it reads like a quotation
    ['Open Roads,', 'told the story in her memoir, ', true, 'direct', 'title'],
    ['Tycoon Island.', 'a contestant on the reality show, ', false, 'direct', 'title'],
    ['Harbor Lights', 'in his 2009 book, ', false, 'partial', 'title'],
    ['We will appeal.', 'in a statement, ', true, 'direct', null],
  ];
  it.each(reasons)('notQuotationReason(%j after %j, attributed %s, %s) is %s', (quoted, before, attributed, type, reason) => {
    expect(notQuotationReason(quoted, before, attributed, type)).toBe(reason);
  });
});

describe('hard-wrapped text', () => {
  const rows: [input: string, quoted: string[]][] = [
    [
      '"We will not back down from this fight,"\nthe mayor said on Monday, adding that the city "has\nnever been stronger."\n\nThe council agreed.',
      ['We will not back down from this fight,', 'has never been stronger.'],
    ],
    [
      'The mayor said: "We will\r\nrebuild the bridge\r\nby spring."\r\n\r\nThe council agreed.',
      ['We will rebuild the bridge by spring.'],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    const doc = extract(input);
    expect(doc.quotes.map((q) => q.text)).toEqual(expected);
    expect(doc.quotes.map((q) => q.paragraph)).toEqual(expected.map(() => 0));
    expect(doc.warnings).toEqual([]);
  });
});

describe('direct and partial quotations', () => {
  const rows: [input: string, quotes: [text: string, type: string][]][] = [
    ['"We will appeal the ruling," she said.', [['We will appeal the ruling,', 'direct']]],
    ['She said: "We will appeal the ruling."', [['We will appeal the ruling.', 'direct']]],
    ['"We will appeal," said Ruiz, "and we will win."', [['We will appeal,', 'direct'], ['and we will win.', 'direct']]],
    ['The mayor called the ruling a "disgrace" on Monday.', [['disgrace', 'partial']]],
    ['The mayor said the council had acted "in bad faith and without any warning" before the vote.', [['in bad faith and without any warning', 'partial']]],
    [
      '"We will not back down," the mayor said, adding that the city "has never been stronger."',
      [['We will not back down,', 'direct'], ['has never been stronger.', 'partial']],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(extract(input).quotes.map((q) => [q.text, q.type])).toEqual(expected);
  });
});

describe('offsets are code points', () => {
  const rows: [input: string, quoted: string][] = [
    ['Fans 🎉 cheered. "What a night for the city," the coach said.', 'What a night for the city,'],
    ['Fans cheered 🎉🎉. 𝐁ig night. “Marks after astral text,” the coach said.', 'Marks after astral text,'],
    ['The family 👩‍👩‍👧 waited. \'We are home at last,\' the mother said.', 'We are home at last,'],
    ['Plain ASCII. "No astral characters here," she said.', 'No astral characters here,'],
  ];
  it.each(rows)('%j', (input, quoted) => {
    const doc = extract(input);
    const chars = [...input];
    expect(doc.quotes.map((q) => chars.slice(q.start, q.end).join(''))).toEqual([quoted]);
    for (const p of doc.paragraphs) expect(p.end).toBeLessThanOrEqual(chars.length);
    const speaker = doc.quotes[0]?.speaker?.mention;
    expect(speaker).toBeTruthy();
    expect(chars.slice(speaker!.start, speaker!.end).join('')).toBe(speaker!.text);
    const cue = doc.quotes[0]?.cue;
    expect(chars.slice(cue!.start, cue!.end).join('')).toBe(cue!.text);
  });

  it('warnings are in code points too', () => {
    const input = '😀 Officials met. "We will rebuild, the mayor said.\n\nCritics were skeptical.';
    const doc = extract(input);
    const w = doc.warnings.find((x) => x.rule === 'unclosed-quote');
    expect(w).toBeDefined();
    expect([...input].slice(w!.start, w!.end).join('')).toBe('"');
  });
});

describe('quotations outside the body', () => {
  const rows: [input: string, quoted: string[]][] = [
    // captions, metadata, titles and bylines carry no quotations
    ['Mayor says "we will rebuild" after flood\n\nThe mayor spoke on Monday.', []],
    ['The mayor at the bridge on Monday, saying "never again". (Photo by Sam Reyes)\n\nThe council met.', []],
    ['TAGS: "flood", "bridge"\n\nThe council met.', []],
  ];
  it.each(rows)('%j', (input, expected) => {
    const doc = extract(input, { keepNonQuotations: true });
    expect(doc.quotes.map((q) => q.text)).toEqual(expected);
    expect(doc.warnings).toEqual([]);
  });
});

/**
 * The resolve stage as a specification: speaker mentions become speakers with one canonical
 * name, titles split off, aliases collected; pronouns and nominals point back to people;
 * organisations and groups are told apart from people. Each row's input text is the test's
 * name; expected values are plain data:
 *   speakers: [name, kind, titles, aliases, quoteCount] in order of first quote
 *   quotes:   [mention text, speaker name, resolution] in text order
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract.js';
import { splitName } from '../src/entities/names.js';

type SpeakerRow = [name: string, kind: string, titles: string[], aliases: string[], quoteCount: number];
type QuoteRow = [mention: string | null, name: string | null, resolution: string | null];

function resolved(input: string): { speakers: SpeakerRow[]; quotes: QuoteRow[] } {
  const doc = extractQuotes(input, { types: ['direct', 'partial'] });
  return {
    speakers: doc.speakers.map((s) => [s.name, s.kind, s.titles, s.aliases, s.quoteCount]),
    quotes: doc.quotes.map((q) => [q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.speaker?.resolution ?? null]),
  };
}

const rows: [input: string, speakers: SpeakerRow[], quotes: QuoteRow[]][] = [
  // a surname alone is an occurrence of its full name: the pronoun finds the person last written about
  [
    'Rep. Dana Holt and Gov. Ana Ruiz clashed on Monday. Ruiz said Holt was not ready. Holt disagreed. "Leadership is about solving problems," she said.',
    [['Dana Holt', 'person', ['Rep.'], [], 1]],
    [['she', 'Dana Holt', 'coreference']],
  ],
  // a capitalised modifier before a common noun is a group, not a person's name
  [
    'Local officials said the plan was "a fraud on the town."',
    [['Local officials', 'group', [], [], 1]],
    [['Local officials', 'Local officials', 'explicit']],
  ],
  // a place is nobody, even when its name holds a first name ("Carolina")
  [
    'Marta Lindqvist once worked at a law firm in North Carolina. "It was hard," she said.',
    [['Marta Lindqvist', 'person', [], [], 1]],
    [['she', 'Marta Lindqvist', 'coreference']],
  ],
  // a nickname in quote marks is no part of the canonical name, and no quotation
  [
    'Its chief executive, Ulrich "the Bulldozer" Varnhagen, said the claim was "simply false."\n\n"We pay well," Varnhagen said.',
    [['Ulrich Varnhagen', 'person', [], ['Varnhagen'], 2]],
    [['Ulrich "the Bulldozer" Varnhagen', 'Ulrich Varnhagen', 'explicit'], ['Varnhagen', 'Ulrich Varnhagen', 'alias']],
  ],
  // a pronoun right after a person whose gender the lexicon does not know refers to that person,
  // not to a man named earlier; a film title in quote marks is nobody
  [
    '"We pay well," Ulrich Varnhagen said.\n\nCo-producer Thibault Ansermoz, whose debut "Small Hours" won a prize, backed the director. "We will screen it elsewhere," he said.',
    [['Ulrich Varnhagen', 'person', [], [], 1], ['Thibault Ansermoz', 'person', ['Co-producer'], [], 1]],
    [['Ulrich Varnhagen', 'Ulrich Varnhagen', 'explicit'], ['he', 'Thibault Ansermoz', 'coreference']],
  ],
  // roles in appositives and in lower case before a name become titles, and nominals find them
  [
    '"We will rebuild," Tess Okafor, the mayor of Dunmore, said.\n\n"It will take a year," the mayor said.',
    [['Tess Okafor', 'person', ['mayor of Dunmore'], ['the mayor'], 2]],
    [['Tess Okafor', 'Tess Okafor', 'explicit'], ['the mayor', 'Tess Okafor', 'alias']],
  ],
  [
    '"We will rebuild," said retired engineer Tess Okafor.\n\n"The city needs it," said de Blasio.',
    [['Tess Okafor', 'person', ['retired engineer'], [], 1], ['de Blasio', 'person', [], [], 1]],
    [['retired engineer Tess Okafor', 'Tess Okafor', 'explicit'], ['de Blasio', 'de Blasio', 'explicit']],
  ],
  [
    'Ana Ruiz, a senator from Ohio, opposed the bill.\n\n"It is a bad bill," the senator said.',
    [['Ana Ruiz', 'person', ['senator from Ohio'], ['the senator'], 1]],
    [['the senator', 'Ana Ruiz', 'alias']],
  ],
  [
    'Sen. Ana Ruiz opposed the bill.\n\n"It is a bad bill," Ruiz said.',
    [['Ana Ruiz', 'person', ['Sen.'], ['Ruiz'], 1]],
    [['Ruiz', 'Ana Ruiz', 'alias']],
  ],
  [
    '"Talks are over," Kremlin spokesman Dmitry Peskov said.',
    [['Dmitry Peskov', 'person', ['Kremlin spokesman'], [], 1]],
    [['Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov', 'explicit']],
  ],
  // "it" finds the organisation just named, even one that has not spoken yet
  [
    'The Foreign Ministry issued a statement on Monday. "We reject the claims," it said.',
    [['Foreign Ministry', 'organization', [], [], 1]],
    [['it', 'Foreign Ministry', 'coreference']],
  ],
  // courtesy titles say a gender, not a role
  [
    'Ms. Ruiz arrived late. "Sorry," Ms. Ruiz said.',
    [['Ruiz', 'person', [], ['Ms. Ruiz'], 1]],
    [['Ms. Ruiz', 'Ruiz', 'explicit']],
  ],
  // canonical names: the fullest name in the article, titles split off, surnames as aliases
  [
    'Russian President Vladimir Putin spoke on Tuesday.\n\n"We will respond," Putin said.',
    [['Vladimir Putin', 'person', ['Russian President'], ['Putin'], 1]],
    [['Putin', 'Vladimir Putin', 'alias']],
  ],
  [
    '"We will respond," Russian President Vladimir Putin said.\n\n"We have no choice," Putin said.',
    [['Vladimir Putin', 'person', ['Russian President'], ['Putin'], 2]],
    [['Russian President Vladimir Putin', 'Vladimir Putin', 'explicit'], ['Putin', 'Vladimir Putin', 'alias']],
  ],
  // a stripped apostrophe ("Russias") is no part of the title
  [
    '"Talks are possible," Russias Deputy Foreign Minister Sergei Ryabkov said.',
    [['Sergei Ryabkov', 'person', ['Deputy Foreign Minister'], [], 1]],
    [['Russias Deputy Foreign Minister Sergei Ryabkov', 'Sergei Ryabkov', 'explicit']],
  ],
  [
    "Russia's Deputy Foreign Minister Sergei Ryabkov spoke to reporters.\n\n\"Talks are possible,\" Ryabkov said.",
    [['Sergei Ryabkov', 'person', ['Deputy Foreign Minister'], ['Ryabkov'], 1]],
    [['Ryabkov', 'Sergei Ryabkov', 'alias']],
  ],
  [
    '"We will rebuild," Mayor Tess Okafor said.\n\n"It will take a year," Okafor said.',
    [['Tess Okafor', 'person', ['Mayor'], ['Okafor'], 2]],
    [['Mayor Tess Okafor', 'Tess Okafor', 'explicit'], ['Okafor', 'Tess Okafor', 'alias']],
  ],
  // surname only, and courtesy titles
  [
    'Ana Ruiz runs the county clinic.\n\n"We are full," Ruiz said.',
    [['Ana Ruiz', 'person', [], ['Ruiz'], 1]],
    [['Ruiz', 'Ana Ruiz', 'alias']],
  ],
  [
    'Dr. Ana Ruiz runs the county clinic.\n\n"We are full," Dr. Ruiz said.',
    [['Ana Ruiz', 'person', ['Dr.'], ['Dr. Ruiz'], 1]],
    [['Dr. Ruiz', 'Ana Ruiz', 'alias']],
  ],
  // a name given only once, as a surname, stays as it is
  ['"We are ready," Putin said.', [['Putin', 'person', [], [], 1]], [['Putin', 'Putin', 'explicit']]],
  // pronouns: the most recent person of compatible gender
  [
    'Ana Ruiz runs the clinic. Ben Ortiz leads the union.\n\n"We will strike," he said.\n\n"We are full," she said.',
    [['Ben Ortiz', 'person', [], [], 1], ['Ana Ruiz', 'person', [], [], 1]],
    [['he', 'Ben Ortiz', 'coreference'], ['she', 'Ana Ruiz', 'coreference']],
  ],
  [
    'Ana Ruiz runs the clinic. Maria Lopez runs the school.\n\n"We are full," she said.',
    [['Maria Lopez', 'person', [], [], 1]],
    [['she', 'Maria Lopez', 'coreference']],
  ],
  [
    'Vladimir Putin spoke first. "We will respond," he said.',
    [['Vladimir Putin', 'person', [], [], 1]],
    [['he', 'Vladimir Putin', 'coreference']],
  ],
  [
    '"The talks failed," officials said.\n\n"We tried," they said.',
    [['officials', 'group', [], [], 2]],
    [['officials', 'officials', 'explicit'], ['they', 'officials', 'coreference']],
  ],
  // nominals: the person whose title fits
  [
    'Russian President Vladimir Putin met aides on Monday.\n\n"We will respond," the Russian leader said.',
    [['Vladimir Putin', 'person', ['Russian President'], ['the Russian leader'], 1]],
    [['the Russian leader', 'Vladimir Putin', 'alias']],
  ],
  [
    'Prime Minister Rishi Sunak and President Joe Biden met on Friday.\n\n"We agreed on a plan," the president said.',
    [['Joe Biden', 'person', ['President'], ['the president'], 1]],
    [['the president', 'Joe Biden', 'alias']],
  ],
  [
    'Prime Minister Rishi Sunak and President Joe Biden met on Friday.\n\n"We agreed on a plan," the prime minister said.',
    [['Rishi Sunak', 'person', ['Prime Minister'], ['the prime minister'], 1]],
    [['the prime minister', 'Rishi Sunak', 'alias']],
  ],
  // organisations
  [
    '"We reject the claims," the Foreign Ministry said.',
    [['Foreign Ministry', 'organization', [], [], 1]],
    [['the Foreign Ministry', 'Foreign Ministry', 'explicit']],
  ],
  [
    '"We reject the claims," the Foreign Ministry said.\n\n"The claims are false," the ministry said.',
    [['Foreign Ministry', 'organization', [], ['the ministry'], 2]],
    [['the Foreign Ministry', 'Foreign Ministry', 'explicit'], ['the ministry', 'Foreign Ministry', 'alias']],
  ],
  ['"Talks are over," the Kremlin said.', [['Kremlin', 'organization', [], [], 1]], [['the Kremlin', 'Kremlin', 'explicit']]],
  ['"Talks are over," the White House said.', [['White House', 'organization', [], [], 1]], [['the White House', 'White House', 'explicit']]],
  [
    'Northwind Rail apologized on Monday. "We regret the delay," the company said in a statement.',
    [['the company', 'organization', [], [], 1]],
    [['the company', 'the company', 'explicit']],
  ],
  // groups
  ['"The talks failed," officials said.', [['officials', 'group', [], [], 1]], [['officials', 'officials', 'explicit']]],
  ['"The talks failed," two senior officials said.', [['two senior officials', 'group', [], [], 1]], [['two senior officials', 'two senior officials', 'explicit']]],
  ['"We will strike," union members said.', [['union members', 'group', [], [], 1]], [['union members', 'union members', 'explicit']]],
  // two people with one surname stay two speakers
  [
    'Maria Lopez chairs the board. Her brother, Daniel Lopez, runs the shop.\n\n"We will sell," Maria Lopez said.\n\n"We will not sell," Daniel Lopez said.',
    [['Maria Lopez', 'person', [], [], 1], ['Daniel Lopez', 'person', [], [], 1]],
    [['Maria Lopez', 'Maria Lopez', 'explicit'], ['Daniel Lopez', 'Daniel Lopez', 'explicit']],
  ],
  [
    '"We will sell," Maria Lopez said.\n\n"We will not sell," Daniel Lopez said.\n\n"It is over," Maria Lopez said.',
    [['Maria Lopez', 'person', [], [], 2], ['Daniel Lopez', 'person', [], [], 1]],
    [['Maria Lopez', 'Maria Lopez', 'explicit'], ['Daniel Lopez', 'Daniel Lopez', 'explicit'], ['Maria Lopez', 'Maria Lopez', 'explicit']],
  ],
  // a bare surname goes to the nearest earlier full name with it
  [
    '"We will sell," Maria Lopez said.\n\nHer brother Daniel Lopez disagreed. "We will not sell," Lopez said.',
    [['Maria Lopez', 'person', [], [], 1], ['Daniel Lopez', 'person', [], ['Lopez'], 1]],
    [['Maria Lopez', 'Maria Lopez', 'explicit'], ['Lopez', 'Daniel Lopez', 'alias']],
  ],
];

describe('speakers', () => {
  it.each(rows)('%j', (input, speakers, quotes) => {
    expect(resolved(input)).toEqual({ speakers, quotes });
  });
});

describe('speaker ids', () => {
  it('numbers speakers in order of their first quote and links each quote to its speaker', () => {
    const doc = extractQuotes('"We will sell," Maria Lopez said.\n\n"We will not sell," Daniel Lopez said.\n\n"It is over," Maria Lopez said.');
    expect(doc.speakers.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(doc.quotes.map((q) => q.speaker?.id)).toEqual(['s1', 's2', 's1']);
  });

  it('warns when a pronoun has nobody to point to', () => {
    const doc = extractQuotes('"We will rebuild," she said.');
    expect(doc.warnings.map((w) => [w.rule, w.start, w.end])).toEqual([['unresolved-speaker', 19, 22]]);
  });
});

describe('splitName', () => {
  it.each<[string, string[], string, 'male' | 'female' | null]>([
    ['Russian President Vladimir Putin', ['Russian President'], 'Vladimir Putin', null],
    ['Russias Deputy Foreign Minister Sergei Ryabkov', ['Deputy Foreign Minister'], 'Sergei Ryabkov', null],
    ['Rep. G.K. Butterfield (D-N.C.)', ['Rep.'], 'G.K. Butterfield', null],
    ['Mrs. Ana Ruiz', ['Mrs.'], 'Ana Ruiz', 'female'],
  ])('%s → titles %j, name %s', (phrase, titles, name, gender) => {
    expect(splitName(phrase)).toMatchObject({ titles, name, gender });
  });

  it('gives each call its own arrays: changing one answer changes no later answer (the splits are remembered)', () => {
    const first = splitName('Mayor Ana Ruiz');
    first.titles.push('Senator');
    first.parts.pop();
    expect(splitName('Mayor Ana Ruiz')).toEqual({ titles: ['Mayor'], name: 'Ana Ruiz', parts: ['Ana', 'Ruiz'], gender: null });
  });
});

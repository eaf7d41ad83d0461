/**
 * The attribute stage as a specification (issue #4): for each quotation, the mention of its
 * speaker in its own attribution, the speaker's name, and the cue. Each row's input text is the
 * test's name; expected values are plain data, one tuple per quotation in text order:
 *   [quoted text, mention text, speaker name, cue text]   (null where there is none)
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract.js';
import type { QuoteType } from '../src/schema/document.js';

type Row = [text: string, mention: string | null, name: string | null, cue: string | null];

function attributions(input: string, types: readonly QuoteType[] = ['direct', 'partial']): Row[] {
  return extractQuotes(input, { types }).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.text ?? null]);
}

describe('the speaker after the quotation', () => {
  const rows: [input: string, expected: Row[]][] = [
    ['"We will rebuild the bridge," Tess Okafor said.', [['We will rebuild the bridge,', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['"We will rebuild the bridge," Mayor Tess Okafor said.', [['We will rebuild the bridge,', 'Mayor Tess Okafor', 'Tess Okafor', 'said']]],
    ['"We will rebuild the bridge," said Tess Okafor.', [['We will rebuild the bridge,', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // descriptors before an inverted name do not cut it short; a word after it ends it
    ['"We will rebuild," said retired engineer Tess Okafor.', [['We will rebuild,', 'retired engineer Tess Okafor', 'Tess Okafor', 'said']]],
    ['"We will rebuild," said the Dunmore Valley Herald.', [['We will rebuild,', 'the Dunmore Valley Herald', 'Dunmore Valley Herald', 'said']]],
    ['"We will rebuild," said Senator Ana Ruiz of Ohio.', [['We will rebuild,', 'Senator Ana Ruiz', 'Ana Ruiz', 'said']]],
    ['"We will rebuild," said former secretary of state Dana Holt.', [['We will rebuild,', 'former secretary of state Dana Holt', 'Dana Holt', 'said']]],
    ['"We will rebuild," said Okafor and Ruiz.', [['We will rebuild,', 'Okafor', 'Okafor', 'said']]],
    ['"We will rebuild," says Okafor.', [['We will rebuild,', 'Okafor', 'Okafor', 'says']]],
    ['"We will rebuild," Okafor added.', [['We will rebuild,', 'Okafor', 'Okafor', 'added']]],
    ['"We will rebuild," Okafor said Tuesday.', [['We will rebuild,', 'Okafor', 'Okafor', 'said']]],
    ['"We will rebuild," Okafor, 54, said.', [['We will rebuild,', 'Okafor', 'Okafor', 'said']]],
    ['"We will rebuild," Okafor tweeted.', [['We will rebuild,', 'Okafor', 'Okafor', 'tweeted']]],
    ['"We will rebuild the bridge," the mayor said.', [['We will rebuild the bridge,', 'the mayor', 'the mayor', 'said']]],
    // appositive between the name and the verb
    [
      '"The wound was deep," Ana Ruiz, a doctor at the county hospital, said.',
      [['The wound was deep,', 'Ana Ruiz', 'Ana Ruiz', 'said']],
    ],
    [
      '"We will rebuild," Tess Okafor, the mayor of Dunmore, told the council on Monday.',
      [['We will rebuild,', 'Tess Okafor', 'Tess Okafor', 'told']],
    ],
    ['"We have no further comment," Ben Ortiz told reporters.', [['We have no further comment,', 'Ben Ortiz', 'Ben Ortiz', 'told']]],
    ['"We will rebuild," the mayor told The Daily Ledger.', [['We will rebuild,', 'the mayor', 'the mayor', 'told']]],
    ['"We regret the delay," Ben Ortiz said in a statement.', [['We regret the delay,', 'Ben Ortiz', 'Ben Ortiz', 'said']]],
    [
      'Northwind Rail apologized on Monday. "We regret the delay," the company said in a statement.',
      [['We regret the delay,', 'the company', 'the company', 'said']],
    ],
    ['"This is a dark day for the city," Ana Ruiz wrote on Twitter.', [['This is a dark day for the city,', 'Ana Ruiz', 'Ana Ruiz', 'wrote']]],
    // a relative pronoun after a prepositional object: the object is its head
    ['The board met with riders who said "the fares are far too high" on Monday.', [['the fares are far too high', 'who', 'riders', 'said']]],
    // a dashed aside between the speaker and the cue
    ['"We will appeal," Tess Okafor — who is a lawyer herself — said.', [['We will appeal,', 'Tess Okafor', 'Tess Okafor', 'said']]],
    [
      '"We will rebuild the bridge by spring," according to Tess Okafor.',
      [['We will rebuild the bridge by spring,', 'Tess Okafor', 'Tess Okafor', 'according to']],
    ],
    // a long appositive between the speaker and the cue
    [
      '"It is fiscally responsible," Ana Ruiz, director of the Dunmore Budget Institute and a professor of public finance at the state university in the capital, said.',
      [['It is fiscally responsible,', 'Ana Ruiz', 'Ana Ruiz', 'said']],
    ],
    // a name ending in a non-ASCII letter and "a" is no "a said" ("the said property")
    ['"We will rebuild," Marta García said.', [['We will rebuild,', 'Marta García', 'Marta García', 'said']]],
    // an introductory phrase before the quotation is no speaker when a cue follows it
    ['Sooner or later, "the bridge will fall," Okafor said.', [['the bridge will fall,', 'Okafor', 'Okafor', 'said']]],
    [
      'Tenants on every floor of the tower, "have been ignored for years," Lena Fischer said.',
      [['have been ignored for years,', 'Lena Fischer', 'Lena Fischer', 'said']],
    ],
    // appositives and relative clauses with names of their own
    [
      'Dana Holt, who is a pastor at the First Church of Dunmore, Ohio, said the plan was "a disgrace."',
      [['a disgrace.', 'Dana Holt', 'Dana Holt', 'said']],
    ],
    [
      'Ben Ortiz, whose company, Northwind Rail, runs the line, said the delay was "regrettable."',
      [['regrettable.', 'Ben Ortiz', 'Ben Ortiz', 'said']],
    ],
    [
      'The vote came after Mayor Tess Okafor, asked about the bridge, had said, "We will rebuild."',
      [['We will rebuild.', 'Mayor Tess Okafor', 'Tess Okafor', 'said']],
    ],
    // a reported clause's own subject is not the speaker of the partial quotation inside it
    [
      'Dana Holt, the author of "Rust Belt Blues," said the days when mills "paid a living wage" are gone.',
      [['paid a living wage', 'Dana Holt', 'Dana Holt', 'said']],
    ],
    [
      'The county clerk and former judge said the city "badly needs a new bridge."',
      [['badly needs a new bridge.', 'The county clerk and former judge', 'the county clerk and former judge', 'said']],
    ],
    // a name right before a participle is its subject; a cue in an opening adverbial is not the clause's;
    // a source that opens the sentence is credited
    [
      'The advert shows footage of Tess Okafor asking, "Why are we not ahead?"',
      [['Why are we not ahead?', 'Tess Okafor', 'Tess Okafor', 'asking']],
    ],
    [
      'In a message posted Friday, Okafor said she had "serious doubts" about the plan.',
      [['serious doubts', 'Okafor', 'Okafor', 'said']],
    ],
    [
      'According to The Daily Ledger, council spokesman Ben Ortiz said that "the vote will go ahead."',
      [['the vote will go ahead.', 'The Daily Ledger', 'Daily Ledger', 'According to']],
    ],
    // a verb that is no cue, after a quotation closed by a comma; a role and a name before an appositive
    ['"That would show good faith," Okafor fumed on Tuesday.', [['That would show good faith,', 'Okafor', 'Okafor', null]]],
    [
      '"Wages may be rising," the economist Ana Ruiz, a former adviser at the Treasury, wrote on her blog.',
      [['Wages may be rising,', 'the economist Ana Ruiz', 'Ana Ruiz', 'wrote']],
    ],
    // a nominal determined by a name in the possessive
    [
      'Okafor spoke first.\n\n"That was outrageous," Mayor Ortiz\'s former campaign strategist said in an interview.',
      [['That was outrageous,', "Ortiz's former campaign strategist", "Ortiz's former campaign strategist", 'said']],
    ],
    // a cue before an earlier quotation of the sentence belongs to that quotation
    [
      'Chief Tess Okafor said the footage did not give "definitive evidence," but she said the report "supports what we heard."',
      [['definitive evidence,', 'Chief Tess Okafor', 'Tess Okafor', 'said'], ['supports what we heard.', 'she', 'Tess Okafor', 'said']],
    ],
    // a sentence break after an abbreviation: the second sentence's own cue and speaker
    [
      'Tess Okafor says the council failed the town in the U.S. She says residents deserve "far better than this."',
      [['far better than this.', 'She', 'Tess Okafor', 'says']],
    ],
    // a partial quotation in a sentence whose subject is a person, with a verb that is no cue
    [
      'Okafor also bemoaned a climate in which neighbours "literally hate each other" over politics.',
      [['literally hate each other', 'Okafor', 'Okafor', null]],
    ],
    // (a pronoun and its verb are enough: the sentence's own subject, not the previous quotation's)
    [
      'Okafor praised "the courage of the crews" on Monday. She offered "my deepest sympathy to the families."',
      [['the courage of the crews', 'Okafor', 'Okafor', 'praised'], ['my deepest sympathy to the families.', 'She', 'Okafor', null]],
    ],
    // (after a sentence-opening phrase closed by a comma)
    ['Reprising one of her favourite lines, the former mayor talked about "the progress we made together."', [['the progress we made together.', 'the former mayor', 'the former mayor', null]]],
    // the source the reporter cites is credited (news annotation convention)
    [
      '"We will rebuild," Okafor said, according to The Daily Ledger.',
      [['We will rebuild,', 'The Daily Ledger', 'Daily Ledger', 'according to']],
    ],
    [
      '"No comment," Okafor told reporters, The Daily Ledger reported.',
      [['No comment,', 'The Daily Ledger', 'Daily Ledger', 'reported']],
    ],
    ['"We will rebuild," Okafor said, as reported by The Daily Ledger.', [['We will rebuild,', 'Okafor', 'Okafor', 'said']]],
    [
      'Okafor said the city must act "without delay." She will visit the site on Sunday, according to an aide.',
      [['without delay.', 'Okafor', 'Okafor', 'said']],
    ],
    // a split quotation: both pieces are the same speaker's
    [
      '"We will rebuild," Okafor said, "and we will do it fast."',
      [['We will rebuild,', 'Okafor', 'Okafor', 'said'], ['and we will do it fast.', 'Okafor', 'Okafor', 'said']],
    ],
    // the next quotation in the paragraph borrows the attribution
    [
      '"The rent doubled overnight," said Lena Fischer, a tenant. "We were never told."',
      [['The rent doubled overnight,', 'Lena Fischer', 'Lena Fischer', 'said'], ['We were never told.', 'Lena Fischer', 'Lena Fischer', 'said']],
    ],
    // a question closed by its mark, then a name and a verb that ends the clause
    ['"Would it be negotiable?" Holt pressed. "Maybe for some."', [['Would it be negotiable?', 'Holt', 'Holt', null], ['Maybe for some.', 'Holt', 'Holt', null]]],
    // a pronoun or a described subject after a quotation closed by a comma, with a verb that ends the clause
    ['Tess Okafor met the tenants on Monday. "We will not give up," she elaborated.', [['We will not give up,', 'she', 'Tess Okafor', null]]],
    ['Okafor took the stage. "Never again," the crowd cried out.', [['Never again,', 'the crowd', 'the crowd', null]]],
    // a quotation closed by a full stop borrows from the next sentence only a bare closing clause
    [
      '"We are tenants," Lena Fischer said. "We are not squatters." Tess Okafor said: "The city owes them an answer."',
      [['We are tenants,', 'Lena Fischer', 'Lena Fischer', 'said'], ['We are not squatters.', 'Lena Fischer', 'Lena Fischer', 'said'], ['The city owes them an answer.', 'Tess Okafor', 'Tess Okafor', 'said']],
    ],
    ['"The bridge will be rebuilt by spring." Okafor said.', [['The bridge will be rebuilt by spring.', 'Okafor', 'Okafor', 'said']]],
    // (a clause that goes on after a comma is no bare closing clause: `Okafor hit back, saying …`)
    [
      '"The plan is wrong," said Ana Ruiz. "It never worked anywhere." Okafor hit back, saying the plan had worked in Dunmore.',
      [['The plan is wrong,', 'Ana Ruiz', 'Ana Ruiz', 'said'], ['It never worked anywhere.', 'Ana Ruiz', 'Ana Ruiz', 'said']],
    ],
    // a reporting clause right after the quotation wins over a cue earlier in the sentence
    ['Ruiz said the mayor "would never win," the aide recalled.', [['would never win,', 'the aide', 'the aide', 'recalled']]],
    ['Okafor called the plan "dead on arrival," the Dunmore Herald reported on Tuesday.', [['dead on arrival,', 'the Dunmore Herald', 'Dunmore Herald', 'reported']]],
    ['Okafor called the deal "a disaster," according to the Ledger.', [['a disaster,', 'the Ledger', 'Ledger', 'according to']]],
    // a relative clause nearest the quotation (`, who said`) is its attribution, not the main clause's cue
    [
      '"The bridge is safe," said Tess Okafor, who said engineers found "no cracks at all."',
      [['The bridge is safe,', 'Tess Okafor', 'Tess Okafor', 'said'], ['no cracks at all.', 'who', 'Tess Okafor', 'said']],
    ],
    // (a stance verb too: `, who thinks …`)
    [
      '"The roads are a mess," said Ana Ruiz, who thinks the council "should have acted sooner."',
      [['The roads are a mess,', 'Ana Ruiz', 'Ana Ruiz', 'said'], ['should have acted sooner.', 'who', 'Ana Ruiz', 'thinks']],
    ],
    // and so is `which she called "…"` after a main clause with its own cue
    ['Tess Okafor said the harbour was run by a board, which she called "a club for the well connected."', [['a club for the well connected.', 'she', 'Tess Okafor', 'called']]],
    ['Tess Okafor said the vote was fair, but she warned that the count was "far too slow."', [['far too slow.', 'she', 'Tess Okafor', 'warned']]],
    // a relative pronoun with words of its own before the cue is the mention (`who has in the past described`)
    ['Tess Okafor, who has in the past described the plan as "a disaster," voted for it on Monday.', [['a disaster,', 'who', 'Tess Okafor', 'described']]],
    // (not one that goes on with a clause of its own)
    ['Okafor called the deal "a disaster," Ruiz said the firm was wrong.', [['a disaster,', 'Okafor', 'Okafor', 'called']]],
    // a post pasted with a left-to-right embedding before its (wrong-way) opening mark
    ['Readers answered at once.\n\n\u202a”Thank you for the ferry!!” posted Ana Ruiz.', [['Thank you for the ferry!!', 'Ana Ruiz', 'Ana Ruiz', 'posted']]],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(attributions(input)).toEqual(expected);
  });
});

describe('the speaker before the quotation', () => {
  const rows: [input: string, expected: Row[]][] = [
    ['Tess Okafor said: "We will rebuild the bridge."', [['We will rebuild the bridge.', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Okafor insisted: "We will rebuild."', [['We will rebuild.', 'Okafor', 'Okafor', 'insisted']]],
    ['Ben Ortiz told reporters: "We have no further comment."', [['We have no further comment.', 'Ben Ortiz', 'Ben Ortiz', 'told']]],
    ['Ana Ruiz, a doctor at the county hospital, said: "The wound was deep."', [['The wound was deep.', 'Ana Ruiz', 'Ana Ruiz', 'said']]],
    ['In a post on Facebook, Okafor wrote: "We will rebuild."', [['We will rebuild.', 'Okafor', 'Okafor', 'wrote']]],
    ['Okafor posted on Twitter: "We will rebuild."', [['We will rebuild.', 'Okafor', 'Okafor', 'posted']]],
    // a participle after a speech noun takes the subject of the clause, not the noun's modifier
    ['Tess Okafor sent a text message to supporters, saying: "We won the county!"', [['We won the county!', 'Tess Okafor', 'Tess Okafor', 'saying']]],
    ['Okafor released a follow-up statement on Sunday, insisting that the mayor had "no right" to speak.', [['no right', 'Okafor', 'Okafor', 'insisting']]],
    // a participle borrows the subject after a sentence-opening adverb (`Then she …, calling`)
    [
      'At a rally, Okafor accused Ruiz of being "soft on crime" on Monday. Then she turned to the council, calling it "a rubber stamp."',
      [['soft on crime', 'Okafor', 'Okafor', 'accused'], ['a rubber stamp.', 'she', 'Okafor', 'calling']],
    ],
    // `with X telling …`: the phrase between `with` and a participle is its subject
    ['The ads turned negative, with one of her ads asking, "Can Okafor be trusted?"', [['Can Okafor be trusted?', 'one of her ads', 'one of her ads', 'asking']]],
    ['Critics piled on, with Ana Ruiz tweeting that the plan was a mistake and asking, "Who will pay for it?"', [['Who will pay for it?', 'Ana Ruiz', 'Ana Ruiz', 'asking']]],
    // `hours after Okafor said …`: after/before opens a clause whose subject is the name before the cue
    ['The council met just three days after Okafor told reporters the plan was "dead on arrival."', [['dead on arrival.', 'Okafor', 'Okafor', 'told']]],
    ['The vote came hours after Okafor said she was "encouraged" by the plan.', [['encouraged', 'Okafor', 'Okafor', 'said']]],
    // "X:" with no verb
    ['Tess Okafor: "We will rebuild the bridge."', [['We will rebuild the bridge.', 'Tess Okafor', 'Tess Okafor', null]]],
    // (the run of capitalised words before the colon, not the verb before it)
    [
      'The timing of the surge does not surprise Republican pollster Dana Holt: "Lesser-known candidates often gain after early wins."',
      [['Lesser-known candidates often gain after early wins.', 'Dana Holt', 'Dana Holt', null]],
    ],
    [
      'According to Tess Okafor, "the bridge will be rebuilt by spring."',
      [['the bridge will be rebuilt by spring.', 'Tess Okafor', 'Tess Okafor', 'According to']],
    ],
    // sentence-initial clauses before the subject
    [
      'Stressing that the talks would go on, the Russian president said: "We are ready for dialogue."',
      [['We are ready for dialogue.', 'the Russian president', 'the Russian president', 'said']],
    ],
    [
      'Stressing that the talks would go on, Vladimir Putin said: "We are ready for dialogue."',
      [['We are ready for dialogue.', 'Vladimir Putin', 'Vladimir Putin', 'said']],
    ],
    [
      'Asked whether the city could afford it, Okafor said: "We will find the money."',
      [['We will find the money.', 'Okafor', 'Okafor', 'said']],
    ],
    [
      'Speaking to reporters on Monday, Okafor said: "We will find the money."',
      [['We will find the money.', 'Okafor', 'Okafor', 'said']],
    ],
    [
      'When asked about the cost, the mayor said: "We will find the money."',
      [['We will find the money.', 'the mayor', 'the mayor', 'said']],
    ],
    // a partial quote inside the speaker's own sentence
    ['The mayor called the ruling a "disgrace" on Monday.', [['disgrace', 'The mayor', 'the mayor', 'called']]],
    // a word that is noun and verb: "what he calls" is the verb, with its subject
    ['Sen. Ted Cruz spoke on Monday. He has long railed against what he calls the "Washington cartel" in his speeches.', [['Washington cartel', 'he', 'Ted Cruz', 'calls']]],
    // present-tense `calls` after its subject is the naming verb too (not the noun of `his calls for`)
    ['Dana Whitfield, a planner at the port authority, calls the new pier a "white elephant" in her report.', [['white elephant', 'Dana Whitfield', 'Dana Whitfield', 'calls']]],
    ['The harbour master calls it her "lucky tide" and laughs.', [['lucky tide', 'The harbour master', 'the harbour master', 'calls']]],
    // after, before and since open a clause: the name after them is its subject
    ['The farmers were furious after Governor Ada Lindqvist called their co-ops "relics" on radio.', [['relics', 'Governor Ada Lindqvist', 'Ada Lindqvist', 'called']]],
    // names ending in -ly are names, not adverbs
    ['"It is over," said Megyn Kelly.', [['It is over,', 'Megyn Kelly', 'Megyn Kelly', 'said']]],
    // any reporting verb right after the closing mark may come before its speaker
    ['"Silly boys," scoffed Arianna Gil, 22, who founded the group.', [['Silly boys,', 'Arianna Gil', 'Arianna Gil', 'scoffed']]],
    // a role, then the name between commas
    ['"We stand together," the chancellor\'s spokesman, Steffen Seibert, wrote on Twitter.', [['We stand together,', 'Steffen Seibert', 'Steffen Seibert', 'wrote']]],
    // a partial quotation without a cue that is still a quotation: the described subject of its sentence
    ['The ad targets a "rigged system that keeps the harbour closed to small boats."', [['rigged system that keeps the harbour closed to small boats.', 'The ad', 'the ad', null]]],
    ['His campaign protested that the mayor had "already booked the park for a rally of her own" that day.', [['already booked the park for a rally of her own', 'His campaign', 'His campaign', null]]],
    // a cue inside an opening subordinate clause (`When …,` `While …,` `Although …,`) is not the main clause's
    ['When Ruiz accused the mayor of stalling, Okafor said "nothing will change" for renters.', [['nothing will change', 'Okafor', 'Okafor', 'said']]],
    ['While not everything Ruiz says is true, Okafor said the plan "will hold up" in court.', [['will hold up', 'Okafor', 'Okafor', 'said']]],
    // a relative pronoun is the mention in the attribution; the name it stands for is the speaker
    ['Among the critics was Ana Ruiz, who said the plan "would ruin the harbour."', [['would ruin the harbour.', 'who', 'Ana Ruiz', 'said']]],
    [
      '"We are ready for talks," Putin said, adding that the US "must listen to us."',
      [['We are ready for talks,', 'Putin', 'Putin', 'said'], ['must listen to us.', 'Putin', 'Putin', 'said']],
    ],
    [
      'Vladimir Putin said the talks would go on, adding that the US "must listen to us."',
      [['must listen to us.', 'Vladimir Putin', 'Vladimir Putin', 'said']],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(attributions(input)).toEqual(expected);
  });
});

describe('trailing credits', () => {
  const rows: [input: string, expected: Row[]][] = [
    ['"We were never told about the rent increase." — Lena Fischer, tenant', [['We were never told about the rent increase.', 'Lena Fischer', 'Lena Fischer', null]]],
    ['"Never again" — Lena Fischer', [['Never again', 'Lena Fischer', 'Lena Fischer', null]]],
    ['"We were never told." - Lena Fischer, 34, a tenant on Elm Street', [['We were never told.', 'Lena Fischer', 'Lena Fischer', null]]],
    // a credit line of its own: the next paragraph holds only a dash and a name
    [
      'The council has not answered.\n\n"We were never told about the rent increase."\n\n- Lena Fischer.\n\nThe figures tell another story.',
      [['We were never told about the rent increase.', 'Lena Fischer', 'Lena Fischer', null]],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(attributions(input)).toEqual(expected);
  });
});

describe('quotations that borrow an earlier attribution', () => {
  const rows: [input: string, expected: [text: string, mention: string | null, name: string | null, resolution: string | null][]][] = [
    // a quotation that opens a sentence after one about a person, in the same paragraph
    [
      'The city may wait for the state, Okafor said. "The other factor is money. We have none."',
      [['The other factor is money. We have none.', 'Okafor', 'Okafor', 'context']],
    ],
    [
      'Her former partner, Lena Fischer, called her a master of the impossible deal. "She did it again and again."',
      [['She did it again and again.', 'Lena Fischer', 'Lena Fischer', 'context']],
    ],
    // a quote-only paragraph continues the previous paragraph's speaker
    [
      '"We were never told," Lena Fischer said.\n\n"Nobody from the company called us."',
      [['We were never told,', 'Lena Fischer', 'Lena Fischer', 'explicit'], ['Nobody from the company called us.', 'Lena Fischer', 'Lena Fischer', 'context']],
    ],
    [
      'Mayor Tess Okafor spoke first.\n\n"We will rebuild," she said.\n\n"It will take a year."',
      [['We will rebuild,', 'she', 'Tess Okafor', 'coreference'], ['It will take a year.', 'she', 'Tess Okafor', 'context']],
    ],
    // a multi-paragraph quotation: the later piece is the same speaker's
    [
      'The council met.\n\n"We will rebuild the bridge by spring," the mayor said. "It will cost $4 million.\n\n"The state will pay half."',
      [
        ['We will rebuild the bridge by spring,', 'the mayor', 'the mayor', 'explicit'],
        ['It will cost $4 million.', 'the mayor', 'the mayor', 'explicit'],
        ['The state will pay half.', 'the mayor', 'the mayor', 'explicit'],
      ],
    ],
    // a later piece with a cue right after it names its speaker there
    [
      'The council met.\n\n"We will rebuild the bridge by spring," Tess Okafor said. "It will cost $4 million.\n\n"The state will pay half," she added.',
      [
        ['We will rebuild the bridge by spring,', 'Tess Okafor', 'Tess Okafor', 'explicit'],
        ['It will cost $4 million.', 'Tess Okafor', 'Tess Okafor', 'explicit'],
        ['The state will pay half,', 'she', 'Tess Okafor', 'coreference'],
      ],
    ],
  ];
  it.each(rows)('%j', (input, expected) => {
    const doc = extractQuotes(input, { types: ['direct', 'partial'] });
    expect(doc.quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.speaker?.resolution ?? null])).toEqual(expected);
  });
});

describe('reported speech without quote marks', () => {
  const rows: [input: string, expected: Row[]][] = [
    [
      'The bridge will be rebuilt by spring, according to Tess Okafor.',
      [['The bridge will be rebuilt by spring', 'Tess Okafor', 'Tess Okafor', 'according to']],
    ],
    ['Tess Okafor said the bridge would reopen in spring.', [['the bridge would reopen in spring', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // a restrictive relative clause in the sentence's subject: its content ends before the main verb
    ['Riders who support the fare rise are few.', [['the fare rise', 'who', 'Riders', 'support']]],
    ['Voters who say the ferry is too slow were divided on the fares.', [['the ferry is too slow', 'who', 'Voters', 'say']]],
    // (not an object's relative clause: `met riders who said …` ends the sentence)
    ['Tess Okafor met riders who said the ferry was late and the fares were high.', [['the ferry was late and the fares were high', 'who', 'riders', 'said']]],
    // an inverted speaker with a role between capitalised words
    ['The fare rise will hurt commuters most, said Labour strategist Tess Okafor.', [['The fare rise will hurt commuters most', 'Labour strategist Tess Okafor', 'Tess Okafor', 'said']]],
    ['The port is $2 million short, said former Ohio governor Ben Ortiz, who chairs the board.', [['The port is $2 million short', 'former Ohio governor Ben Ortiz', 'Ben Ortiz', 'said']]],
    ['The ferry firm lobbied on fares and tolls, said lobbyist and Labour strategist Ana Ruiz.', [['The ferry firm lobbied on fares and tolls', 'lobbyist and Labour strategist Ana Ruiz', 'Ana Ruiz', 'said']]],
    // subjects outside the mention grammar: a plural possessive, a bare plural noun
    ["The Okafors' lawyers said the ferry would run again in June.", [['the ferry would run again in June', "The Okafors' lawyers", "Okafors' lawyers", 'said']]],
    ['The ferry was damaged by a storm on Friday, police said.', [['The ferry was damaged by a storm on Friday', 'police', 'police', 'said']]],
    // a subject with a participle and a day after it
    ['A court filing released Thursday says the ferry operator will not be fined.', [['the ferry operator will not be fined', 'A court filing', 'a court filing', 'says']]],
    // a cue in a subordinate clause: the content ends with the clause, before the main clause
    ['While Tess Okafor said the bridge was safe, the engineers at the port were worried.', [['the bridge was safe', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['The crowd cheered, and when Tess Okafor said the ferry would run again, a man waved a flag.', [['the ferry would run again', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // (the comma of a number is no clause's end)
    ['While Tess Okafor said there were 2,400 ferries, the engineers counted fewer.', [['there were 2,400 ferries', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['The harbour board hopes to hire the 1,250 workers needed to run the port.', [['to hire the 1,250 workers needed to run the port', 'The harbour board', 'the harbour board', 'hopes']]],
    // (a subordinate clause before the subject's comma leaves the content whole)
    ['When the vote failed, Tess Okafor said the ferry would stop, for a while at least.', [['the ferry would stop, for a while at least', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // `, but`/`, and` with a verb and no subject of its own goes on with the reported clause; a cue
    // there starts an attribution of its own
    ['Tess Okafor said the ferry was safe, but would not run in winter.', [['the ferry was safe, but would not run in winter', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor said she had met the crew, but hasn’t decided on the fares.', [['she had met the crew, but hasn’t decided on the fares', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor said the crew would spend the week fixing the engine, and testing the brakes.', [['the crew would spend the week fixing the engine, and testing the brakes', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // (and `, but not …` is an elliptical contrast inside the clause)
    ['Tess Okafor said the fares should rise for tourists, but not for children.', [['the fares should rise for tourists, but not for children', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor said the ferry was safe, but sounded unsure about the fares.', [['the ferry was safe', 'Tess Okafor', 'Tess Okafor', 'said'], ['unsure about the fares', 'Tess Okafor', 'Tess Okafor', 'sounded']]],
    // (and an elliptical concession between commas, with no subject or verb of its own)
    ['Tess Okafor said the old harbour ferry, while slow, was the safest way across the bay.', [['the old harbour ferry, while slow, was the safest way across the bay', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor knew it was possible, though not likely, that the ferry would sink.', [['it was possible, though not likely, that the ferry would sink', 'Tess Okafor', 'Tess Okafor', 'knew']]],
    // (and the second half of `not only …, but also …`)
    ['Tess Okafor promised not just a new ferry for the islands, but a bridge to the mainland.', [['not just a new ferry for the islands, but a bridge to the mainland', 'Tess Okafor', 'Tess Okafor', 'promised']]],
    ['Tess Okafor said the harbour board would fix not only the old ferry, but also the pier.', [['the harbour board would fix not only the old ferry, but also the pier', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // (and `, or` with an alternative)
    ['Tess Okafor wants the ferry to stop at the island, or to run only at night.', [['the ferry to stop at the island, or to run only at night', 'Tess Okafor', 'Tess Okafor', 'wants']]],
    // (and a lower-case elaboration after a colon)
    ['Tess Okafor talked about two issues facing the islands: the fares and the timetable.', [['two issues facing the islands: the fares and the timetable', 'Tess Okafor', 'Tess Okafor', 'talked about']]],
    // (and the comma between two adjectives before one noun)
    ['Tess Okafor criticized the loud, divisive campaign of the harbour board.', [['the loud, divisive campaign of the harbour board', 'Tess Okafor', 'Tess Okafor', 'criticized']]],
    // (the comma of a date is no phrase's end)
    ['Tess Okafor invoked the March 3, 2014, ferry disaster to defend the new rules.', [['the March 3, 2014, ferry disaster to defend the new rules', 'Tess Okafor', 'Tess Okafor', 'invoked']]],
    // (nor the commas inside a parenthetical)
    ['Tess Okafor knew that the ferry had an unsafe (and, by law, uninsured) engine.', [['that the ferry had an unsafe (and, by law, uninsured) engine', 'Tess Okafor', 'Tess Okafor', 'knew']]],
    // a light verb's attitude noun and its preposition belong to the cue: the content is what the attitude is about
    ['Tess Okafor expressed deep concern about the ferry schedule.', [['the ferry schedule', 'Tess Okafor', 'Tess Okafor', 'expressed']]],
    ['The mayor showed little enthusiasm for the harbour plan.', [['the harbour plan', 'The mayor', 'the mayor', 'showed']]],
    ['Tess Okafor offered some kind words about the crew.', [['the crew', 'Tess Okafor', 'Tess Okafor', 'offered']]],
    // (not after a possessive: `their support for …` stays whole)
    ['The unions expressed their support for the ferry plan.', [['their support for the ferry plan', 'The unions', 'the unions', 'expressed']]],
    // (a list after the first item's comma runs to the sentence's end; not a clause or a relative)
    ['Tess Okafor cited low fares, slow ferries and rising tolls.', [['low fares, slow ferries and rising tolls', 'Tess Okafor', 'Tess Okafor', 'cited']]],
    ['Tess Okafor criticized the tolls, and the crowd left the hall.', [['the tolls', 'Tess Okafor', 'Tess Okafor', 'criticized']]],
    ['Tess Okafor praised the crew, who worked through the night and fixed the engine.', [['the crew', 'Tess Okafor', 'Tess Okafor', 'praised']]],
    // `and` + a verb in the cue's tense after a noun-phrase content: the subject's second predicate
    ['Tess Okafor attacked the harbour board and even questioned its budget.', [['the harbour board', 'Tess Okafor', 'Tess Okafor', 'attacked']]],
    ['Tess Okafor mentioned the fares and went back to her notes.', [['the fares', 'Tess Okafor', 'Tess Okafor', 'mentioned']]],
    ['The mayor praised the crew but stopped short of a pay rise.', [['the crew', 'The mayor', 'the mayor', 'praised']]],
    // (not after a clause, which has predicates of its own; not an `-ed` modifier before an auxiliary)
    ['Tess Okafor said the crew had fixed the engine and tested the brakes.', [['the crew had fixed the engine and tested the brakes', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor said the bridge and unsettled weather could delay the ferry.', [['the bridge and unsettled weather could delay the ferry', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // a phrase-like content reads on through `, including …` and through an aside between its
    // clause's subject and verb (not an aside followed by `and`, which ends it)
    ['Tess Okafor cited several problems, including the fares and the timetable.', [['several problems, including the fares and the timetable', 'Tess Okafor', 'Tess Okafor', 'cited']]],
    ['Tess Okafor believed the ferry, which was built in 1990, would sail again.', [['the ferry, which was built in 1990, would sail again', 'Tess Okafor', 'Tess Okafor', 'believed']]],
    ["Okafor's concerns that the ferry, built in 1990, was unsafe, went unheeded.", [['that the ferry, built in 1990, was unsafe', "Okafor's", 'Okafor', 'concerns']]],
    ['The board was asked whether the ferry, built in 1990, was safe.', [['whether the ferry, built in 1990, was safe', null, null, 'asked']]],
    ['Tess Okafor praised the crew, the best in the port, and thanked the mayor.', [['the crew', 'Tess Okafor', 'Tess Okafor', 'praised'], ['the mayor', 'Tess Okafor', 'Tess Okafor', 'thanked']]],
    // a fronted subordinate clause (with a verb) is not the whole content: it runs on past its comma
    ['Tess Okafor expects that when the ferry is fixed, the fares will fall.', [['that when the ferry is fixed, the fares will fall', 'Tess Okafor', 'Tess Okafor', 'expects']]],
    ["Okafor's hope that if the ferry was fixed, the fares would fall, went unanswered.", [['that if the ferry was fixed, the fares would fall', "Okafor's", 'Okafor', 'hope']]],
    // a dashed aside inside the content: the content goes on after it (not into a clause of the writer's own)
    ['Tess Okafor said the old harbour ferry — the oldest in the port — would sail again.', [['the old harbour ferry — the oldest in the port — would sail again', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor called for a new ferry — a bigger one — to serve the island.', [['a new ferry — a bigger one — to serve the island', 'Tess Okafor', 'Tess Okafor', 'called for']]],
    ['Tess Okafor opposed the fare rise — a move the board wanted — it was a win for riders.', [['the fare rise', 'Tess Okafor', 'Tess Okafor', 'opposed']]],
    // `has long` between the speaker and the verb belongs to neither
    ['Tess Okafor has long opposed the harbour toll.', [['the harbour toll', 'Tess Okafor', 'Tess Okafor', 'opposed']]],
    // an unnamed source described by what it is close to: the whole phrase is the speaker
    ['The harbour toll will rise, people familiar with the talks said.', [['The harbour toll will rise', 'people familiar with the talks', 'people familiar with the talks', 'said']]],
    ['A source close to the mayor said the toll would rise.', [['the toll would rise', 'A source close to the mayor', 'a source close to the mayor', 'said']]],
    ['Those close to him say the toll would rise.', [['the toll would rise', 'Those close to him', 'Those close to him', 'say']]],
    // (an adjective with its object elsewhere is no source: the subject is the speaker's)
    ['The ferry came close to the rocks, Okafor said.', [['The ferry came close to the rocks', 'Okafor', 'Okafor', 'said']]],
    // after `CONTENT, X said,` the speaker's next act is no part of the content
    ['The toll will rise in June, Okafor said, adding that riders would pay more.', [['The toll will rise in June', 'Okafor', 'Okafor', 'said'], ['that riders would pay more', 'Okafor', 'Okafor', 'adding']]],
    ['The toll will rise in June, Okafor said, adding: "Riders will pay."', [['The toll will rise in June', 'Okafor', 'Okafor', 'said']]],
    // a semicolon ends the reported clause: the writer's own clause follows
    ['Tess Okafor said the ferry would run again in June; the harbour stayed closed until then.', [['the ferry would run again in June', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // a headline with a reporting verb in title case: the source before it, the claim after it (to a comma)
    ['Ferry Riders Say Fares Are Too High, Ask For Refunds\n\nThe harbour board met on Monday.', [['Fares Are Too High', 'Ferry Riders', 'Ferry Riders', 'Say']]],
    ['Fares Will Rise In June, Harbour Board Warns\n\nThe harbour board met on Monday.', [['Fares Will Rise In June', 'Harbour Board', 'Harbour Board', 'Warns']]],
    // (a question word opens no source)
    ['Why The Harbour Board Tells Riders To Wait\n\nThe harbour board met on Monday.', []],
    // a headline verb of stance in title case: its object, without a trailing adjunct or second verb
    ['Okafor Slams Harbour Board Over Fares\n\nThe harbour board met on Monday.', [['Harbour Board', 'Okafor', 'Okafor', 'Slams']]],
    ['Ruiz Backs Okafor And Rejects Ferry Toll\n\nThe harbour board met on Monday.', [['Okafor', 'Ruiz', 'Ruiz', 'Backs']]],
    ['Riders Union Calls For Ferry Refunds after Storm\n\nThe harbour board met on Monday.', [['Ferry Refunds', 'Riders Union', 'Riders Union', 'Calls For']]],
    // `Calls` with an object and its complement; a second verb after the comma keeps the source
    ['Okafor Calls Ferry Toll ‘A Scandal’\n\nThe harbour board met on Monday.', [['Ferry Toll ‘A Scandal’', 'Okafor', 'Okafor', 'Calls']]],
    ['Okafor Says Pier Is Safe, Calls Toll Unfair\n\nThe harbour board met on Monday.', [['Pier Is Safe', 'Okafor', 'Okafor', 'Says'], ['Toll Unfair', 'Okafor', 'Okafor', 'Calls']]],
    // a subject with a relative clause between it and the cue; not the relative clause's own cue
    ['Some riders who spoke to the harbour board said the fares were too high.', [['the fares were too high', 'Some riders', 'Some riders', 'said']]],
    ['Those who said the fares were too high left the meeting early.', []],
    // a content before its attribution starts after the writer's dash or colon, not after a dashed aside
    ['The court kept her in jail after hearing the tapes — proof, the prosecutors argued, of her role in the fraud.', [['proof, the prosecutors argued, of her role in the fraud', 'the prosecutors', 'the prosecutors', 'argued']]],
    ['The ferry has one problem: the fares, Tess Okafor said, are far too high.', [['the fares, Tess Okafor said, are far too high', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['The officer — a veteran of the force — was not wearing a camera, police said.', [['The officer — a veteran of the force — was not wearing a camera', 'police', 'police', 'said']]],
    // (before a closing attribution, a phrase after a dash elaborates the clause before it: both are the content; not after a dateline)
    ['Ferry traffic grew by a third last year — the biggest rise since 1990, the harbour board said.', [['Ferry traffic grew by a third last year — the biggest rise since 1990', 'the harbour board', 'the harbour board', 'said']]],
    ['DUNMORE, Ireland — The ferry will not sail in winter, Tess Okafor said.', [['The ferry will not sail in winter', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // a one-word answer is the whole content (but `no` may open the reported clause)
    ['Half the riders said so on Monday.', [['so', 'the riders', 'the riders', 'said']]],
    ['Most riders said no, compared with a third last year.', [['no', 'Most riders', 'Most riders', 'said']]],
    ['Asked about the fares, 46 percent said yes, compared with 23 percent who said the fares were too high.', [['the fares', null, null, 'Asked'], ['yes', '46 percent', '46 percent', 'said'], ['the fares were too high', 'who', '23 percent', 'said']]],
    // a relative clause set off by commas ends before the main clause's verb
    ['Tess Okafor, who said the fares were too high, left the meeting early.', [['the fares were too high', 'who', 'Tess Okafor', 'said']]],
    // a participle opening the sentence reports up to its comma; the main clause's subject is the source
    ['Noting that the ferry sailed twice, Okafor added that the fares were fair.', [['that the ferry sailed twice', 'Okafor', 'Okafor', 'Noting'], ['that the fares were fair', 'Okafor', 'Okafor', 'added']]],
    ['Saying the city had no choice, the mayor sold the ferry.', [['the city had no choice', 'the mayor', 'the mayor', 'Saying']]],
    // a participle after the main clause: its subject is the source, when it opens the sentence
    ['The mayor tried to calm the riders, noting that she would demur too in their position.', [['that she would demur too in their position', 'The mayor', 'the mayor', 'noting']]],
    // a `that` ending the paragraph before is not taken into a content (it stays inside its paragraph)
    ['The board met on Monday, and the mayor added that\n\nThe ferry is late, according to Okafor.', [['The ferry is late', 'Okafor', 'Okafor', 'according to']]],
    // a passive attribution that opens the sentence
    ['Ferries were late again. As first reported by the Dunmore Ledger, the board will sell the ferry.', [['the board will sell the ferry', 'the Dunmore Ledger', 'Dunmore Ledger', 'reported']]],
    // a verb of evidence that closes its clause attributes like `said`
    ['The ferry was insured for $35 million in 2011, records show.', [['The ferry was insured for $35 million in 2011', 'records', 'records', 'show']]],
    ['During the same month, harbour records show, the ferry sailed only twice.', [['During the same month, harbour records show, the ferry sailed only twice', 'harbour records', 'harbour records', 'show']]],
    ['Fares will rise by a third, the board estimated.', [['Fares will rise by a third', 'the board', 'the board', 'estimated']]],
    // `according to` after a connective or a colon opens the sentence; after a subject, the content runs around it
    ['But, according to the poll, most riders remain undecided.', [['most riders remain undecided', 'the poll', 'the poll', 'according to']]],
    ['In addition, according to the harbour board, nine ferries will be replaced.', [['nine ferries will be replaced', 'the harbour board', 'the harbour board', 'according to']]],
    ['And it has not gone unnoticed: According to recent polls, the mayor holds only 14 percent.', [['the mayor holds only 14 percent', 'recent polls', 'recent polls', 'According to']]],
    ['He left the city after, according to him, the paper censured his first report.', [['the paper censured his first report', 'him', 'him', 'according to']]],
    ['Fundraising, according to the campaign, has surged this month.', [['Fundraising, according to the campaign, has surged this month', 'the campaign', 'the campaign', 'according to']]],
    // a statement inside the content of `according to` is part of that content: one attribution
    ['Most riders said they would pay a higher toll, according to a poll released on Monday.', [['Most riders said they would pay a higher toll', 'a poll released on Monday', 'a poll released on Monday', 'according to']]],
    ['Tess Okafor said the ferry was late, according to the Ledger.', [['Tess Okafor said the ferry was late', 'the Ledger', 'Ledger', 'according to']]],
    // (and inside the content of a poll's `In` or of `found`)
    ['In the Harbour Ledger poll, 60 percent of riders said they would pay a higher toll.', [['60 percent of riders said they would pay a higher toll', 'the Harbour Ledger poll', 'Harbour Ledger poll', 'In']]],
    ['The survey found that 70 percent of riders said they would pay a higher toll.', [['that 70 percent of riders said they would pay a higher toll', 'The survey', 'the survey', 'found']]],
    // a statement in a relative clause after a comma ends the content it interrupts
    ['Tess Okafor urged the board to set a lower toll, which she said was fair to riders.', [['the board to set a lower toll', 'Tess Okafor', 'Tess Okafor', 'urged'], ['was fair to riders', 'she', 'Tess Okafor', 'said']]],
    ['The board promised to buy a new ferry by June, which Okafor said was too late.', [['to buy a new ferry by June', 'The board', 'the board', 'promised'], ['was too late', 'Okafor', 'Okafor', 'said']]],
    // `X said Y, Z reported`: Z's report holds X's statement, and X's content does not run over Z's cue
    ['Tess Okafor said the pier would reopen on Friday, the Ledger reported.', [['Tess Okafor said the pier would reopen on Friday', 'the Ledger', 'Ledger', 'reported']]],
    ['A harbour inspector said the pier was unsafe, the report said.', [['A harbour inspector said the pier was unsafe', 'the report', 'the report', 'said']]],
    // a dashed aside between the subject and the cue; not before a passive with no cue
    ['Tess Okafor — who is listed as a lawyer — told the Ledger she is not planning an appeal.', [['she is not planning an appeal', 'Tess Okafor', 'Tess Okafor', 'told']]],
    ['Ana Ruiz - the mayor’s sister - said that the ferry was late.', [['that the ferry was late', 'Ana Ruiz', 'Ana Ruiz', 'said']]],
    ['Ben Ortiz - who once called it "a floating wreck" - said on Monday that the ferry should be sold.', [['that the ferry should be sold', 'Ben Ortiz', 'Ben Ortiz', 'said']]],
    // `CONTENT, X told ADDRESSEE (TIME).`: the addressee is no content
    ['The ferry will sit out the winter, harbour director Ben Ortiz told the Ledger earlier this week.', [['The ferry will sit out the winter', 'harbour director Ben Ortiz', 'Ben Ortiz', 'told']]],
    ['The ferry was only doing what other towns do, he told the court in his filing.', [['The ferry was only doing what other towns do', 'he', 'he', 'told']]],
    // (an answer after the cue: the clause before the subject is not the content)
    ['Asked about the fares, the mayor said no.', [['the fares', null, null, 'Asked'], ['no', 'the mayor', 'the mayor', 'said']]],
    // a subject with a place and an appositive whose `No.` is no sentence end
    ['Ana Ruiz of Ohio, the No. 2 Republican, said the chamber will vote on Monday.', [['the chamber will vote on Monday', 'Ana Ruiz of Ohio', 'Ana Ruiz of Ohio', 'said']]],
    ['Tess Okafor said no decision had been made.', [['no decision had been made', 'Tess Okafor', 'Tess Okafor', 'said']]],
    // a long addressee of `told`, with a time, up to `that`; a relative `that` after a noun is the content's
    // a content opened by `that` takes it in (PolNeAR's contents do); without `that` it starts at the clause
    ['Ruiz said that the depot would close in June.', [['that the depot would close in June', 'Ruiz', 'Ruiz', 'said']]],
    ['Ruiz said the depot would close in June.', [['the depot would close in June', 'Ruiz', 'Ruiz', 'said']]],
    ['Tess Okafor told the Harbour Gazette of Leeds on Saturday that the ferry would run again.', [['that the ferry would run again', 'Tess Okafor', 'Tess Okafor', 'told']]],
    ['Tess Okafor told riders the ferry that runs at night would stop.', [['the ferry that runs at night would stop', 'Tess Okafor', 'Tess Okafor', 'told']]],
    // a phrase with no verb before the attribution of a quotation is a lead-in, not a content
    ['In his statement, Okafor said it was "a disgrace."', []],
    ['Sooner or later, Okafor told reporters, "the pier will fall."', []],
    // a cue before a colon introduces what follows it, not the words before it
    ['In a speech last July, Okafor said:\n\nThe ferry will run.', []],
    // after a quotation, a time, place, manner or addressee after the cue is no reported content
    ['"The bridge is safe," the harbour chief of the city, Tess Okafor, said to the council.', []],
    ['"The pier is safe," the harbour chief of the city, Tess Okafor, said quietly as the rain fell.', []],
    // a cue that is also a plural noun, after a number or a preposition, is the noun
    ['The firm sent three reports to the transport authority in May.', []],
    ['Queues for sold-out shows stretched past the bus station.', []],
    // verbs of stance and intention: the content is the clause after the verb, to the first comma
    ['Senator Ana Ruiz endorsed Tess Okafor.', [['Tess Okafor', 'Senator Ana Ruiz', 'Ana Ruiz', 'endorsed']]],
    ['The mayor declined to comment on the proposal.', [['comment on the proposal', 'The mayor', 'the mayor', 'declined to']]],
    ['Most residents support the new ferry route.', [['the new ferry route', 'Most residents', 'Most residents', 'support']]],
    ['The union backed Okafor for a second term.', [['Okafor for a second term', 'The union', 'the union', 'backed']]],
    [
      'Okafor called for an inquiry into the collapse, saying the council had ignored warnings.',
      [['an inquiry into the collapse', 'Okafor', 'Okafor', 'called for'], ['the council had ignored warnings', 'Okafor', 'Okafor', 'saying']],
    ],
    // a coordinated verb of stance starts a second content
    [
      'Okafor called on the council to repair the bridge and proposed a new ferry route.',
      [['the council to repair the bridge', 'Okafor', 'Okafor', 'called on'], ['a new ferry route', 'Okafor', 'Okafor', 'proposed']],
    ],
    // a participle right after a noun takes it as its source; after a determiner, or before a
    // particle or a head noun, it is no stance
    ['Harbour First, a group backing Tess Okafor, paid for the posters.', [['Tess Okafor', 'a group', 'a group', 'backing']]],
    ['The posters were paid for by voters supporting Okafor.', [['Okafor', 'voters', 'voters', 'supporting']]],
    // (`has the backing of`, `has strong support among` are a stance received: see findReceivedStance)
    ['The mayor has the backing of the union.', [['The mayor', 'the union', 'the union', 'backing']]],
    ['The ferry company is backing down from its plan.', []],
    // a finite verb with a particle (`showed up`, `backed down.`), or the noun in `talk show host`
    ['Hundreds of riders showed up at the harbour.', []],
    ['The harbour board backed down.', []],
    ['Okafor spoke to a talk show host in Leeds.', []],
    ['Ruiz played a supporting role in the campaign.', []],
    // `support`, `showing`, `pledged` before a preposition of place or source (or `delegates`) are a noun or an adjective
    ['Okafor has strong support among ferry riders.', [['Okafor', 'ferry riders', 'ferry riders', 'support']]],
    // (`drew support from` is a stance received: see findReceivedStance; the verb `support` stays out)
    ['Okafor drew support from the harbour unions.', [['Okafor', 'the harbour unions', 'the harbour unions', 'support']]],
    ['Ruiz had a poor showing in the harbour wards.', []],
    ['Okafor leads Ruiz by 40 pledged delegates.', []],
    ['Most riders support at least a cheaper fare.', [['at least a cheaper fare', 'Most riders', 'Most riders', 'support']]],
    // offers, namings and stated positions report a source's position too
    ['Okafor offered the council a new timetable.', [['the council a new timetable', 'Okafor', 'Okafor', 'offered']]],
    ['The inquiry named three harbour officials.', [['three harbour officials', 'The inquiry', 'the inquiry', 'named']]],
    ['The mayor made it clear the ferry would run.', [['the ferry would run', 'The mayor', 'the mayor', 'made it clear']]],
    // …but not a participle that names after a common noun, `found` as in founding or with a
    // reflexive, or `adding to` (no speech)
    ['The rally was organised by a cleric named Omar Haddad.', []],
    ['The ferry is run by a firm named for its founder.', []],
    ['Ruiz helped found the harbour party in 2010.', []],
    ['Okafor found herself in a bind after the vote.', []],
    ['Okafor won the vote, adding to her lead over Ruiz.', []],
    // a passive past an adverb of time: what was reported is the subject, the agent the source
    ['The closure was first reported by the Harbour Gazette.', [['The closure', 'the Harbour Gazette', 'Harbour Gazette', 'reported']]],
    ['The closure had been previously reported in May.', []],
    // any passive with its agent (also past an adverb): the subject is what was reported; not a question's `asked by`
    ['The fare rise was never mentioned by the harbour board.', [['The fare rise', 'the harbour board', 'the harbour board', 'mentioned']]],
    ['His remarks were quickly echoed by the mayor.', [['His remarks', 'the mayor', 'the mayor', 'echoed']]],
    ['Tess Okafor was asked by a reporter whether the ferry would run.', [['whether the ferry would run', null, null, 'asked']]],
    // `told` or `wrote` inside another content is part of it; `says` there is a second statement
    ['Okafor said she had told Ruiz that the ferry would stop.', [['she had told Ruiz that the ferry would stop', 'Okafor', 'Okafor', 'said']]],
    ['Okafor said the harbour board wrote that the ferry would stop.', [['the harbour board wrote that the ferry would stop', 'Okafor', 'Okafor', 'said']]],
    // `challenges` after a lower-case word that is no subject is the noun
    ['The ferry faces legal challenges to its licence.', []],
    ['Okafor challenges Ruiz on the ferry fares.', [['Ruiz on the ferry fares', 'Okafor', 'Okafor', 'challenges']]],
    // a content that opens with `and` or `or` after its cue is a coordination
    ['The closure sparked fear and anger among riders.', []],
    ['The storm brought hope and danger for the riders.', []],
    ['Okafor praised and thanked the ferry crews.', [['the ferry crews', 'Okafor', 'Okafor', 'thanked']]],
    // `won the endorsement of X`: X is the endorser, the winner what the endorsement is about
    ['Okafor won the endorsement of the harbour union.', [['Okafor', 'the harbour union', 'the harbour union', 'endorsement']]],
    ['Most commuters would like a later ferry.', [['a later ferry', 'Most commuters', 'Most commuters', 'would like']]],
    ['Ruiz went after Okafor over the bridge delays.', [['Okafor over the bridge delays', 'Ruiz', 'Ruiz', 'went after']]],
    ['The ferry passed the harbour wall.', []],
    // naming as a stance: an object and its complement after `called`; not a name given to a thing,
    // a phone call, or a quoted name (a partial quote)
    ['Ruiz called Okafor a reckless planner.', [['Okafor a reckless planner', 'Ruiz', 'Ruiz', 'called']]],
    ['A ferry company called Harbour Lines runs the route.', []],
    ['Okafor called Ruiz on Monday.', []],
    // the object of a verb of taking sides ends before an adjunct of time, occasion or reason (not
    // before `as`, which brings the object's complement)
    ['Senator Ana Ruiz endorsed Tess Okafor in early June.', [['Tess Okafor', 'Senator Ana Ruiz', 'Ana Ruiz', 'endorsed']]],
    ['Ruiz criticized the ferry operator during a debate.', [['the ferry operator', 'Ruiz', 'Ruiz', 'criticized']]],
    ['Ruiz denounced the plan as reckless.', [['the plan as reckless', 'Ruiz', 'Ruiz', 'denounced']]],
    // a poll's finding runs past its commas; another source's finding stops at the first one
    [
      'A harbour poll showed Okafor leading with 31 percent, followed by Ruiz at 17 percent.',
      [['Okafor leading with 31 percent, followed by Ruiz at 17 percent', 'A harbour poll', 'a harbour poll', 'showed']],
    ],
    // (a verb of taking sides in the rest belongs to the finding)
    [
      'A new harbour poll found that 40 percent of islanders back the ferry plan, while 35 percent support the bridge.',
      [['that 40 percent of islanders back the ferry plan, while 35 percent support the bridge', 'A new harbour poll', 'a new harbour poll', 'found']],
    ],
    // (nor the comma after a phrase fronted in a that-clause)
    ['Tess Okafor found that in most island towns, the ferry carries more freight than people.', [['that in most island towns, the ferry carries more freight than people', 'Tess Okafor', 'Tess Okafor', 'found']]],
    ['Ruiz found a ferry, a small one, in the harbour.', [['a ferry', 'Ruiz', 'Ruiz', 'found']]],
    // a side-taking participle with its agent: the agent is the source, the noun phrase before the content
    ['The ferry plan, opposed by most harbour workers, was dropped.', [['The ferry plan', 'most harbour workers', 'most harbour workers', 'opposed']]],
    ['The proposal was rejected by 64 percent of voters.', [['The proposal', '64 percent of voters', '64 percent of voters', 'rejected']]],
    ['The ferry was pushed by the wind.', []],
    // `thanks to` is a preposition; a reporter's dateline credit reports nothing
    ['The lead kept growing thanks in part to a big win in the north.', []],
    ['Okafor thanks the crew for the rescue.', [['the crew for the rescue', 'Okafor', 'Okafor', 'thanks']]],
    ['Lena Fischer reported from Dunmore. Ben Ortiz contributed reporting.', []],
    // a content cut at a comma leaves no dangling conjunction
    ['Most delegates backed Okafor and, in the end, the vote went her way.', [['Okafor', 'Most delegates', 'Most delegates', 'backed']]],
    // a short parenthetical does not end the content
    ['Okafor called on Governor Ana Ruiz (D) to resign over the ferry crisis.', [['Governor Ana Ruiz (D) to resign over the ferry crisis', 'Okafor', 'Okafor', 'called on']]],
    ['Ruiz defended her vote, which angered the union.', [['her vote', 'Ruiz', 'Ruiz', 'defended']]],
    ['The union thanked the mayor for her support.', [['the mayor for her support', 'The union', 'the union', 'thanked']]],
    // hedges name no source: the content is the clause around the hedge
    ['The ferry company, which has run the route since 1990, is expected to raise fares in May.', [['The ferry company, which has run the route since 1990, is expected to raise fares in May', null, null, 'is expected']]],
    ['The crowd seemed to enjoy the speech, and the band played on.', [['The crowd seemed to enjoy the speech', null, null, 'seemed']]],
    // `appeared at`, `appeared with`: an appearance, no hedge (its clause would swallow the stance before it)
    ['Ruiz endorsed Okafor last week and has appeared at her side at rallies.', [['Okafor', 'Ruiz', 'Ruiz', 'endorsed']]],
    ['The ferry appeared to be late again.', [['The ferry appeared to be late again', null, null, 'appeared']]],
    ['Two rival firms have reportedly looked at the shipyard.', [['Two rival firms have reportedly looked at the shipyard', null, null, 'reportedly']]],
    // a source after "according to" that the mention grammar does not parse
    ['The ferry will run again in June, according to officials familiar with the repairs.', [['The ferry will run again in June', 'officials familiar with the repairs', 'officials familiar with the repairs', 'according to']]],
    // a long source phrase before the content; a lead-in before a colon is the writer's
    [
      'According to early figures from the survey carried out for the harbour board by the county statistics office, most ferry users want a winter timetable.',
      [['most ferry users want a winter timetable', 'early figures from the survey carried out for the harbour board by the county statistics office', 'early figures from the survey carried out for the harbour board by the county statistics office', 'According to']],
    ],
    ['The toll has not hurt trade: Dunmore was the busiest port in the region last year, according to one shipping index.', [['Dunmore was the busiest port in the region last year', 'one shipping index', 'one shipping index', 'according to']]],
    // A, according to X, B: the content runs around the attribution
    [
      'At the root of the delay, according to Ana Ruiz, a former harbour master, was a dispute over the dredging contract.',
      [['At the root of the delay, according to Ana Ruiz, a former harbour master, was a dispute over the dredging contract', 'Ana Ruiz', 'Ana Ruiz', 'according to']],
    ],
    // …also after a short lead-in with no verb, when a clause follows the source
    [
      'Since last winter, according to the harbour board, the ferry has lost money.',
      [['Since last winter, according to the harbour board, the ferry has lost money', 'the harbour board', 'the harbour board', 'according to']],
    ],
    // a cited source after an attribution is no content of it
    ['Okafor said at a rally, according to the Dunmore Herald.', [['Okafor said at a rally', 'the Dunmore Herald', 'Dunmore Herald', 'according to']]],
    // an aside between the cue and its that-clause
    ['Okafor said, per an interpreter, that the ferry would sail in May.', [['that the ferry would sail in May', 'Okafor', 'Okafor', 'said']]],
    ['Okafor said — on the radio, as it happens — that the ferry would sail in May.', [['that the ferry would sail in May', 'Okafor', 'Okafor', 'said']]],
    // a pronoun or a possessive after the cue opens the content: no inverted speaker
    ['Port officials, however, said they expected the pier to hold.', [['they expected the pier to hold', 'Port officials', 'Port officials', 'said']]],
    // the content runs around the attribution, however short its second part
    ['The ferry, Okafor said, is late.', [['The ferry, Okafor said, is late', 'Okafor', 'Okafor', 'said']]],
    // …unless it goes on into a quotation: the words before are only that quotation's subject
    ['The ferry, Okafor said, is "late again and nobody cares."', []],
    // a poll as the source
    ['In a Harbour Gazette poll last month, Okafor had a clear lead over Ruiz.', [['Okafor had a clear lead over Ruiz', 'a Harbour Gazette poll last month', 'a Harbour Gazette poll last month', 'In']]],
    // a poll at the sentence end is a source when it is named or dated, not polls in general
    ['Okafor has a wide lead in the latest Harbour Gazette poll.', [['Okafor has a wide lead', 'the latest Harbour Gazette poll', 'the latest Harbour Gazette poll', 'in']]],
    ['Okafor has a wide lead in the polls.', []],
    ['Ruiz trails Okafor in national surveys.', []],
    // a pollster with a slash; the content runs to the sentence end, past a contrasting clause
    [
      'In a Harbour Gazette/Marist poll released Monday, 52 percent backed Okafor, while 40 percent backed Ruiz.',
      [['52 percent backed Okafor, while 40 percent backed Ruiz', 'a Harbour Gazette/Marist poll released Monday', 'a Harbour Gazette/Marist poll released Monday', 'In']],
    ],
    // a possessive for a determiner, "Poll" in a name; a detail after the poll phrase is the source's
    ["In May's Harbour Gazette Poll, Okafor led Ruiz on every measure.", [['Okafor led Ruiz on every measure', "May's Harbour Gazette Poll", 'May Harbour Gazette Poll', 'In']]],
    [
      'In the latest Gazette poll, conducted in March, Okafor led Ruiz by nine points.',
      [['Okafor led Ruiz by nine points', 'the latest Gazette poll, conducted in March', 'the latest Gazette poll, conducted in March', 'In']],
    ],
    // plural polls need no determiner; a poll phrase far from the sentence end is no source
    ['Okafor finished second in January polls.', [['Okafor finished second', 'January polls', 'January polls', 'in']]],
    ['Okafor rose in the polls and then fell back in May and June, well before the vote that was held in the autumn of that year.', []],
    // the phrase after a verb is an object, not a subject: "a plan to" is a noun here
    ['The council approved a plan to rebuild the bridge.', []],
    // a verb of stance or belief inside a reported content is part of it: one attribution
    ['Most residents said they support the new ferry route.', [['they support the new ferry route', 'Most residents', 'Most residents', 'said']]],
    ['The mayor told reporters she believes the bridge is safe.', [['she believes the bridge is safe', 'The mayor', 'the mayor', 'told']]],
    // a passive names no source before the verb: its agent is the source, its subject the content
    ['The proposal was supported by the union.', [['The proposal', 'the union', 'the union', 'supported']]],
    // a mixed quotation: the reported clause is indirect speech, with the partial quote inside it
    // (issue #5); when the quoted words are most of the clause it is a quotation only
    ['Tess Okafor said the delay was "a disgrace" and would cost the town dearly.', [['the delay was "a disgrace" and would cost the town dearly', 'Tess Okafor', 'Tess Okafor', 'said']]],
    ['Tess Okafor said it was "a disgrace, a scandal and a waste of money."', []],
    // a headline that names its source before a colon; a series label is no source
    [
      'Mayor Okafor: Ferry Will Sail Again by June\n\nThe harbour reopened on Monday after repairs. Crews worked through the night.',
      [['Ferry Will Sail Again by June', 'Mayor Okafor', 'Okafor', ':']],
    ],
    ['The Latest: Ferry Will Sail Again by June\n\nThe harbour reopened on Monday after repairs. Crews worked through the night.', []],
    ['Revealed: Ferry Will Sail Again by June\n\nThe harbour reopened on Monday after repairs. Crews worked through the night.', []],
    // a headline in sentence case with a full stop, which the segmenter calls body, is read the same way
    ['Okafor: Ferry will sail again by June.\n\nThe harbour reopened on Monday after repairs.', [['Ferry will sail again by June', 'Okafor', 'Okafor', ':']]],
    // (a long first paragraph is prose, whatever stands before its colon)
    [
      'Okafor had one goal in mind: the ferry would sail again by June, whatever it cost the town, and she kept to it through a long and wet spring of council meetings, budget hearings and harbour inspections.\n\nThe harbour reopened on Monday after repairs.',
      [],
    ],
    // a series word inside a source's name; a series name ends in one
    ['Harbour Daily News: Ferry Will Sail Again by June\n\nThe harbour reopened on Monday after repairs.', [['Ferry Will Sail Again by June', 'Harbour Daily News', 'Harbour Daily News', ':']]],
    ['Harbour News Daily: A Week of Storms\n\nThe harbour reopened on Monday after repairs.', []],
    // "Report:" alone is a source (a report says so)
    ['Report: Ferry operator to be fined.\n\nThe harbour reopened on Monday after repairs.', [['Ferry operator to be fined', 'Report', 'Report', ':']]],
    // a kicker before the source; initials in capitals are a source, a word in capitals a kicker
    ['EXCLUSIVE – Tess Okafor: Ferry Will Sail Again by June\n\nThe harbour reopened on Monday after repairs.', [['Ferry Will Sail Again by June', 'Tess Okafor', 'Tess Okafor', ':']]],
    ['AP: Ferry operator fined for late sailings.\n\nThe harbour reopened on Monday after repairs.', [['Ferry operator fined for late sailings', 'AP', 'AP', ':']]],
    ['WOW: Ferry operator fined for late sailings.\n\nThe harbour reopened on Monday after repairs.', []],
    // a sub-headline on the next line is no part of the claim
    [
      'Okafor: Ferry will sail again by June;\nCrews to start work on the pier\n\nThe harbour reopened on Monday after repairs.',
      [['Ferry will sail again by June', 'Okafor', 'Okafor', ':']],
    ],
    // a participle after the attribution of a direct quotation reports more, unquoted
    ['"The bridge is sound," Okafor said, adding that repairs would start in May.', [['that repairs would start in May', 'Okafor', 'Okafor', 'adding']]],
    // a comparison the writer adds ends the reported clause
    ['Most residents say the ferry is too expensive, compared with a third of visitors.', [['the ferry is too expensive', 'Most residents', 'Most residents', 'say']]],
    // a noun of saying or believing with its that-clause: the possessor is the source
    ["After Okafor's belief that the bridge was unsafe became known, the council met.", [['that the bridge was unsafe became known', "Okafor's", 'Okafor', 'belief']]],
    ['There were concerns that the ferry would stop running, and the council met.', [['that the ferry would stop running', null, null, 'concerns']]],
    // `told`, `wrote`, `added`, `noted` or `saying` inside another content is part of what it reports
    ['Ruiz said Okafor had told the board that the depot would close.', [['Okafor had told the board that the depot would close', 'Ruiz', 'Ruiz', 'said']]],
    ['Ruiz criticized Okafor for saying the depot would close.', [['Okafor for saying the depot would close', 'Ruiz', 'Ruiz', 'criticized']]],
    ['Okafor told the board that the depot would close, according to two people in the room.', [['Okafor told the board that the depot would close', 'two people in the room', 'two people in the room', 'according to']]],
    // (`said` there is a second statement)
    ['The council said the fare rise, which Okafor said was needed, would start in May.', [['the fare rise, which Okafor said was needed, would start in May', 'The council', 'the council', 'said'], ['was needed, would start in May', 'Okafor', 'Okafor', 'said']]],
    // a hedge whose subject is a relative pronoun starts at the pronoun
    ['The vote, which is expected to pass easily, comes on Monday.', [['which is expected to pass easily', null, null, 'is expected']]],
    ['Harbour Lines hired Okafor, who is expected to start in May.', [['who is expected to start in May', null, null, 'is expected']]],
    ['The depot, which appears to be empty, will close.', [['which appears to be empty', null, null, 'appears']]],
    ['The ferry is expected to sail in May.', [['The ferry is expected to sail in May', null, null, 'is expected']]],
    // `show` after a determiner, a possessive or a kind of broadcast is the noun
    ['Okafor, a talk show host in Leeds, backed the plan.', [['the plan', 'Okafor', 'Okafor', 'backed']]],
    ["Okafor's radio show was cancelled after two years.", []],
    ['Polls show Okafor ahead in Leeds.', [['Okafor ahead in Leeds', 'Polls', 'Polls', 'show']]],
    // `wrote` with a written work reports the writing, not a statement
    ['Okafor wrote a letter to the council about the depot.', []],
    ['Ruiz also wrote the introduction for a new guide to the harbour.', []],
    ['Okafor wrote that the depot would close.', [['that the depot would close', 'Okafor', 'Okafor', 'wrote']]],
    // a short prepositional phrase after the cue says when, where or how, not what
    ['The depot will close, Okafor said at the time.', []],
    ['"The depot will close," as Ana Ruiz noted in The Harbour Gazette.', []],
    ['Ruiz later took questions from the crowd.', []],
    // after `say`, also whom it was said to, what about or how
    ['"Why now?" Okafor said to the crowd of about 300.', []],
    ['The council kept a list of what Ruiz said about the depot.', []],
    ['Raise the tolls, the riders say by a wide margin.', []],
    // a phrase of time, place, channel or addressee between the cue and `that` is left out of the content
    ['Okafor said to the crowd that the depot would close.', [['that the depot would close', 'Okafor', 'Okafor', 'said']]],
    ['Ruiz admitted in her letter to the board that the pier was unsafe.', [['that the pier was unsafe', 'Ruiz', 'Ruiz', 'admitted']]],
    ['The harbour board has said for years that the tolls are too low.', [['that the tolls are too low', 'The harbour board', 'the harbour board', 'said']]],
    // a `, which …` comment at the end of what `say` or `tell` reports is the writer's
    ['Okafor said she approved the bill, which adds two ferries to the route.', [['she approved the bill', 'Okafor', 'Okafor', 'said']]],
    ['Ruiz told reporters the council approved the plan, which angered the crews.', [['the council approved the plan', 'Ruiz', 'Ruiz', 'told']]],
    // (not inside the reported clause, nor after a noun phrase alone)
    ['Okafor said the fees, which rose in May, are too high.', [['the fees, which rose in May, are too high', 'Okafor', 'Okafor', 'said']]],
    ['Okafor said the decision, which came in May, surprised her.', [['the decision, which came in May, surprised her', 'Okafor', 'Okafor', 'said']]],
    // (not a `that` of its own clause after an infinitive: `agreed to …`)
    ['Okafor agreed to close the pier in ways that spared the crews.', [['to close the pier in ways that spared the crews', 'Okafor', 'Okafor', 'agreed']]],
    // (unless the cue takes that preposition: `agreed with`)
    ['Okafor agreed with the plan.', [['with the plan', 'Okafor', 'Okafor', 'agreed']]],
    // the voters a noun of support comes from are its source, not its content
    ['Ruiz drew support from union members in the port towns.', [['Ruiz', 'union members in the port towns', 'union members in the port towns', 'support']]],
    ['Okafor has strong support among older voters.', [['Okafor', 'older voters', 'older voters', 'support']]],
    // a noun of stance with its complement: the possessor is the source, the complement the content
    ["Okafor's attacks on the harbour board grew sharper in May.", [['the harbour board', "Okafor's", 'Okafor', 'attacks']]],
    ['There were questions about whether the ferry would run in winter.', [['whether the ferry would run in winter', null, null, 'questions']]],
    ['Her criticism of the toll plan, voiced at the hearing, surprised the council.', [['the toll plan', 'Her', 'Her', 'criticism']]],
    // the complement ends at the sentence's own verb (a plural noun such as `increases` is none)
    ["Okafor's attacks on the harbour board have alarmed her allies.", [['the harbour board', "Okafor's", 'Okafor', 'attacks']]],
    // …but a verb inside the complement's own clause does not end it
    ['The draft included the call for a pledge that the alliance would stop its drills near the border.', [['a pledge that the alliance would stop its drills near the border', null, null, 'call']]],
    ["Okafor's criticism of the toll increases surprised the council.", [['the toll increases', "Okafor's", 'Okafor', 'criticism']]],
    // a possessor's decision: the infinitive is the content, to the sentence's own verb (`hasn't` too)
    ["Okafor's decision to close the pier hasn't pleased the crews.", [['close the pier', "Okafor's", 'Okafor', 'decision']]],
    ['The decision to close the pier was made in May.', []],
    // after a possessive, `calls for` is the noun, not the verb
    ["Okafor's calls for a recount were ignored.", [['a recount', "Okafor's", 'Okafor', 'calls']]],
    ["Okafor's support for the ferry plan surprised the council.", [['the ferry plan', "Okafor's", 'Okafor', 'support']]],
    ['Support for the ferry plan grew in May.', []],
    ['The plan drew criticism over its cost to ferry users.', [['its cost to ferry users', null, null, 'criticism']]],
    // `attacks` needs a possessor: without one they are events, not positions
    ['Pirate attacks on cargo ships rose sharply last year.', []],
    // (a noun inside another content is part of it: `rejected Okafor's call for a recount` is one)
    ["The council rejected Okafor's call for a recount.", [["Okafor's call for a recount", 'The council', 'the council', 'rejected']]],
    // a point of view opening the sentence: `To X, …`
    ['To many, the vote was a warning to the council.', [['the vote was a warning to the council', 'many', 'many', 'To']]],
    ['To Ana Ruiz, who has sailed the route for years, the new ferry is too slow.', [['the new ferry is too slow', 'Ana Ruiz', 'Ana Ruiz', 'To']]],
    ["To Okafor's relief, the ferry ran on time.", []],
    ['To be sure, the ferry ran on time.', []],
    // a question put to someone by nobody named: the question is the content, with no source
    ['Asked whether the ferry would run in winter, the mayor shook her head.', [['whether the ferry would run in winter', null, null, 'Asked']]],
    ['The harbour master was asked about the storm damage.', [['the storm damage', null, null, 'asked']]],
    // (the asker, a time or an occasion between `asked` and the question)
    ['Asked during a debate in January why the ferry was late, the mayor shook her head.', [['why the ferry was late', null, null, 'Asked']]],
    ['When asked by a reporter whether the fares would rise, the mayor shook her head.', [['whether the fares would rise', null, null, 'asked']]],
    ['Asked Tuesday about the storm damage, the mayor shook her head.', [['the storm damage', null, null, 'Asked']]],
    // Q&A transcripts: the label names the speaker, the colon is the cue
    [
      'WALLACE: Will you run again?\nOKAFOR: I have not decided yet.\nWALLACE: When will you decide?\nOKAFOR: After the budget vote.',
      [
        ['Will you run again?', 'WALLACE', 'Wallace', ':'],
        ['I have not decided yet.', 'OKAFOR', 'Okafor', ':'],
        ['When will you decide?', 'WALLACE', 'Wallace', ':'],
        ['After the budget vote.', 'OKAFOR', 'Okafor', ':'],
      ],
    ],
    // labels in title case (a panel write-up); a speaker named in full once and by surname after
    [
      'The panel disagreed.\n\nTess Okafor: The ferry is too slow.\n\nAna Ruiz: It is cheap, though.\n\nOkafor: Cheap is not enough.',
      [
        ['The ferry is too slow.', 'Tess Okafor', 'Tess Okafor', ':'],
        ['It is cheap, though.', 'Ana Ruiz', 'Ana Ruiz', ':'],
        ['Cheap is not enough.', 'Okafor', 'Tess Okafor', ':'],
      ],
    ],
    [
      'The debate went on.\n\nKATE OKAFOR: Why not debate?\n\nANA RUIZ: We will.\n\nOKAFOR: When?',
      [
        ['Why not debate?', 'KATE OKAFOR', 'Kate Okafor', ':'],
        ['We will.', 'ANA RUIZ', 'Ana Ruiz', ':'],
        ['When?', 'OKAFOR', 'Kate Okafor', ':'],
      ],
    ],
    // a tally by name is no transcript; nor are labels that never repeat (a list of goals)
    ['The count so far.\n\nTess Okafor: 1,769.\n\nAna Ruiz: 1,501.\n\nOkafor: 547.', []],
    ['What each needs tonight.\n\nOkafor: Win big.\n\nRuiz: Hold on.\n\nBanda: Survive the night.', []],
    // an adjective of stance with its complement (`eager to`, `critical of`, `confident that`)
    ['Tess Okafor has been critical of the ferry plan since the spring.', [['the ferry plan', 'Tess Okafor', 'Tess Okafor', 'critical of']]],
    ['Ana Ruiz is eager to reopen the old pier.', [['to reopen the old pier', 'Ana Ruiz', 'Ana Ruiz', 'eager']]],
    ['Harbor officials remain confident that the bridge will open in May.', [['that the bridge will open in May', 'Harbor officials', 'Harbor officials', 'confident']]],
    ['Ana Ruiz was adamant that the pier stay open.', [['that the pier stay open', 'Ana Ruiz', 'Ana Ruiz', 'adamant']]],
    ['Harbor crews are unhappy with the new schedule.', [['the new schedule', 'Harbor crews', 'Harbor crews', 'unhappy with']]],
    // a cue after `to` joins the adjective: the content is what it reports
    ['Tess Okafor was quick to point out that the ferry was late.', [['that the ferry was late', 'Tess Okafor', 'Tess Okafor', 'quick to point out']]],
    // verbs of judging, noticing and weighing
    ['Ana Ruiz has shown little interest in the ferry plan.', [['the ferry plan', 'Ana Ruiz', 'Ana Ruiz', 'shown']]],
    ['Tess Okafor ignored the warning from the harbor board.', [['the warning from the harbor board', 'Tess Okafor', 'Tess Okafor', 'ignored']]],
    ['Voters wonder whether the pier is safe.', [['whether the pier is safe', 'Voters', 'Voters', 'wonder']]],
    ['Ana Ruiz is considering a run for mayor.', [['a run for mayor', 'Ana Ruiz', 'Ana Ruiz', 'considering']]],
    // more verbs of stating, judging and recounting
    ['Tess Okafor speculated that the pier would close.', [['that the pier would close', 'Tess Okafor', 'Tess Okafor', 'speculated']]],
    ['Ana Ruiz brushed off the criticism from the harbor board.', [['the criticism from the harbor board', 'Ana Ruiz', 'Ana Ruiz', 'brushed off']]],
    ['Tess Okafor recounted the night of the storm.', [['the night of the storm', 'Tess Okafor', 'Tess Okafor', 'recounted']]],
    ['Ana Ruiz was alluding to the vote on the bridge.', [['the vote on the bridge', 'Ana Ruiz', 'Ana Ruiz', 'alluding to']]],
    ['Ana Ruiz is aiming to close the old pier.', [['to close the old pier', 'Ana Ruiz', 'Ana Ruiz', 'aiming']]],
    ['The report underscores the risk of a storm.', [['the risk of a storm', 'The report', 'the report', 'underscores']]],
    ['Tess Okafor touched on the idea of a second ferry.', [['the idea of a second ferry', 'Tess Okafor', 'Tess Okafor', 'touched on']]],
    // nouns of stance: `swipes at`, `reluctance to`, `worries about`, `the assumption that`
    ['Ana Ruiz took swipes at the harbor board.', [['the harbor board', null, null, 'swipes']]],
    // `proposals for`, `plea for` (no possessive needed), `demand that`; `faith in`, `vow to`, `desire to` (after a possessive)
    ['The proposals for a second ferry were dropped.', [['a second ferry', null, null, 'proposals']]],
    ['Her plea for calm on the ferry went unheard.', [['calm on the ferry', 'Her', 'Her', 'plea']]],
    ["Okafor's demand that fares be frozen, made in May, was refused.", [['that fares be frozen', "Okafor's", 'Okafor', 'demand']]],
    ["Okafor's faith in the ferry crews was shaken.", [['the ferry crews', "Okafor's", 'Okafor', 'faith']]],
    ['Her desire to sell the old pier angered riders.', [['sell the old pier', 'Her', 'Her', 'desire']]],
    // `in favor of` after a verb of voting, speaking or being (not after a noun); `in support of` anywhere
    // (a concert or march in support of X takes a position on X)
    ['Tess Okafor voted in favor of the ferry toll.', [['the ferry toll', 'Tess Okafor', 'Tess Okafor', 'voted in favor of']]],
    ['The band played a concert in favor of the ferry crews.', []],
    ['The band played a concert in support of the ferry crews.', [['the ferry crews', null, null, 'in support of']]],
    ['Dockworkers marched through the harbor district in support of the striking pilots.', [['the striking pilots', null, null, 'in support of']]],
    // nouns of speech with `about`, no possessive needed: the joke, debate, speech, tweet, book is the source
    ["The night opened with a joke about the mayor's ferry.", [["the mayor's ferry", null, null, 'joke']]],
    ['The shooting reopened the national debate about how the harbor police treat dockworkers.', [['how the harbor police treat dockworkers', null, null, 'debate']]],
    // `a supporter of X` (singular; `supporters of`, 24% annotated, is left out)
    ['She has been a vocal supporter of the harbor union.', [['the harbor union', null, null, 'supporter']]],
    // nouns of attitude: `insistence on`, `outrage at/over`, `hostility to(ward)`, `distrust of`, `dislike of`, `testimony about/on`, `disagreement with/over`
    ['The hearing turned on her insistence on a second ferry.', [['a second ferry', 'her', 'her', 'insistence']]],
    ["The crowd's outrage at the toll was plain.", [['the toll', null, null, 'outrage']]],
    // `criticism for`, `criticism on`
    ['Okafor faced criticism for the toll plan.', [['the toll plan', null, null, 'criticism']]],
    ['Ruiz heaped criticism on the harbour board.', [['the harbour board', null, null, 'criticism']]],
    // `opposition to` needs no possessive
    ['Opposition to the ferry toll has united the island.', [['the ferry toll', null, null, 'Opposition']]],
    // a stance received: the subject is the content, the phrase after `from`/`of` the source
    ['The toll plan drew sharp criticism from Tess Okafor.', [['The toll plan', 'Tess Okafor', 'Tess Okafor', 'criticism']]],
    ['Ana Ruiz won the endorsement of Tess Okafor, who runs the ferry.', [['Ana Ruiz', 'Tess Okafor', 'Tess Okafor', 'endorsement']]],
    ['Ana Ruiz has won overwhelming support from harbour crews.', [['Ana Ruiz', 'harbour crews', 'harbour crews', 'support']]],
    ['With her deep support among ferry riders, Okafor won the seat.', [['her', 'ferry riders', 'ferry riders', 'support']]],
    ["Okafor's reluctance to raise fares angered the board.", [['raise fares', "Okafor's", 'Okafor', 'reluctance']]],
    ['Tess Okafor chided the harbor board.', [['the harbor board', 'Tess Okafor', 'Tess Okafor', 'chided']]],
    ['Harbor crews were leery of the new schedule.', [['the new schedule', 'Harbor crews', 'Harbor crews', 'leery of']]],
    ['Tess Okafor is hopeful that the pier will reopen.', [['that the pier will reopen', 'Tess Okafor', 'Tess Okafor', 'hopeful']]],
    ['Ana Ruiz was unaware of the new toll.', [['the new toll', 'Ana Ruiz', 'Ana Ruiz', 'unaware of']]],
    ['Tess Okafor is convinced that the ferry is unsafe.', [['that the ferry is unsafe', 'Tess Okafor', 'Tess Okafor', 'convinced']]],
    ['Ana Ruiz has been outspoken about the ferry fares.', [['the ferry fares', 'Ana Ruiz', 'Ana Ruiz', 'outspoken about']]],
    // light-verb phrases of stance
    ['Tess Okafor took aim at the harbor board.', [['the harbor board', 'Tess Okafor', 'Tess Okafor', 'took aim at']]],
    ['Ana Ruiz made no secret of her plans for the pier.', [['her plans for the pier', 'Ana Ruiz', 'Ana Ruiz', 'made no secret of']]],
    // worrying, mocking, turning on and talking up
    ['Ferry riders worry that the pier will close.', [['that the pier will close', 'Ferry riders', 'Ferry riders', 'worry']]],
    ['Tess Okafor poked fun at the harbor board.', [['the harbor board', 'Tess Okafor', 'Tess Okafor', 'poked fun at']]],
    ['Many riders turned against the fare plan.', [['the fare plan', 'Many riders', 'Many riders', 'turned against']]],
    ['Tess Okafor talked up her plan for the ferry.', [['her plan for the ferry', 'Tess Okafor', 'Tess Okafor', 'talked up']]],
    ['Lena Ruiz drew attention to the fares.', [['the fares', 'Lena Ruiz', 'Lena Ruiz', 'drew attention to']]],
    // ruling out, standing by and debating
    ['Tess Okafor did not rule out a new toll.', [['a new toll', 'Tess Okafor', 'Tess Okafor', 'rule out']]],
    ['Lena Ruiz is standing by her plan for the pier.', [['her plan for the pier', 'Lena Ruiz', 'Lena Ruiz', 'standing by']]],
    ['Harbor officials are debating whether the pier is safe.', [['the pier is safe', 'Harbor officials', 'Harbor officials', 'debating whether']]],
    // passive reports with no agent
    ['It was revealed in March that the pier would close.', [['that the pier would close', null, null, 'was revealed']]],
    ['Riders were angry after the secret deal was revealed on Monday.', [['the secret deal', null, null, 'was revealed']]],
    // positions in a debate or a vote
    ['Tess Okafor sparred over the ferry budget with the board.', [['the ferry budget with the board', 'Tess Okafor', 'Tess Okafor', 'sparred over']]],
    ['Tess Okafor decided not to seek a second term.', [['seek a second term', 'Tess Okafor', 'Tess Okafor', 'decided not to']]],
    ['Ana Ruiz voted to close the pier.', [['close the pier', 'Ana Ruiz', 'Ana Ruiz', 'voted to']]],
    // holding or voicing a view over time
    ['Tess Okafor has maintained that the pier is safe.', [['that the pier is safe', 'Tess Okafor', 'Tess Okafor', 'maintained that']]],
    ['Ana Ruiz has spoken out against the toll.', [['the toll', 'Ana Ruiz', 'Ana Ruiz', 'spoken out against']]],
    ['Voters are lining up behind Tess Okafor.', [['Tess Okafor', 'Voters', 'Voters', 'lining up behind']]],
    ['Ana Ruiz spent the evening reflecting on her years at the harbor.', [['her years at the harbor', 'Ana Ruiz', 'Ana Ruiz', 'reflecting on']]],
    // an ordinal's noun phrase before `to` is the source of the stance verb after it
    ['Ana Ruiz was the first member of the council to endorse Tess Okafor.', [['Tess Okafor', 'the first member of the council', 'the first member of the council', 'endorse']]],
    // retracting, insisting, reckoning and counting on
    ['Tess Okafor walked back the remark about the ferry.', [['the remark about the ferry', 'Tess Okafor', 'Tess Okafor', 'walked back']]],
    ['Ana Ruiz doubled down on her attacks on the board.', [['her attacks on the board', 'Ana Ruiz', 'Ana Ruiz', 'doubled down on']]],
    ['Ana Ruiz is counting on a strong turnout.', [['a strong turnout', 'Ana Ruiz', 'Ana Ruiz', 'counting on']]],
    // a vote cast
    ['Most harbor workers cast their votes for Tess Okafor.', [['Tess Okafor', 'Most harbor workers', 'Most harbor workers', 'cast their votes for']]],
    // `cast` portrays only with an object and `as`
    ['Ana Ruiz has cast Tess Okafor as weak on safety.', [['Tess Okafor as weak on safety', 'Ana Ruiz', 'Ana Ruiz', 'cast']]],
    ['Ana Ruiz cast a shadow over the harbor talks.', []],
    // what drew criticism is the content, the subject; no source
    ['The toll plan has drawn sharp criticism from riders.', [['The toll plan', 'riders', 'riders', 'criticism']]],
    ['In May, the new ferry schedule quickly sparked criticism.', [['the new ferry schedule', null, null, 'sparked criticism']]],
    ['He drew criticism for the delay.', [['the delay', null, null, 'criticism']]],
    // a verb of going on or trying before `to` lends its subject to the stance verb after it
    ['Tess Okafor continued to question whether the ferry was safe.', [['whether the ferry was safe', 'Tess Okafor', 'Tess Okafor', 'question']]],
    ['Tess Okafor went on to praise the harbor board.', [['the harbor board', 'Tess Okafor', 'Tess Okafor', 'praise']]],
    ['Ana Ruiz has tried to blame the harbor board.', [['the harbor board', 'Ana Ruiz', 'Ana Ruiz', 'blame']]],
    // a view held of someone, in the passive: subject through complement, no source
    ['Tess Okafor is widely seen as the favorite in the race.', [['Tess Okafor is widely seen as the favorite in the race', null, null, 'seen as']]],
    ['The old ferry is known for its delays.', [['The old ferry is known for its delays', null, null, 'known for']]],
    // (a subject the mention grammar does not parse: the clause from its start; not a relative clause's)
    ['Both harbor towns in particular are seen as easy wins for the mayor.', [['Both harbor towns in particular are seen as easy wins for the mayor', null, null, 'seen as']]],
    ['The vote came after what is widely seen as a costly mistake.', [['a costly mistake', null, null, 'seen as']]],
    // a judgment in the passive with no agent (`criticized as`, `shown to`): the clause from its subject through the complement
    ['The new toll plan was widely criticized as reckless.', [['The new toll plan was widely criticized as reckless', null, null, 'criticized']]],
    ['The harbour law was not shown to raise fares.', [['The harbour law was not shown to raise fares', null, null, 'shown']]],
    // stated positions in a phrase, and verbs of judging
    ['Tess Okafor laid out a plan to rebuild the pier.', [['a plan to rebuild the pier', 'Tess Okafor', 'Tess Okafor', 'laid out']]],
    ['Ana Ruiz made clear that the ferry would not run.', [['that the ferry would not run', 'Ana Ruiz', 'Ana Ruiz', 'made clear']]],
    ['Ana Ruiz advocated for a new bridge.', [['a new bridge', 'Ana Ruiz', 'Ana Ruiz', 'advocated for']]],
    ['Tess Okafor lambasted the harbor board.', [['the harbor board', 'Tess Okafor', 'Tess Okafor', 'lambasted']]],
    // one content found twice with one cue (an adjective of stance and a verb) is reported once
    ['Her advisers are not convinced that the ferry will run.', [['that the ferry will run', 'Her advisers', 'Her advisers', 'convinced']]],
    // a stance noun as the subject of a verb is no cue (`the key question is whether …` still is)
    ["Okafor's support fell by four points in the spring.", []],
    ['Her view is shared by the harbour board.', []],
    ['Her views have heartened the harbour board.', []],
    ['The ballot question seeks to raise the toll on the bridge.', []],
    ['A follow-up question came from the crowd.', []],
    ['How does this not warrant a single question by the moderators?', []],
    ['The key question is whether the ferry will run.', [['is whether the ferry will run', 'The key', 'the key', 'question']]],
    // an empty content: only a time after the cue, or one function word
    ['The ferry crisis was serious, as the Gazette reported a few days later.', []],
    ['The toll will rise, as Okafor has noted before.', []],
    ['They could pick any ferry they wanted to, or none.', []],
    // a question to the reader holds no position; an interviewer's does
    ['Do you support Tess Okafor? Like the page:', []],
    ['Q: Do you think the ferry should run?', [['the ferry should run', 'you', 'you', 'think']]],
    ['QIf the ferry closes, will you vote for Tess Okafor?', [['Tess Okafor', 'you', 'you', 'vote for']]],
    // the text of an embedded tweet is the tweet's, markup and all
    ['<tweet author="@okafor" datetime="2016-06-29">Ana Ruiz wants a new bridge for the harbour<tweet/>.', []],
    // `found ways to` is managing; `telling` as an adjective and `all told` tell nothing
    ['Tess Okafor found ways to press her agenda in the council.', []],
    ["Perhaps most telling, though, was the mayor's silence.", []],
    ['All told, up to five thousand riders could lose the ferry.', []],
    ['The vote gave a telling insight into the harbour board.', []],
    // after a quoted question, the words after `asked` are whom or how it was asked
    ['"Why now?" Tess Okafor asked the harbour board.', []],
    ['"Who pays?" Ana Ruiz asked, looking at the crowd.', []],
    ['"Why now?" Tess Okafor asked whether the board knew.', [['whether the board knew', 'Tess Okafor', 'Tess Okafor', 'asked']]],
    // the phrase after an inverted `said` with no verb of its own is the speaker, not the content
    ['Okafor also lacks support from her colleagues on the board, whom she has alienated with her rhetoric, said Larry Ruiz, director of the harbour institute.', []],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(attributions(input, ['indirect'])).toEqual(expected);
  });
});

describe('no speaker', () => {
  const rows: [input: string, expected: Row[]][] = [
    // a headline lends no subject to a quotation that opens the first paragraph
    ['Mayor Okafor wants a new bridge\n\n"It will be built by spring."', [['It will be built by spring.', null, null, null]]],
    // a pronoun with nobody before it is still the mention; the resolver warns
    ['"We will rebuild," she said.', [['We will rebuild,', 'she', 'she', 'said']]],
    // a word in quote marks in a sentence whose subject is set off by a dashed aside and has no cue
    ['Ana Ruiz — a surgeon and television host — has been criticised for selling “miracle” pills.', []],
    // a short fragment does not borrow a speaker from a neighbour whose attribution has no cue: a scare quote
    ['Tess Okafor: "We will rebuild the bridge by June." The "Tea Party" wing of the council is unhappy.', [['We will rebuild the bridge by June.', 'Tess Okafor', 'Tess Okafor', null]]],
    // a quotation nobody claims: kept, with no speaker and no cue
    ['The branch closed in May.\n\n"It was the heart of the town."\n\nIt will not reopen.', [['It was the heart of the town.', null, null, null]]],
  ];
  it.each(rows)('%j', (input, expected) => {
    expect(attributions(input)).toEqual(expected);
  });
});

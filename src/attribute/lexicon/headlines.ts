/**
 * The vocabulary of headlines: title-case reporting and stance verbs, labels that are kickers or
 * series names rather than sources. Entries follow lexicon/pattern.ts.
 */

/** Title-case reporting verbs of a headline (`Okafor Says Bridge Will Reopen`). */
export const HEADLINE_SPEECH_VERBS: readonly string[] = [
  'Says', 'Say', 'Tells', 'Told', 'Claims', 'Announces', 'Promises', 'Explains', 'Warns',
  'Predicts', 'Vows', 'Admits', 'Insists', 'Argues',
];

/** Title-case stance verbs of a headline, whose content is their object (`Okafor Slams Board`, `Ruiz Calls for Recount`). */
export const HEADLINE_STANCE_VERBS: readonly string[] = [
  'Slams', 'Blasts', 'Rips', 'Knocks', 'Backs', 'Endorses', 'Defends', 'Praises', 'Denounces',
  'Condemns', 'Criticizes', 'Mocks', 'Rejects', 'Urges', 'Wants', 'Reveals',
  'Calls (?:[Ff]or|[Oo]n|[Oo]ut)', 'Call (?:[Ff]or|[Oo]n)',
];

/** Words that open a label before a colon that is no source: an article, a kicker, a column, an exclamation (`The Latest:`, `Exclusive:`, `Revealed:`). */
export const NOT_SOURCE_LABELS: readonly string[] = [
  'The', 'A', 'An', 'On', 'In', 'Update', 'Exclusive', 'Breaking', 'Watch', 'Video', 'Live',
  'Opinion', 'Editorial', 'Analysis', 'Review', 'Transcript', 'Podcast', 'Read', 'Paid Notice',
  'Revealed', 'Wow', 'Whoa', 'Yikes', 'Boom', 'Bombshell', 'Busted', 'Shocking', 'Leaked',
  'Just Leaked', 'Just In',
];

/** Last words of a column or series name before a colon (`Breitbart News Daily:`, `Delegate Update:`). */
export const SERIES_WORDS: readonly string[] = [
  'Latest', 'Update', 'Daily', 'Email', 'Report', 'Notice', 'Newsletter', 'Nerdcast', 'Podcast',
  'Briefing', 'Roundup', 'Recap', 'Digest', 'Explainer', 'Guide', 'Quiz', 'Review', 'Week', 'Day',
  'Morning', 'Night', 'Edition',
];

/** Kickers set off by a dash before a headline's source (`EXCLUSIVE – Okafor: …`). */
export const KICKERS: readonly string[] = [
  'EXCLUSIVE', 'BREAKING', 'WATCH', 'VIDEO', 'UPDATE',
];

/** Words that open a headline but no source: questions, prepositions, auxiliaries (`How Okafor Says …`). */
export const NOT_HEADLINE_SOURCES: readonly string[] = [
  'How', 'Why', 'What', 'When', 'Where', 'Who', 'Which', 'After', 'Before', 'If', 'As', 'Watch',
  'Video', 'Read', 'Here', 'This', 'That', 'Is', 'Does', 'Did', 'Will', 'Can',
];

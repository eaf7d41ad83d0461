/**
 * The vocabulary of reporting speech: verbs of claiming, cues that report no content, the
 * channels and outlets a statement is made in or on, addressees, the roles of inverted speakers,
 * participles that continue a speaker's turn. Entries follow lexicon/pattern.ts.
 */

/** Adverbs of time and manner right after a cue (`said later`, `said publicly`). */
export const CUE_ADVERBS: readonly string[] = [
  'also', 'later', 'then', 'previously', 'repeatedly', 'publicly', 'privately', 'again',
  'recently', 'earlier', 'separately', 'further', 'flatly', 'simply', 'once',
];

/** What a statement is made in or at (`said in a statement`, `said at a rally`). */
export const CHANNELS: readonly string[] = [
  'statement', 'interview', 'speech', 'letter', 'release', 'post', 'tweet', 'email', 'e-mail',
  'op-ed', 'memo', 'conference', 'call', 'briefing', 'hearing', 'appearance', 'radio',
  'television', 'broadcast', 'rally', 'meeting', 'event', 'debate', 'town hall', 'book', 'report',
  'filing', 'video',
];

/** Where a statement is made on (`said on Twitter`, `told CNN`). */
export const OUTLETS: readonly string[] = [
  'Twitter', 'Facebook', 'Instagram', 'CNN', 'Fox(?: News)?', 'MSNBC', 'NBC', 'ABC', 'CBS', 'NPR',
  'television', 'TV', 'radio',
];

/** Lower-case words that end an addressee or its time before `that` (`told reporters last week that`). */
export const ADDRESSEE_ENDS: readonly string[] = [
  'him', 'her', 'them', 'me', 'us', 'you', 'reporters', 'supporters', 'voters', 'donors',
  'lawmakers', 'colleagues', 'members', 'investigators', 'officials', 'students', 'audiences?',
  'crowds?', 'week', 'month', 'year', 'fall', 'spring', 'summer', 'winter', 'night', 'morning',
  'afternoon', 'evening', 'ago', 'earlier', 'recently', 'interview', 'statement',
];

/** Participles that continue a speaker's turn after `CONTENT, X said,` (`adding that …`). */
export const TURN_PARTICIPLES: readonly string[] = [
  'adding', 'noting', 'saying', 'citing', 'explaining', 'arguing', 'insisting', 'stressing',
  'warning', 'pointing out', 'referring to', 'acknowledging', 'suggesting', 'urging', 'conceding',
  'predicting', 'calling (?:it|for|on|him|her|them)',
];

/** Lower-case words of an inverted speaker's role (`said Democratic strategist Ana Ruiz`), and `and`. */
export const ROLE_WORDS: readonly string[] = [
  'and', 'former', 'then', 'longtime', 'veteran', 'senior', 'chief', 'deputy', 'executive',
  'state', 'party', 'campaign', 'political', 'democratic', 'republican', 'conservative', 'liberal',
  'strategist', 'consultant', 'pollster', 'analyst', 'lobbyist', 'adviser', 'advisor', 'aide',
  'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'senator', 'representative',
  'congressman', 'congresswoman', 'mayor', 'chairman', 'chairwoman', 'chair', 'president',
  'director', 'professor', 'economist', 'historian', 'attorney', 'lawyer', 'official', 'operative',
  'activist', 'leader', 'secretary', 'commissioner', 'founder', 'co-founder', 'fundraiser',
  'donor', 'delegate', 'member', 'organizer', 'researcher', 'scholar', 'expert', 'editor',
  'columnist', 'writer', 'host',
];

/** Cue forms that are plural nouns as well (`three reports`, `sold-out shows`). */
export const CUES_ALSO_NOUNS: readonly string[] = [
  'shows', 'reports', 'claims', 'calls', 'promises', 'fears', 'hopes', 'plans', 'estimates',
  'wants', 'finds', 'notes', 'suggests', 'comments', 'remarks', 'warns', 'pledges', 'vows',
  'charges', 'questions', 'cites', 'quotes', 'proposes', 'denies', 'replies', 'answers',
  'responds', 'tweets', 'posts', 'statements', 'praises', 'blames', 'criticisms', 'concerns',
  'writes', 'reads', 'thinks', 'says',
];

/** Participles after a document and before its day (`a court filing released Thursday says`). */
export const DOCUMENT_PARTICIPLES: readonly string[] = [
  'filed', 'released', 'published', 'issued', 'conducted', 'posted', 'obtained', 'unveiled',
  'circulated', 'sent', 'leaked', 'aired',
];

/** What is written rather than said (`wrote a letter`, `wrote the introduction`). */
export const WRITTEN_WORKS: readonly string[] = [
  'letters?', 'books?', 'columns?', 'blogs?', 'pieces?', 'op-eds?', 'introduction', 'dissertation',
  'checks?', 'speech', 'profile', 'dissent', 'commentary', 'songs?', 'novels?', 'memos?',
  'essays?', 'articles?', 'story', 'stories', 'emails?', 'reports?', 'foreword', 'editorials?',
  'posts?', 'tweets?', 'notes?',
];

/** Words before `show` or `showing` that make it the noun (`a talk show`, `a strong showing`). */
export const SHOW_MODIFIERS: readonly string[] = [
  'talk', 'radio', 'tv', 'television', 'award', 'awards', 'morning', 'daily', 'late-night',
  'reality', 'cooking', 'strong', 'poor', 'weak', 'good', 'best', 'solid', 'impressive',
  'disappointing', 'dismal', 'surprising',
];

/**
 * Verbs of claiming that report speech as well as the reporting verbs proper. (Verbs of stance
 * whose object is the content — `criticized the plan`, `endorsed Trump`, `a poll shows …` — are
 * in the stance lexicon, `STANCE_PATTERN` of cues.ts, and end their content at the first comma.)
 */
export const CLAIMING_VERBS: ReadonlySet<string> = new Set([
  'argued', 'argues', 'claimed', 'claims', 'insisted', 'insists', 'warned', 'warns', 'suggested', 'suggests', 'announced',
  'announces', 'acknowledged', 'admitted', 'admits', 'noted', 'notes', 'stressed', 'emphasized', 'emphasised', 'contended',
  'contends', 'asserted', 'asserts', 'believes', 'believe', 'thinks', 'think', 'predicted', 'predicts',
  'promised', 'promises', 'vowed', 'vows', 'confirmed', 'denied', 'denies', 'reported', 'reports', 'estimated',
  'estimates', 'concluded', 'concedes', 'conceded', 'explained', 'explains', 'added', 'adds', 'told', 'tells', 'wrote', 'writes',
  'tweeted', 'declared', 'stated', 'states', 'recalled', 'hinted', 'signaled', 'signalled', 'indicated', 'indicates', 'alleged',
  'alleges', 'complained', 'boasted', 'charged', 'countered', 'replied', 'responded', 'suggest', 'argue', 'claim', 'asked',
]);

/**
 * Reporting cues (lower case, single spaces) that report no content of their own without quote
 * marks: questions (`asks`), reading and going on (`read`, `continued`, `went on`), phrases that
 * introduce a quotation (`put it`, `as follows`), naming (`called`), manners of voice (`shouted`,
 * `joked`) and topics (`spoke of`).
 */
export const NO_CONTENT_CUES: ReadonlySet<string> = new Set([
  'asks', 'asking', 'read', 'reads', 'continued', 'continues', 'began', 'went on', 'goes on', 'put it', 'puts it', 'as follows',
  'declared', 'call', 'calls', 'called', 'chanted', 'chants', 'shouted', 'yelled', 'whispered', 'thundered', 'exclaimed',
  'joked', 'quipped', 'mused', 'spoke of', 'said of',
]);

/**
 * The vocabulary of stance: verbs of taking sides, nouns and adjectives of stance and their
 * prepositions, attitudes, verbs of receiving support or criticism, verbs of evidence. Entries
 * follow lexicon/pattern.ts.
 */

/** Stems of verbs of taking sides, whose content is a noun phrase (`endorsed Trump`, `blasted Republicans`). */
export const SIDE_TAKING_STEMS: readonly string[] = [
  'favor', 'favour', 'accus', 'assail', 'lambast', 'endors', 'support', 'oppos', 'back',
  'criticiz', 'criticis', 'prais', 'attack', 'defend', 'blast', 'slam', 'prefer', 'condemn',
  'denounc', 'thank', 'blam', 'rebuk', 'mock', 'applaud', 'hail', 'welcom', 'tout', 'dismiss',
  'reject',
];

/** Sources that find rather than say (`A Quinnipiac poll showed …`). */
export const FINDERS: readonly string[] = [
  'poll', 'survey', 'stud(?:y|ies)', 'data', 'analys[ie]s', 'results', 'numbers', 'research',
  'average', 'figures', 'count',
];

/** Verbs of evidence that can close an attribution (`…, records show.`). */
export const EVIDENCE_VERBS: readonly string[] = [
  'show', 'shows', 'showed', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates',
  'indicated', 'found', 'finds', 'estimates', 'estimated',
];

/** Stance verbs that take a clause (`who think Rubio has a chance`). */
export const CLAUSE_TAKING_VERBS: readonly string[] = [
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'hope', 'hopes', 'hoped',
  'fear', 'fears', 'feared', 'expect', 'expects', 'expected', 'know', 'knows', 'knew', 'feel',
  'feels', 'felt', 'worry', 'worries', 'worried', 'doubt', 'doubts', 'suspect', 'suspects',
  'predict', 'predicts', 'predicted', 'insist', 'insists', 'insisted', 'agree', 'agrees', 'agreed',
];

/** Verbs of going on, starting and trying that lend their subject to a cue after `to` (`continued to question`). */
export const CATENATIVE_VERBS: readonly string[] = [
  'continue', 'continues', 'continued', 'began', 'begin', 'begins', 'start', 'starts', 'started',
  'try', 'tries', 'tried', 'attempt', 'attempts', 'attempted', 'tend', 'tends', 'tended', 'fail',
  'fails', 'failed', 'struggled', 'struggle', 'struggles', 'decline', 'declines', 'declined',
  'refuse', 'refuses', 'refused', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
  'used',
];

/** Nouns of saying or believing that take a `that`-clause (`the claim that …`, `fears that …`). */
export const CLAIM_NOUNS: readonly string[] = [
  'claims?', 'arguments?', 'assertions?', 'suggestions?', 'warnings?', 'beliefs?', 'insistence',
  'contention', 'allegations?', 'charges?', 'accusations?', 'admission', 'acknowledgment',
  'declaration', 'predictions?', 'assurances?', 'fears?', 'hopes?', 'concerns?', 'idea', 'notion',
  'reports?', 'rumou?rs?', 'speculation', 'complaints?', 'threats?', 'assumptions?', 'worries',
  'demands?',
];

/** Nouns of stance with their preposition that report a position only after a possessive (`Okafor's attacks on the council`, `her plan to …`). */
export const POSSESSED_STANCE_NOUNS: readonly string[] = [
  'attacks? (?:on|against)', 'support to', 'call to', 'promises? to', 'push (?:for|to)',
  'views? (?:of|on)', 'comments? on', 'remarks (?:about|on)', 'assessment of', 'pledges? to',
  'support for', 'plans? to', 'refusal to', 'faith in', 'vows? to', 'desire to', 'proposals? to',
  'stance on', 'demands? for', 'decision (?:not )?to',
];

/** Nouns of stance with their preposition that report a position with or without a possessive (`criticism of the plan`, `calls for a recount`, `in support of Ruiz`). */
export const STANCE_NOUNS: readonly string[] = [
  'criticism (?:of|over|for|on)', 'doubts? about', 'warnings? about', 'embrace of',
  'critiques? of', 'opinions? of', 'thoughts on', 'enthusiasm for', 'concerns? about',
  'questions about', 'calls? for', 'comments about', 'defen[cs]e of', 'accusations? of',
  'endorsements? of', 'rejection of', 'positions? on', 'praise for', 'worries (?:about|over)',
  'swipes? at', 'reluctance to', '[Oo]pposition to', 'proposals? for', 'pleas? for',
  'supporter of', 'hostility to(?:wards?)?', 'distrust of', 'dislike of', 'insistence on',
  'outrage (?:at|over)', 'testimony (?:about|on)', 'disagreements? (?:with|over)',
  '(?:jokes?|debates?|speech(?:es)?|tweets?|books?|documentar(?:y|ies)) about',
  'in (?:[Ff]avou?r|[Ss]upport) of',
];

/** Words before `in favor of` that make it a position (`voted in favor of`, `is strongly in favor of`). */
export const BEFORE_IN_FAVOR: readonly string[] = [
  'vote', 'votes', 'voted', 'voting', 'spoke', 'spoken', 'speak', 'speaks', 'speaking', 'out',
  'argued', 'argue', 'argues', 'arguing', 'testified', 'ruled', 'is', 'are', 'was', 'were', 'am',
  'be', 'been', 'remain', 'remains', 'remained', 'unite', 'united', 'always', 'strongly', 'firmly',
  'squarely', 'overwhelmingly',
];

/** Verbs of getting before `the endorsement of`, whose `of` names the endorser (`won the endorsement of the union`). */
export const GETTING_VERBS: readonly string[] = [
  'won', 'wins', 'winning', 'win', 'received', 'receives', 'receiving', 'got', 'gets', 'getting',
  'secured', 'secures', 'snagged', 'picked up', 'earned', 'earns', 'has', 'have', 'had', 'having',
  'with',
];

/** Verbs of receiving a stance (`drew criticism from`, `won the support of`, `enjoys support among`). */
export const RECEIVING_VERBS: readonly string[] = [
  'drew', 'draws', 'drawn', 'faced', 'faces', 'facing', 'sparked', 'sparks', 'attracted',
  'attracts', 'endured', 'won', 'wins', 'received', 'receives', 'secured', 'secures', 'picked up',
  'snagged', 'earned', 'earns', 'garnered', 'gained', 'consolidated', 'enjoys', 'enjoyed', 'draw',
  'has', 'have', 'had', 'locked in',
];

/** Determiners and adjectives before a received stance (`drew sharp criticism`, `won broad support`). */
export const RECEIVED_MODIFIERS: readonly string[] = [
  'the', 'an?', 'harsh', 'sharp', 'fresh', 'widespread', 'intense', 'strong', 'stronger', 'even',
  'broad', 'deep', 'overwhelming', 'massive', 'heavy', 'major', 'mounting', 'growing', 'some',
  'more', 'much', 'bipartisan', 'public', 'majority',
];

/** Nouns of a stance received (`criticism from`, `the endorsement of`). */
export const RECEIVED_NOUNS: readonly string[] = [
  'criticism', 'endorsements?', 'praise', 'condemnation', 'support', 'backing',
];

/** Adjectives of stance before `to` (`eager to reopen the pier`). */
export const ADJECTIVES_TO: readonly string[] = [
  'eager', 'quick', 'reluctant', 'hesitant', 'keen',
];

/** Adjectives of stance before `of` (`critical of the plan`). */
export const ADJECTIVES_OF: readonly string[] = [
  'critical', 'skeptical', 'sceptical', 'supportive', 'wary', 'leery', 'dismissive', 'fond',
  'mindful', 'unaware',
];

/** Adjectives of stance before `with`, `about`, `by`, `at` or `of` (`unhappy with the toll`). */
export const ADJECTIVES_WITH: readonly string[] = [
  'unhappy', 'enamou?red', 'impressed', 'pleased', 'comfortable', 'angry', 'furious', 'thrilled',
  'outraged', 'irritated', 'intrigued',
];

/** Adjectives of stance before `about` or `in` (`vocal about the cuts`). */
export const ADJECTIVES_ABOUT: readonly string[] = [
  'vocal', 'outspoken', 'upbeat', 'cynical', 'unapologetic',
];

/** Adjectives of stance before `about`, `that` or a clause (`confident that the vote will pass`). */
export const ADJECTIVES_ABOUT_THAT: readonly string[] = [
  'concerned', 'nervous', 'optimistic', 'hopeful', 'confident',
];

/** Adjectives of stance before `that` (`adamant that the pier stay open`). */
export const ADJECTIVES_THAT: readonly string[] = [
  'aware', 'unaware', 'convinced', 'adamant', 'doubtful',
];

/** Verbs of drawing criticism (`the plan drew criticism`, `sparked criticism`). */
export const DRAWING_VERBS: readonly string[] = [
  'drew', 'draws', 'drawn', 'drawing', 'sparked', 'sparks', 'attracted', 'attracts',
];

/** Light verbs that report an attitude through its noun (`expressed concern about`), without their endings. */
export const LIGHT_VERB_STEMS: readonly string[] = [
  'express', 'voice', 'show', 'offer', 'sound', 'utter', 'indicate', 'signal', 'display', 'air',
  'state', 'convey',
];

/** Nouns of attitude after a light verb (`voiced concern about`, `showed little enthusiasm for`). */
export const ATTITUDE_NOUNS: readonly string[] = [
  'concerns?', 'enthusiasm', 'words?', 'notes?', 'discomfort', 'defen[cs]es?', 'understanding',
  'language', 'condolences', 'relief', 'signs?', 'inclination', 'support', 'praise', 'criticism',
  'doubts?', 'frustration', 'skepticism', 'optimism', 'anger', 'outrage', 'sympathy', 'admiration',
  'disdain', 'contempt', 'disappointment', 'reservations', 'misgivings', 'regret', 'opposition',
  'displeasure', 'dismay', 'unease', 'alarm', 'worries', 'worry', 'fears?',
];

/**
 * Hedges that attribute a statement to nobody in particular (`X seemed to …`, `X is expected to
 * …`, `X reportedly …`).
 */
export const HEDGES: readonly string[] = [
  'seemed', 'seems', 'seem', 'appeared', 'appears', 'appear', 'reportedly', '(?:is|are|was|were)(?: (?:widely|not|also|now))? expected',
];

/** Nouns of a poll as a source (`in a Gazette poll`, `in exit polls`). */
export const POLL_NOUNS: readonly string[] = ['[Pp]olls?', '[Ss]urveys?', 'polling', 'average', 'exit polls?'];

/** Determiners and quantifiers that open a poll phrase (`the latest Gazette poll`, `most surveys`). */
export const POLL_DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'most', 'recent', 'new', 'several', 'other', 'both', 'two', 'three', 'its', 'their', 'his', 'her', 'every',
  'each', 'one',
];

/**
 * The reporting-verb lexicon: words and phrases that introduce speech.
 *
 * Each lemma is listed with its inflections, so matching is a single regular expression
 * (no tagger needed to find a candidate). Participles (saying, adding) are marked: they
 * have no subject of their own and take the speaker of the clause they hang from.
 */
import { compiledNow } from '../text/native-regexp.js';
import { phraseAlternation } from '../text/phrase-trie.js';

/** Reporting verbs: lemma → forms. */
const VERBS: Record<string, string[]> = {
  say: ['said', 'says', 'say', 'saying'],
  tell: ['told', 'tells', 'tell', 'telling'],
  add: ['added', 'adds', 'adding'],
  write: ['wrote', 'writes', 'write', 'writing'],
  ask: ['asked', 'asks', 'asking'],
  explain: ['explained', 'explains', 'explaining'],
  note: ['noted', 'notes', 'noting'],
  continue: ['continued', 'continues'],
  tweet: ['tweeted', 'tweets', 'tweeting'],
  post: ['posted'],
  state: ['stated', 'stating'], // not "states": "the United States", "another eight states"
  declare: ['declared', 'declares', 'declaring'],
  conclude: ['concluded', 'concludes', 'concluding'],
  reply: ['replied', 'replies', 'replying'],
  respond: ['responded', 'responds', 'responding'],
  recall: ['recalled', 'recalls', 'recalling'],
  argue: ['argued', 'argues', 'arguing'],
  claim: ['claimed', 'claims', 'claiming'],
  insist: ['insisted', 'insists', 'insisting'],
  warn: ['warned', 'warns', 'warning'],
  announce: ['announced', 'announces', 'announcing'],
  acknowledge: ['acknowledged', 'acknowledges', 'acknowledging'],
  admit: ['admitted', 'admits', 'admitting'],
  suggest: ['suggested', 'suggests', 'suggesting'],
  joke: ['joked', 'jokes', 'joking'],
  quip: ['quipped', 'quips'],
  remark: ['remarked', 'remarks', 'remarking'],
  predict: ['predicted', 'predicts', 'predicting'],
  promise: ['promised', 'promises', 'promising'],
  pledge: ['pledged', 'pledges', 'pledging'],
  vow: ['vowed', 'vows', 'vowing'],
  urge: ['urged', 'urges', 'urging'],
  complain: ['complained', 'complains', 'complaining'],
  concede: ['conceded', 'concedes', 'conceding'],
  boast: ['boasted', 'boasts', 'boasting'],
  caution: ['cautioned', 'cautions'],
  counter: ['countered', 'counters'],
  observe: ['observed', 'observes'],
  emphasize: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', 'emphasizing'],
  stress: ['stressed', 'stresses', 'stressing'],
  shout: ['shouted', 'shouts', 'shouting'],
  yell: ['yelled', 'yells'],
  chant: ['chanted', 'chants', 'chanting'],
  testify: ['testified', 'testifies'],
  confirm: ['confirmed', 'confirms'],
  deny: ['denied', 'denies', 'denying'],
  charge: ['charged'],
  allege: ['alleged', 'alleges'],
  lament: ['lamented', 'laments'],
  wonder: ['wondered', 'wonders'],
  muse: ['mused'],
  exclaim: ['exclaimed'],
  reiterate: ['reiterated', 'reiterates'],
  answer: ['answered', 'answers'],
  assure: ['assured', 'assures'],
  accuse: ['accused', 'accuses', 'accusing'],
  call: ['called', 'calls', 'calling'],
  describe: ['described', 'describes', 'describing'],
  dub: ['dubbed'],
  label: ['labeled', 'labelled', 'labeling', 'labelling', 'labels'],
  brand: ['branded'],
  read: ['read', 'reads'],
  report: ['reported', 'reports'],
  blast: ['blasted'],
  slam: ['slammed'],
  scoff: ['scoffed'],
  demand: ['demanded'],
  thunder: ['thundered'],
  whisper: ['whispered'],
  begin: ['began'],
  agree: ['agreed'],
  retort: ['retorted'],
  interject: ['interjected', 'interjecting'],
  grouse: ['groused'],
  gripe: ['griped'],
  snap: ['snapped'],
  snipe: ['sniped'],
  proclaim: ['proclaimed'],
  plead: ['pleaded'],
  mention: ['mentioned'],
  reveal: ['revealed', 'reveals'],
  echo: ['echoed', 'echoes'],
  email: ['emailed'],
};

/**
 * Weaker verbs of stance and communication. News attributes quotations to them too
 * (`He implied a judge was "hostile"`, `She applauded him for fighting "over and over again"`);
 * only their subject is taken (never `said X`-style inversion).
 */
const STANCE_VERBS = [
  'implied', 'implies', 'commented', 'comments', 'referenced', 'references', 'anticipated', 'assumed', 'applauded',
  'thanked', 'praised', 'praises', 'criticized', 'criticised', 'criticizes', 'blamed', 'blames', 'mocked', 'mocks',
  'recited', 'touted', 'touts', 'pitched', 'characterized', 'characterizes', 'portrayed', 'portrays', 'deemed', 'questioned',
  'attacked', 'defended', 'hailed', 'mouthing', 'proclaiming', 'decried', 'decries', 'denounced', 'condemned', 'lambasted',
  'ripped', 'dismissed', 'hinted', 'signaled', 'signalled', 'maintained', 'maintains', 'contended', 'contends', 'asserted',
  'asserts', 'objected', 'questioned', 'welcomed', 'cited', 'cites', 'quoted', 'quotes', 'likened', 'compared', 'vowing',
  'calls', 'wants', 'wanted', 'hopes', 'hoped', 'believes', 'believed', 'thinks', 'thought', 'feels', 'felt', 'expects',
  'expected', 'sees', 'saw', 'considers', 'considered', 'insisting', 'echoing', 'promising', 'pledging', 'declaring',
  'show', 'shows', 'showed', 'found', 'finds', 'think', 'believe', 'suggest', 'argue', 'claim', 'fear', 'fears', 'feared',
  'endorsed', 'proposed', 'proposes', 'blamed', 'dismissed', 'referring to',
];

/** Speech nouns: `her remark that "…"`, `his warning that Britain would go to the "back of the queue"`. */
const SPEECH_NOUNS = [
  'remark', 'remarks', 'comment', 'comments', 'message', 'warning', 'statement', 'claim', 'claims', 'promise', 'pledge', 'vow',
  'chants', 'chant', 'words', 'description', 'assertion', 'insistence', 'suggestion', 'accusation', 'argument', 'slogan',
  'motto', 'tweet', 'tweets', 'speech', 'testimony', 'mantra', 'refrain', 'catchphrase', 'catch phrase', 'call', 'calls',
  'response', 'reply', 'answer', 'quote', 'line', 'op-ed', 'column', 'letter', 'post', 'interview', 'announcement', 'plea',
  'demand', 'charge', 'allegation', 'criticism', 'praise', 'complaint', 'boast', 'prediction', 'declaration', 'explanation',
];

/** Multi-word cues. */
const PHRASES = [
  'according to', 'pointed out', 'points out', 'went on', 'goes on', 'put it', 'puts it', 'chimed in',
  'referred to', 'refers to', 'spoke of', 'said of', 'as follows', 'shot back', 'fired back', 'hit back', 'pushed back',
  'opened up about',
];

const FORMS = Object.values(VERBS).flat();
const NOUNS = new Set(SPEECH_NOUNS);
const ALL = [...PHRASES, ...FORMS, ...STANCE_VERBS, ...SPEECH_NOUNS];

const STRONG = new Set([...FORMS, ...PHRASES]);

/** Whether a cue is a reporting verb or phrase proper (not a stance verb or a speech noun). */
export function isStrongCue(cue: string): boolean {
  return STRONG.has(cue.toLowerCase().replace(/\s+/g, ' ')) || /^According/.test(cue);
}

/** Whether a cue is a speech noun (`remark`, `warning`): its speaker is a possessive before it. */
export function isSpeechNoun(cue: string): boolean {
  return NOUNS.has(cue.toLowerCase().replace(/\s+/g, ' '));
}

/** Participles that open a sentence with what its subject said: `Noting that …, Okafor added …`. */
const OPENING_PARTICIPLES = ['Noting', 'Stressing', 'Saying', 'Adding', 'Arguing', 'Insisting', 'Claiming', 'Explaining', 'Acknowledging', 'Conceding', 'Suggesting', 'Predicting', 'Emphasizing', 'Reiterating', 'Pointing out'];

/**
 * Matches a cue word or phrase (whole words). Case-sensitive on purpose: "States" in
 * "United States" and "Read" in a headline are no cues; the few cues that start sentences
 * ("According to", "Said …") are listed capitalised too.
 */
export const CUE_PATTERN = compiledNow(
  new RegExp(
    `(?<![\\p{L}\\p{N}'’-])(?:${phraseAlternation([...ALL, 'According to', 'Said', 'Says', 'Asked', 'Added', 'Writes', 'Wrote', ...OPENING_PARTICIPLES])})(?![\\p{L}\\p{N}'’-])`,
    'gu',
  ),
);

const PARTICIPLES = new Set(FORMS.filter((f) => f.endsWith('ing')));
/** Cues that introduce how something was named, not what was said: `called it "a disgrace"`. */
const NAMING = new Set(['called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled', 'labelled', 'branded', 'referred to', 'refers to']);

/**
 * Cues that can come before their speaker (`"…," said Putin`, `according to officials`).
 * After the others, the phrase is an object: `told reporters`, `warned Washington`.
 */
const INVERTIBLE = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'wrote', 'writes', 'continued', 'continues', 'explained', 'explains',
  'noted', 'notes', 'recalled', 'recalls', 'replied', 'replies', 'responded', 'according to', 'observed', 'insisted',
  'argued', 'argues', 'declared', 'quipped', 'joked', 'remarked', 'stated', 'tweeted', 'concluded', 'cautioned',
  'countered', 'offered', 'recounted', 'reads', 'read', 'echoed', 'went on', 'goes on', 'predicted', 'suggested', 'claimed',
  'complained', 'acknowledged', 'conceded', 'boasted', 'answered', 'exclaimed', 'shouted', 'mused', 'lamented', 'reported',
]);

/** Whether the speaker may follow this cue (`said Putin`). */
export function isInvertible(cue: string): boolean {
  return INVERTIBLE.has(cue.toLowerCase().replace(/\s+/g, ' '));
}

/** Whether a matched cue is a participle (saying, adding): it borrows its subject. */
export function isParticiple(cue: string): boolean {
  return PARTICIPLES.has(cue.toLowerCase());
}

/** Whether a cue names rather than reports (`called it "a disgrace"`). */
export function isNamingCue(cue: string): boolean {
  return NAMING.has(cue.toLowerCase().replace(/\s+/g, ' '));
}

/**
 * Verbs of stance, intention and perception that news reports as a source's position without
 * quoting it (`Cruz defended his vote`, `the senator declined to comment`, `most voters support
 * the ban`, `Trump called for a special prosecutor`). Used for unmarked reported speech only:
 * their content is the clause after them; they never attribute a quotation. Forms already in
 * the cue lexicon are listed too (they are usable here even where the quotation stage is stricter).
 */
const STANCE_FORMS = [
  'praise', 'praises', 'praised', 'praising', 'tout', 'touts', 'touted', 'touting', 'defends', 'defended', 'defending',
  'reiterated', 'reiterates', 'railed against', 'rails against', 'railing against', 'reject', 'rejects', 'rejected', 'rejecting',
  'remind', 'reminds', 'reminded', 'question', 'questions', 'questioned', 'questioning', 'condemn', 'condemns', 'condemned',
  'condemning', 'decline to', 'declines to', 'declined to', 'declining to', 'refuse to', 'refuses to', 'refused to', 'refusing to',
  'express', 'expresses', 'expressed', 'expressing', 'voiced', 'voices', 'hint', 'hints', 'hinted', 'blast', 'blasts', 'blasted',
  'slam', 'slams', 'slammed', 'endorse', 'endorses', 'endorsed', 'endorsing', 'denounce', 'denounces', 'denounced', 'denouncing',
  'dismiss', 'dismisses', 'dismissed', 'dismissing', 'reveal', 'reveals', 'revealed', 'revealing', 'encourage', 'encourages',
  'encouraged', 'mock', 'mocks', 'mocked', 'mocking', 'seek', 'seeks', 'sought', 'seeking', 'attacked',
  'attacking', 'threaten', 'threatens', 'threatened', 'threatening', 'prefer', 'prefers', 'preferred', 'blame', 'blames', 'blamed', 'blaming', 'oppose', 'opposes', 'opposed', 'support', 'supports', 'supported',
  'favor', 'favour', 'favours', 'favoured', 'want', 'wants', 'wanted', 'plan to', 'plans to',
  'planned to', 'planning to', 'intend to', 'intends to', 'intended to', 'hope', 'hopes', 'hoped', 'hoping', 'fear', 'fears',
  'feared', 'expect', 'expects', 'doubt', 'doubts', 'doubted', 'believe', 'believes', 'believed', 'think', 'thinks', 'feel',
  'see', 'sees', 'view', 'views', 'know', 'knows', 'recognize', 'recognizes', 'called for', 'calls for', 'calling for', 'call for', 'called on', 'calls on', 'calling on', 'pushed for', 'pushing for',
  'pointed to', 'points to', 'pointing to', 'point to', 'referring to', 'referred to', 'talked about', 'talks about',
  'talking about', 'talk about', 'spoke about', 'speaks about', 'spoke of', 'asked about', 'worried about', 'worry about',
  'complained about', 'voted for', 'voted against', 'vote for', 'vote against', 'argued against', 'warned against',
  'cautioned against', 'focused on', 'focuses on', 'focusing on', 'agree with', 'agreed with', 'agrees with', 'sided with',
  'sides with', 'took issue with', 'apologized for', 'responded to', 'respond to', 'reacted to', 'did not respond to',
  'praised', 'criticize', 'criticizes', 'criticized', 'criticizing', 'criticise', 'criticised', 'accuse', 'accuses', 'accused',
  'accusing', 'urge', 'urges', 'urged', 'urging', 'cite', 'cites', 'cited', 'citing', 'vow', 'vows', 'vowed', 'vowing',
  'promise', 'promised', 'promising', 'pledge', 'pledging', 'propose', 'proposes', 'proposed', 'proposing',
  'indicate', 'indicates', 'indicated', 'signaled', 'signalled', 'signals', 'mentioned', 'mention', 'mentions', 'decided to',
  'decides to', 'agreed to', 'agrees to', 'demanded', 'demands', 'demanding', 'ordered', 'announce', 'insist',
  'suggest', 'predict', 'acknowledge', 'complain', 'warn', 'deny', 'confirm', 'admit', 'recalling', 'recalled',
  'welcomes', 'applauded', 'hailed', 'embraced', 'embraces', 'disavowed', 'disavow', 'distanced himself from',
  'distanced herself from', 'lamented', 'bemoaned', 'highlighted', 'highlights', 'highlighting', 'emphasized',
  'underscored', 'touted', 'portrayed', 'portrays', 'characterized', 'disputed', 'disputes', 'challenged', 'challenges',
  'conceded', 'predicted', 'estimated', 'projected', 'concluded', 'ruled', 'found', 'finds', 'show', 'shows',
  'showed', 'showing', 'suggests', 'suggesting', 'indicating', 'warning', 'noting', 'arguing', 'claiming', 'insisting',
  'described', 'describes', 'expected',
  'thanked', 'thanks', 'thanking', 'distanced', 'rebuked', 'rebukes', 'lashed out at', 'lashes out at', 'blasting', 'assailed', 'assails', 'balked at', 'mentioning', 'invoked', 'invokes', 'forecast', 'forecasts', 'expecting', 'emphasize', 'emphasizes', 'implying', 'discussed', 'discuss', 'discusses', 'discussing', 'reminding', 'retweeted', 'detailing', 'detailed', 'realized', 'unveiled', 'unveils', 'weighed in on', 'avoided', 'informed', 'alleging', 'recommended', 'recommends', 'explain', 'repeating', 'pressing', 'requested', 'learned', 'explaining',
  'backed', 'nominated', 'favored', 'favors', 'convinced',
  'supporting', 'backing',
  // offers, namings and stated positions (`Rubio offered an olive branch`, `the report named three
  // aides`, `the governor made it clear`, `voters would like a change`, `Cruz went after Trump`)
  'offered', 'offers', 'offering', 'named', 'identified', 'listed', 'decried', 'made it clear', 'would like', 'worried',
  'pushed', 'considered', 'considers', 'sounded', 'declined', 'describing', 'estimates', 'opposing', 'fearing', 'believing',
  'welcomed', 'went after', 'goes after', 'going after', 'recognizing', 'knew', 'allowed',
  // stated positions in a phrase, and verbs of judging (`pointed out`, `laid out a plan`, `made clear`)
  'point out', 'pointing out', 'laid out', 'lays out', 'laying out', 'made clear', 'makes clear',
  'advocated for', 'advocating for', 'spoke out against', 'speaks out against', 'lambasted', 'likened',
  'referenced', 'championed', 'champions', 'disclosed', 'congratulated', 'derided', 'articulated', 'asking',
  // verbs of judging, remembering, noticing and promoting (`has shown little interest`, `portray him as
  // weak`, `ignored the warning`, `wonder whether the pier is safe`, `considering a run`)
  'shown', 'remembered', 'remembers', 'declare', 'attributed', 'persuaded', 'documented',
  'portray', 'dislike', 'dislikes', 'disliked', 'wondering', 'wonder', 'negotiated', 'noticed', 'knocked', 'ignored',
  'ignores', 'recall', 'convince', 'persuade', 'promote', 'promoted', 'promotes', 'promoting', 'describe', 'considering',
  'booed', 'delivering',
  // more verbs of stating, judging and recounting (`recounted the night of the fire`, `speculated that
  // the pier would close`, `brushed off the criticism`, `alluding to the vote`)
  'joked', 'recounted', 'recounts', 'speculated', 'opted to', 'commented', 'decrying', 'referencing', 'outlining',
  'outlined', 'interpreted', 'debated', 'conclude', 'slamming', 'envision', 'envisioned', 'foresee', 'rebut',
  'alluding to', 'alluded to', 'crediting', 'applaud', 'remembering', 'asserting', 'congratulating', 'downplayed',
  'vouching for', 'concede', 'repudiate', 'affirm', 'apologizes for', 'deflect', 'confirming', 'opined', 'interpret',
  'trumpeting', 'paints', 'illustrates', 'demonstrates', 'acquiesced to', 'brushed off', 'brushed aside', 'shrugged off',
  'sparred with', 'co-sponsored', 'displayed',
  // and more (`pressed for a vote`, `aiming to close the pier`, `underscores the risk`, `downplaying the delay`)
  'pressed', 'rattled', 'aiming', 'underscores', 'resist', 'apologize', 'implied', 'refers to', 'references', 'paint',
  'justified', 'defend', 'downplay', 'downplaying', 'questioning', 'acknowledging', 'emphasizing', 'stressing', 'lamenting',
  'bemoaning', 'decry', 'decries', 'thinking about', 'touched on', 'touches on',
  // verbs of rebuking, relishing and contradicting (`chided the board`, `contradicted the mayor`,
  // `vouched for Okafor`, `brags about the ferry`, `suspected a leak`)
  'suspected', 'unleashed', 'revered', 'scorn', 'savaging', 'reviled', 'relished', 'dwelled on', 'chided', 'rips',
  'contradicted', 'belittled', 'vetoed', 'reprimanded', 'disregarded', 'disclosing', 'vouched for', 'brags', 'uttered',
  'explore', 'contemplate', 'pressured', 'attribute', 'diverge',
  // light-verb phrases of stance (`took aim at`, `made no secret of`, `voted in favor of`)
  'made no mention of', 'made no secret of',
  'take aim at', 'takes aim at', 'took aim at', 'taking aim at', 'took a shot at', 'took shots at',
  'voted in favor of', 'spoke highly of', 'called out', 'called upon', 'calls upon',
  'threw his support behind', 'threw her support behind', 'threw their support behind',
  // positions in a debate or a vote (`sparred over trade`, `voters are divided on the ban`, `decided not to run`)
  'sparred over', 'sparred on', 'spar over', 'sparring over', 'divided on', 'divided over', 'decided not to', 'voted to',
  // holding or voicing a view over time (`has long maintained that …`, `has spoken out against the law`,
  // `reflecting on his career`, `voters are lining up behind Okafor`)
  'maintained that', 'maintains that', 'maintain that', 'spoken about', 'spoken of', 'spoken out about',
  'spoken out against', 'spoken out in favor of', 'spoke out about', 'spoke out in favor of', 'speak out against',
  'reflecting on', 'reflected on', 'reflects on', 'lining up behind', 'lined up behind',
  // retracting, insisting, reckoning and counting on (`walked back the remark`, `doubled down on the
  // plan`, `the model pegs her chances at 70 percent`, `laying bare the rift` (`laid bare`: 1 in 5), `is counting on turnout`)
  'walked back', 'walks back', 'walking back', 'walk back', 'doubled down on', 'doubles down on', 'doubling down on',
  'pegs', 'calculates', 'laying bare', 'counting on', 'struck down', 'strikes down',
  'applauds', 'applauding',
  // a vote cast (`cast their votes for Okafor`, `cast a ballot against the toll`)
  'cast a vote for', 'cast a vote against', 'cast a ballot for', 'cast a ballot against', 'cast his vote for', 'cast his vote against', 'cast his votes for', 'cast his votes against', 'cast his ballot for', 'cast his ballot against', 'cast his ballots for', 'cast his ballots against', 'cast her vote for', 'cast her vote against', 'cast her votes for', 'cast her votes against', 'cast her ballot for', 'cast her ballot against', 'cast her ballots for', 'cast her ballots against', 'cast their vote for', 'cast their vote against', 'cast their votes for', 'cast their votes against', 'cast their ballot for', 'cast their ballot against', 'cast their ballots for', 'cast their ballots against', 'cast vote for', 'cast vote against', 'cast votes for', 'cast votes against', 'cast ballot for', 'cast ballot against', 'cast ballots for', 'cast ballots against', 'casts a vote for', 'casts a vote against', 'casts a ballot for', 'casts a ballot against', 'casts his vote for', 'casts his vote against', 'casts his votes for', 'casts his votes against', 'casts his ballot for', 'casts his ballot against', 'casts his ballots for', 'casts his ballots against', 'casts her vote for', 'casts her vote against', 'casts her votes for', 'casts her votes against', 'casts her ballot for', 'casts her ballot against', 'casts her ballots for', 'casts her ballots against', 'casts their vote for', 'casts their vote against', 'casts their votes for', 'casts their votes against', 'casts their ballot for', 'casts their ballot against', 'casts their ballots for', 'casts their ballots against', 'casts vote for', 'casts vote against', 'casts votes for', 'casts votes against', 'casts ballot for', 'casts ballot against', 'casts ballots for', 'casts ballots against', 'casting a vote for', 'casting a vote against', 'casting a ballot for', 'casting a ballot against', 'casting his vote for', 'casting his vote against', 'casting his votes for', 'casting his votes against', 'casting his ballot for', 'casting his ballot against', 'casting his ballots for', 'casting his ballots against', 'casting her vote for', 'casting her vote against', 'casting her votes for', 'casting her votes against', 'casting her ballot for', 'casting her ballot against', 'casting her ballots for', 'casting her ballots against', 'casting their vote for', 'casting their vote against', 'casting their votes for', 'casting their votes against', 'casting their ballot for', 'casting their ballot against', 'casting their ballots for', 'casting their ballots against', 'casting vote for', 'casting vote against', 'casting votes for', 'casting votes against', 'casting ballot for', 'casting ballot against', 'casting ballots for', 'casting ballots against',
  // worrying, mocking, turning on and talking up (`voters worry the pier will close`, `poked fun at the
  // board`, `came out against the toll`, `turned against Okafor`, `drew attention to the fares`)
  'worry', 'worries', 'poke fun at', 'pokes fun at', 'poked fun at', 'poking fun at', 'came out against',
  'comes out against', 'come out against', 'coming out against', 'came out in favor of', 'comes out in favor of',
  'turned against', 'turns against', 'turning against', 'talked up', 'talks up', 'talking up', 'drew attention to',
  'draws attention to', 'drawing attention to', 'called attention to', 'calls attention to', 'paid attention to',
  'pays attention to', 'paying attention to', 'paid tribute to', 'pays tribute to', 'paying tribute to',
  // ruling out, standing by and debating (`Okafor did not rule out a toll`, `is standing by her plan`,
  // `riders are debating whether the pier is safe`)
  'rule out', 'rules out', 'ruled out', 'ruling out', 'stand by', 'stands by', 'standing by',
  'debate whether', 'debated whether', 'debating whether', 'debated over', 'debating over',
  // naming as a stance, with an object and its complement only (`called him divisive`: see findStanceCues)
  'called', 'calls', 'calling',
  // portraying, with an object and `as` only (`has cast him as weak`: see findStanceCues)
  'cast', 'casts', 'casting',
];

/**
 * Matches a stance cue (whole words, lower case: "Backs" in a headline is left alone). Linear:
 * literal words factored into a trie (`phraseAlternation`), no nested quantifiers.
 */
export const STANCE_PATTERN = compiledNow(new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${phraseAlternation(STANCE_FORMS)})(?![\\p{L}\\p{N}'’-])`, 'gu'));

/** Stance cues that take an infinitive or a prepositional object (`declined to`, `called for`). */
export function isPhrasalStance(cue: string): boolean {
  return /\s/.test(cue.trim());
}

import { femaleFirstNames, maleFirstNames } from './first-names.js';
import { verbForms } from './verb-forms.js';

export interface CueForm {
  readonly lemma: string;
  readonly participle: boolean;
  readonly bareClause: boolean;
  readonly needsRecipient: boolean;
}

/**
 * A reporting verb and how it takes its content. Its inflected forms are not typed here: `npm run
 * generate:verbs` conjugates every lemma and spelling (irregular verbs included) into `verb-forms.ts`.
 */
export interface CueLemma {
  readonly lemma: string;
  /** Takes a clause without "that": "said the plan had failed". */
  readonly bareClause?: boolean;
  /** Names whom it was said to: "told reporters", "warned residents". */
  readonly recipient?: boolean;
  /** Can stand before its speaker: "“Q,” said X", "Said X: “Q”". */
  readonly invertible?: boolean;
  /** The bare form is a cue after any subject, not only a plural one: "I tell you", "sources say". */
  readonly baseForm?: boolean;
  /** The -ing form is not a cue ("continuing", "asking", "describing"). */
  readonly noGerund?: boolean;
  /** The content follows this word: "accused X of …". */
  readonly complement?: string;
  /** Other spellings conjugated alike. */
  readonly spellings?: readonly string[];
}

export const cueLemmas: readonly CueLemma[] = [
  { lemma: 'say', bareClause: true, invertible: true, baseForm: true },
  { lemma: 'tell', bareClause: true, recipient: true, invertible: true, baseForm: true },
  { lemma: 'add', invertible: true, baseForm: true },
  { lemma: 'admit', bareClause: true, invertible: true, baseForm: true },
  { lemma: 'acknowledge' },
  { lemma: 'affirm' },
  { lemma: 'allege' },
  { lemma: 'announce' },
  { lemma: 'argue', bareClause: true, baseForm: true },
  { lemma: 'assert' },
  { lemma: 'assure', recipient: true },
  { lemma: 'reassure', recipient: true },
  { lemma: 'boast' },
  { lemma: 'caution' },
  { lemma: 'claim', bareClause: true, baseForm: true },
  { lemma: 'charge' },
  { lemma: 'comment' },
  { lemma: 'complain' },
  { lemma: 'concede' },
  { lemma: 'conclude', invertible: true },
  { lemma: 'confirm' },
  { lemma: 'contend' },
  { lemma: 'continue', invertible: true, noGerund: true },
  { lemma: 'declare', invertible: true },
  { lemma: 'deny', baseForm: true },
  { lemma: 'disclose' },
  { lemma: 'emphasize', invertible: true, spellings: ['emphasise'] },
  { lemma: 'estimate' },
  { lemma: 'explain', invertible: true, baseForm: true },
  { lemma: 'hint' },
  { lemma: 'indicate' },
  { lemma: 'inform', recipient: true },
  { lemma: 'insist', bareClause: true, invertible: true, baseForm: true },
  { lemma: 'maintain' },
  { lemma: 'mention' },
  { lemma: 'note', invertible: true, baseForm: true },
  { lemma: 'observe' },
  { lemma: 'predict', bareClause: true },
  { lemma: 'promise', recipient: true },
  { lemma: 'recall', invertible: true },
  { lemma: 'reiterate' },
  { lemma: 'reject', noGerund: true },
  { lemma: 'remark' },
  { lemma: 'remind', recipient: true },
  { lemma: 'reply', invertible: true },
  { lemma: 'report', baseForm: true },
  { lemma: 'respond' },
  { lemma: 'reveal' },
  { lemma: 'rule' },
  { lemma: 'specify' },
  { lemma: 'state', invertible: true },
  { lemma: 'stress', invertible: true, baseForm: true },
  { lemma: 'suggest', baseForm: true },
  { lemma: 'testify' },
  { lemma: 'tweet' },
  { lemma: 'underline' },
  { lemma: 'underscore' },
  { lemma: 'vow' },
  { lemma: 'pledge' },
  { lemma: 'warn', bareClause: true, recipient: true, invertible: true, baseForm: true },
  { lemma: 'write', bareClause: true, invertible: true, baseForm: true },
  { lemma: 'ask', invertible: true, noGerund: true },
  { lemma: 'chant' },
  { lemma: 'sing' },
  { lemma: 'shout' },
  { lemma: 'yell' },
  { lemma: 'exclaim' },
  { lemma: 'wonder', noGerund: true },
  { lemma: 'scream' },
  { lemma: 'quote', noGerund: true },
  { lemma: 'describe', noGerund: true },
  { lemma: 'accuse', complement: 'of' },
  { lemma: 'criticize', complement: 'for', spellings: ['criticise'] },
  { lemma: 'blame', complement: 'for' },
  { lemma: 'urge', recipient: true },
  { lemma: 'order', recipient: true },
  { lemma: 'instruct', recipient: true },
  { lemma: 'advise', recipient: true },
];

/** Verbs that name what something is, with the name in quotation marks: "called the plan “a disaster”". */
export const labelLemmas: readonly string[] = ['call', 'brand', 'dub', 'label'];

/** Verbs whose object may be only the words sung or shouted: "chanted slogans such as “…”". */
export const chantLemmas: ReadonlySet<string> = new Set(['chant', 'shout', 'yell', 'scream', 'sing']);

/** Words between a chant verb and its quotation: "slogans such as", "the words". */
export const chantObjects: ReadonlySet<string> = new Set(['slogans', 'slogan', 'such', 'as', 'like', 'including', 'the', 'words', 'chants', 'songs', 'phrases', 'of', 'and']);

/** Verbs by which an event makes others speak: "…, prompting unions to warn that …". */
export const promptingVerbs = ['leading', 'prompting', 'causing', 'forcing', 'led', 'prompted', 'caused', 'forced'];

/** Words that open a fronted subordinate clause, whose reported content ends where the main clause begins. */
export const subordinators = ['while', 'although', 'though', 'whereas', 'because', 'since', 'when', 'if', 'after', 'before', 'once', 'until'];

/** Reporting verbs whose quoted words may follow "of" or "about": "warned members of “a rising curve”". */
export const warningLemmas: ReadonlySet<string> = new Set(['warn', 'caution', 'complain']);

/** Reporting verbs that report an order or a request with "to": "told the students to leave". */
export const orderLemmas: ReadonlySet<string> = new Set(['tell', 'order', 'urge', 'instruct', 'advise', 'warn', 'remind']);

/** Forms of the label verbs, from the generated module. */
export const labelForms: ReadonlyMap<string, string> = new Map(
  labelLemmas.flatMap((lemma) => {
    const forms = verbForms[lemma];
    if (forms === undefined) throw new Error(`verb-forms.ts has no forms of "${lemma}": run npm run generate:verbs`);
    return [lemma, ...forms].map((form) => [form, lemma] as const);
  }),
);

function formsOf(entry: CueLemma): string[] {
  return [entry.lemma, ...(entry.spellings ?? [])].flatMap((spelling) => {
    const forms = verbForms[spelling];
    if (forms === undefined) throw new Error(`verb-forms.ts has no forms of "${spelling}": run npm run generate:verbs`);
    const [present, past, gerund] = forms;
    return entry.noGerund ? [spelling, present, past] : [spelling, present, past, gerund];
  });
}

export const cueForms: ReadonlyMap<string, CueForm> = new Map(
  cueLemmas.flatMap((entry) =>
    formsOf(entry).map((form) => [
      form,
      { lemma: entry.lemma, participle: form.endsWith('ing'), bareClause: entry.bareClause === true, needsRecipient: entry.recipient === true },
    ]),
  ),
);

export const gerundComplement: ReadonlyMap<string, string> = new Map(cueLemmas.flatMap((entry) => (entry.complement === undefined ? [] : [[entry.lemma, entry.complement] as const])));

export const invertibleLemmas: ReadonlySet<string> = new Set(cueLemmas.filter((entry) => entry.invertible).map((entry) => entry.lemma));

export const baseFormLemmas: ReadonlySet<string> = new Set(cueLemmas.filter((entry) => entry.baseForm).map((entry) => entry.lemma));

export const pronouns: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'neuter' | 'first'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['she', 'female'],
  ['her', 'female'],
  ['they', 'plural'],
  ['them', 'plural'],
  ['it', 'neuter'],
  ['i', 'first'],
  ['we', 'first'],
]);

/**
 * Common irregular past forms, read as the finite verb of a second clause after ", and" + its subject ("…, and the
 * crew fled"); forms that are as often nouns or present tenses ("cut", "set", "saw", "rose") are left out.
 */
export const irregularPasts: ReadonlySet<string> = new Set([
  'fled', 'went', 'came', 'made', 'took', 'gave', 'found', 'left', 'kept', 'held', 'met', 'ran', 'got', 'began', 'brought',
  'bought', 'built', 'caught', 'fell', 'felt', 'fought', 'grew', 'knew', 'led', 'lost', 'paid', 'sent', 'shot', 'sold',
  'spent', 'stood', 'struck', 'threw', 'thought', 'won', 'became', 'broke', 'chose', 'drove', 'forgot', 'hid', 'sank',
  'spoke', 'stole', 'swept', 'taught', 'tore', 'wore', 'burnt', 'sought', 'dealt', 'meant', 'slid', 'sat', 'rang', 'flew',
  'drew', 'drank', 'ate', 'arose', 'awoke', 'bled', 'fed', 'froze', 'withdrew', 'overtook', 'undertook', 'understood',
]);

/** Subject pronouns: one followed by a verb opens a clause ("said she knew", "said they felt"). */
export const subjectPronouns = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

export const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'one', 'another', 'several', 'some', 'many', 'two', 'three', 'other', 'both']);

export const prepositions = new Set([
  'in', 'on', 'at', 'to', 'of', 'by', 'for', 'with', 'from', 'over', 'about', 'against', 'during', 'after', 'before',
  'since', 'until', 'into', 'onto', 'upon', 'under', 'amid', 'among', 'between', 'through', 'across', 'via', 'without',
  'within', 'near', 'toward', 'towards', 'like', 'unlike', 'per', 'despite', 'following', 'including', 'as',
  'outside', 'inside', 'behind', 'beside', 'beyond', 'around', 'throughout', 'alongside', 'aboard', 'opposite',
]);

export const adverbsAndAuxiliaries = new Set([
  'has', 'have', 'had', 'been', 'also', 'both', 'all', 'further', 'once', 'again', 'later', 'earlier', 'previously', 'then', 'repeatedly',
  'recently', 'too', 'already', 'will', 'would', 'is', 'was', 'were', 'are', 'reportedly', 'separately', 'publicly',
  'just', 'now', 'first', 'subsequently', 'similarly', 'likewise', 'additionally', 'frequently', 'often', 'never',
  'always', 'openly', 'privately', 'bluntly', 'flatly', 'firmly', 'quickly', 'simply', 'yet', 'even', 'still', 'may',
  'might', 'could', 'should', 'can', 'did', 'does', 'do', 'not', 'reportedly', 'allegedly',
]);

export const clauseAuxiliaries = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'can', 'could', 'should', 'shall', 'may',
  'might', 'must', 'has', 'have', 'had', 'does', 'do', 'did', "won't", "can't", "isn't", "wasn't", "doesn't",
]);

export const functionWords = new Set([
  ...determiners, ...prepositions, 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'when', 'while', 'although', 'though',
  'because', 'whether', 'where', 'which', 'who', 'whom', 'whose', 'what', 'how', 'why', 'not', 'no', 'there', 'here',
  'however', 'meanwhile', 'moreover', 'overall', 'also', 'then', 'still', 'instead', 'thus', 'therefore', 'indeed',
  'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him',
  'them', 'us', 'me', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'once',
  'according', 'in', 'all', 'any', 'each', 'every', 'such', 'than', 'very', 'more', 'most', 'less', 'only', 'just',
  'even', 'after', 'last', 'next', 'first', 'finally', 'speaking', 'asked', 'recalling', 'unless', 'otherwise',
]);

/** Days of the week, a time phrase after a cue even when capitalised: "said Tuesday that …". */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export const calendarWords = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const timeWords = new Set([...calendarWords, 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'separately', 'again', 'afterwards', 'afterward']);

/** Words that open a time phrase with "after" or "before" after a cue, not a clause: "said shortly after the vote". */
export const relativeTimeAdverbs = new Set(['shortly', 'soon', 'immediately', 'just', 'right', 'moments', 'minutes', 'hours', 'days', 'weeks', 'long']);

/** Nouns of time that end a short time phrase: "last week", "on Monday", "earlier this month". */
export const timeNouns = [...calendarWords, 'week', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'day', 'summer', 'winter', 'spring', 'autumn'];
export const timeLeaders = ['last', 'this', 'next', 'on', 'that', 'early', 'late', 'the', 'earlier', 'later', 'each', 'every'];

/** Words ending in -ly that are not adverbs between a subject and its verb. */
export const notAdverbs = new Set(['family', 'only', 'italy', 'ally', 'rally', 'supply', 'reply', 'apply', 'assembly', 'july', 'fly', 'early', 'daily', 'weekly', 'monthly', 'belly', 'holy', 'ugly', 'lily', 'jelly', 'bully', 'folly', 'tally']);

/** Words that open a clause after a place phrase: "said in a statement the…", "said in court his…". */
export const clauseOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'these', 'those', 'there']);

/** Cue forms that are parts of names when capitalised ("State Department", "Islamic State") and modify a speaker's noun after them ("state officials"). */
export const namePartsLikeCues = new Set(['state']);

/** Discourse connectives that open a sentence but are not part of the reported clause: "Moreover, they …". */
export const connectives = ['moreover', 'furthermore', 'however', 'meanwhile', 'additionally', 'besides', 'nevertheless', 'separately', 'elsewhere', 'similarly', 'likewise'];

/** Nouns of a trailing comment on a reported clause, not part of it: "…, a view shared by few", "…, a move fans criticised". */
export const commentNouns = ['view', 'move', 'position', 'stance', 'claim', 'assertion', 'step', 'decision', 'remark', 'charge', 'accusation', 'allegation', 'suggestion', 'statement'];

export const nameParticles = new Set(['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ter', 'y']);

export const personTitles = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'deputy', 'foreign', 'defense',
  'defence', 'interior', 'finance', 'health', 'justice', 'economy', 'trade', 'energy', 'education', 'state', 'general',
  'attorney', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'senator', 'sen', 'sen.',
  'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'judge',
  'justice', 'chief', 'executive', 'officer', 'ceo', 'cfo', 'coo', 'chairman', 'chairwoman', 'chair', 'director',
  'head', 'leader', 'commander', 'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm',
  'adm.', 'admiral', 'colonel', 'captain', 'lieutenant', 'major', 'sergeant', 'king', 'queen', 'prince', 'princess',
  'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'rev', 'rev.', 'reverend',
  'father', 'professor', 'assistant', 'associate', 'senior', 'junior', 'acting', 'former', 'first', 'lady', 'fm', 'pm',
  'mp', 'mep', 'ombudsman', 'councilman', 'councilwoman', 'councillor', 'councilor', 'alderman', 'assemblyman',
  'assemblywoman', 'delegate', 'trustee', 'presiding', 'magistrate', 'mufti', 'patriarch', 'metropolitan', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'coach', 'founder',
  'co-founder', 'cofounder', 'manager', 'analyst', 'economist', 'researcher', 'scientist', 'student', 'fellow',
  'lawyer', 'adviser', 'advisor', 'aide', 'official', 'diplomat', 'counterpart', 'top', 'managing', 'editor',
  'correspondent', 'councilmember', 'assemblymember', 'alderwoman', 'alderperson', 'chairperson', 'selectman',
  'selectwoman', 'supervisor', 'legislator', 'treasurer', 'comptroller', 'controller', 'auditor', 'clerk', 'dean',
  'provost', 'rector', 'pastor', 'detective', 'trooper', 'constable', 'marshal', 'speaker', 'president-elect', 'master',
  'harbourmaster', 'harbormaster', 'postmaster', 'headmaster', 'headteacher', 'principal', 'warden', 'registrar',
  'coun', 'coun.', 'cllr', 'cllr.',
]);

export const personRoleHeads = new Set([
  'minister', 'diplomat', 'premier', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'secretary',
  'ambassador', 'envoy', 'chief', 'leader', 'director', 'executive', 'ceo', 'chairman', 'chairwoman', 'chair',
  'governor', 'mayor', 'senator', 'lawmaker', 'congressman', 'congresswoman', 'mp', 'deputy', 'adviser', 'advisor',
  'aide', 'analyst', 'expert', 'professor', 'researcher', 'scientist', 'student', 'author', 'doctor', 'lawyer',
  'attorney', 'prosecutor', 'judge', 'commander', 'general', 'officer', 'colonel', 'captain', 'witness', 'resident',
  'activist', 'candidate', 'politician', 'economist', 'founder', 'owner', 'manager', 'head', 'coach', 'player',
  'king', 'queen', 'prince', 'pope', 'chancellor', 'woman', 'man', 'fellow', 'counterpart', 'negotiator',
  'representative', 'commissioner', 'strategist', 'physician', 'nurse', 'teacher', 'engineer', 'historian',
  'astronomer', 'sheriff', 'inspector', 'investigator', 'superintendent', 'pm', 'fm', 'boss', 'actor', 'actress',
  'singer', 'priest', 'bishop', 'cleric', 'source', 'victim', 'survivor', 'mother', 'father', 'spouse', 'editor',
  'correspondent', 'reporter', 'journalist', 'columnist', 'councilman', 'councilwoman', 'councillor', 'councilor',
  'spokesperson', 'campaigner', 'organizer', 'organiser', 'owner', 'employee', 'worker', 'farmer', 'pilot', 'driver',
  'councilmember', 'assemblymember', 'legislator', 'treasurer', 'comptroller', 'auditor', 'dean', 'pastor',
  'detective', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'plaintiff', 'defendant', 'counsel',
  'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'widow', 'widower', 'uncle', 'aunt', 'nephew', 'niece',
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'cousin', 'partner', 'friend', 'neighbour', 'neighbor',
  'colleague', 'captain', 'referee', 'manager', 'spokesperson', 'girl', 'boy', 'pupil', 'parent', 'mum', 'dad',
  'skipper', 'businessman', 'businesswoman', 'entrepreneur', 'banker', 'convener', 'convenor', 'coroner', 'surgeon',
  'pathologist', 'toxicologist', 'paramedic', 'firefighter', 'scholar', 'presenter', 'broadcaster', 'commentator',
]);

export const organizationHeads = new Set([
  'company', 'firm', 'university', 'college', 'school', 'ministry', 'government', 'agency', 'department', 'office',
  'embassy', 'administration', 'party', 'group', 'organization', 'organisation', 'institute', 'council', 'committee',
  'court', 'bank', 'military', 'army', 'navy', 'campaign', 'team', 'network', 'newspaper', 'daily', 'outlet',
  'channel', 'union', 'commission', 'foundation', 'association', 'board', 'authority', 'service', 'club', 'league',
  'federation', 'parliament', 'cabinet', 'regime', 'coalition', 'alliance', 'movement', 'centre', 'center',
  'hospital', 'airline', 'carrier', 'manufacturer', 'maker', 'startup', 'retailer', 'broadcaster', 'publisher',
  'corporation', 'conglomerate', 'giant', 'watchdog', 'regulator', 'charity', 'tribunal', 'kremlin', 'bureau',
  'secretariat', 'presidency', 'mission', 'body', 'force', 'police', 'city', 'state', 'county', 'province',
  'delegation', 'business', 'paper', 'tabloid', 'broadsheet', 'magazine', 'website', 'broadcaster', 'operator', 'airport', 'utility', 'lab', 'laboratory', 'studio', 'label', 'lender',
  'guard', 'coastguard', 'gendarmerie', 'directorate', 'inspectorate', 'ministries', 'senate', 'congress', 'legislature',
  'bloc', 'faction',
]);

const publicBodyWords = [
  'agency', 'commission', 'administration', 'authority', 'bureau', 'board', 'office', 'service', 'department',
  'inspectorate', 'directorate', 'regulator', 'council', 'commissioner', 'ombudsman',
];
/** Last words of a public body whose staff are its officials: "river traffic officials" for the River Traffic Board. */
export const publicBodyHeads: ReadonlySet<string> = new Set(publicBodyWords);
const labourBodyWords = ['union', 'association', 'federation', 'guild', 'confederation', 'congress'];

/**
 * Epithets for a body named earlier and the last words of the names they stand for: "the agency", "the regulator",
 * "the watchdog" after the RTSB or the Federal Aviation Administration; "the union" after the United Drivers Association.
 */
export const bodyEpithets: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['agency', new Set(publicBodyWords)],
  ['regulator', new Set(publicBodyWords)],
  ['watchdog', new Set(publicBodyWords)],
  ['union', new Set(labourBodyWords)],
]);

/**
 * Heads of a description that speaks for a body: "a police officer", "a spokeswoman for the ministry", "a Boeing
 * official" are credited to the body (the dev gold's convention), while "an elderly farmer" stays unnamed.
 */
export const representativeHeads = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'representative']);

/** Words between the article and a representative head that describe the person, not the body: "a senior ministry official". */
export const representativeModifiers = new Set(['senior', 'chief', 'top', 'junior', 'press', 'media', 'communications', 'local', 'regional', 'duty', 'liaison', 'high-ranking', 'ranking', 'second', 'unnamed', 'anonymous']);

/** Words that make a representative speak for nobody in particular: "a former official", "a retired officer". */
export const representativeBlockers = new Set(['former', 'ex-', 'retired', 'off-duty']);

/** Heads of a definite group that means whoever the article cited before: "the sources said" after "three officials". */
export const anaphoricSourceHeads = new Set(['sources', 'insiders']);

/** Heads of groups that a later "the sources" can mean: officials and insiders cited without names. */
export const sourceGroupHeads = new Set(['officials', 'sources', 'insiders', 'people', 'executives', 'diplomats', 'aides', 'advisers', 'advisors']);

/** Words after a group that mark it as cited without names: "with knowledge of", "briefed on", "who asked not to be named". */
export const anonymityWords = new Set(['knowledge', 'familiar', 'briefed', 'anonymity', 'anonymously', 'named', 'identified', 'authorised', 'authorized']);

/** Country initials printed before an official ("a US official", "a U.S. official", its final stop cut): a place, never the body that speaks. */
export const countryInitials = new Set(['us', 'u.s', 'uk', 'u.k', 'usa', 'uae', 'drc', 'prc']);

/** Words that tie a representative to the body after them: "a spokeswoman for the ministry", "an official at the port". */
export const representativeConnectors = ['for', 'of', 'at', 'from', 'with'] as const;

/** Lower-case words inside a capitalised body's name: "Ministry of Health", "Food and Drug Administration". */
export const nameJoiners = new Set(['of', 'for', 'and', '&']);

/** Organisation heads that are also places, so no representative speaks for them: "a city official", "a county officer". */
export const placeBodyHeads = new Set(['city', 'state', 'county', 'province']);

export const genericOrganizationHeads = new Set([
  'company', 'firm', 'group', 'organization', 'organisation', 'corporation', 'conglomerate', 'giant', 'maker',
  'manufacturer', 'startup', 'retailer', 'carrier', 'airline', 'operator', 'lender', 'business', 'outlet', 'network',
]);

export const groupHeads = new Set([
  'protesters', 'protestors', 'demonstrators', 'residents', 'officials', 'authorities', 'experts', 'analysts',
  'critics', 'witnesses', 'observers', 'lawmakers', 'activists', 'doctors', 'scientists', 'researchers', 'sources',
  'investigators', 'prosecutors', 'police', 'parties', 'supporters', 'opponents', 'leaders', 'ministers', 'diplomats',
  'voters', 'workers', 'employees', 'students', 'teachers', 'parents', 'villagers', 'locals', 'families', 'organizers',
  'organisers', 'rebels', 'troops', 'soldiers', 'militants', 'members', 'spokespeople', 'representatives',
  'negotiators', 'economists', 'astronomers', 'engineers', 'nurses', 'farmers', 'survivors', 'victims', 'fans',
  'executives', 'managers', 'insiders', 'people', 'others', 'citizens', 'deputies', 'senators', 'mps', 'authors', 'officers',
  'plaintiffs', 'defendants', 'petitioners', 'claimants', 'lawyers', 'attorneys', 'judges', 'jurors', 'campaigners',
  'shareholders', 'investors', 'consumers', 'customers', 'patients', 'fishermen', 'relatives', 'neighbours',
  'neighbors', 'commuters', 'tenants', 'landlords', 'traders', 'vendors', 'regulators', 'inspectors', 'guards',
  'historians', 'academics', 'clerics', 'legislators', 'councillors', 'councilors', 'delegates', 'envoys', 'marchers',
  'strikers', 'mourners', 'refugees', 'migrants', 'detainees', 'prisoners', 'veterans', 'passengers', 'travellers',
  'travelers', 'tourists', 'visitors', 'spectators', 'eyewitnesses', 'onlookers', 'bystanders', 'environmentalists',
  'physicians', 'epidemiologists', 'meteorologists', 'forecasters', 'pollsters', 'owners', 'donors', 'unions',
  'opposition', 'crowd', 'crowds', 'mob', 'audience', 'jury', 'panel', 'family', 'management', 'public', 'workforce',
  'electorate', 'staff', 'congregation', 'squad', 'bosses', 'chiefs', 'spokesmen', 'spokeswomen', 'medics', 'paramedics',
  'firefighters', 'rescuers', 'scholars', 'bankers', 'coroners', 'surgeons',
  'home-owners', 'homeowners', 'householders', 'pilots', 'drivers', 'crews', 'players', 'athletes', 'miners', 'growers', 'dockers',
  'firefighters', 'rescuers', 'paramedics', 'volunteers', 'agents', 'agencies', 'groups', 'organisations', 'organizations', 'charities', 'companies', 'governments',
]);

/** Quantifiers that make any plural noun after them a group of people when it is a cue's subject ("some riders said", "many shoppers say"). */
export const groupQuantifiers = new Set(['some', 'many', 'several', 'most', 'few', 'other']);

/** Counting words that head a quantity before "of" + a group ("hundreds of fans", "dozens of residents"). */
export const quantityWords = new Set([
  'hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions', 'crowds', 'groups', 'hordes', 'busloads', 'handful',
  'number', 'lot', 'lots', 'couple', 'group', 'crowd', 'few', 'some', 'many', 'several', 'most', 'all', 'none', 'both',
  'majority', 'minority',
]);

/**
 * Portfolio and domain words that close an organisation name after "of" ("Ministry of Foreign Affairs",
 * "Department of Health"), where the same capitalised words before a name would be a title ("Health Minister X").
 */
export const portfolioWords = new Set([
  'affairs', 'health', 'defence', 'defense', 'justice', 'finance', 'finances', 'education', 'interior', 'energy',
  'economy', 'trade', 'transport', 'transportation', 'labour', 'labor', 'agriculture', 'environment', 'culture',
  'state', 'commerce', 'housing', 'treasury', 'security', 'welfare', 'science', 'technology', 'industry', 'tourism',
  'sport', 'sports', 'communications', 'development', 'emergencies', 'situations', 'veterans', 'resources',
  'fisheries', 'infrastructure', 'services', 'planning', 'works', 'safety', 'investigation', 'investigations',
  'statistics', 'information', 'immigration', 'foreign', 'internal', 'public', 'social', 'human', 'rights', 'police',
]);

export const organizationWords = new Set([
  'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'co', 'co.', 'plc', 'group', 'ministry', 'university',
  'agency', 'institute', 'council', 'committee', 'commission', 'party', 'bank', 'court', 'association', 'foundation',
  'union', 'organization', 'organisation', 'department', 'office', 'service', 'services', 'news', 'times', 'post',
  'press', 'journal', 'kremlin', 'house', 'government', 'administration', 'parliament', 'assembly', 'federation',
  'company', 'corporation', 'network', 'broadcasting', 'television', 'radio', 'tv', 'daily', 'gazette', 'herald',
  'tribune', 'telegraph', 'guardian', 'reuters', 'interfax', 'tass', 'novosti', 'ria', 'cnn', 'bbc', 'afp', 'ap',
  'college', 'school', 'hospital', 'authority', 'board', 'police', 'army', 'navy', 'forces', 'nato', 'un', 'eu',
  'osce', 'who', 'imf', 'fbi', 'cia', 'nasa', 'ministries', 'embassy', 'center', 'centre', 'labs', 'laboratory',
  'airlines', 'motors', 'pharmaceuticals', 'holdings', 'technologies', 'systems', 'club', 'league', 'bloc', 'faction',
]);

export const organizationSuffixes = new Set(['inc', 'inc.', 'ltd', 'ltd.', 'llc', 'corp', 'corp.', 'co', 'co.', 'plc', 'ag', 'sa', 'gmbh']);

export const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'st', 'jr',
  'sr', 'inc', 'ltd', 'corp', 'co', 'no', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'fig', 'approx', 'dept', 'est', 'univ', 'gov', 'cmdr', 'maj', 'messrs',
]);

export const titleAbbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'rev', 'st', 'mt', 'cmdr', 'maj', 'messrs']);

export const recipientNouns = new Set([
  'reporters', 'journalists', 'lawmakers', 'parliament', 'congress', 'senators', 'members', 'supporters', 'crowd',
  'audience', 'students', 'investors', 'analysts', 'listeners', 'viewers', 'readers', 'delegates', 'participants',
  'newspaper', 'agency', 'daily', 'magazine', 'station', 'channel', 'radio', 'television', 'tv', 'outlet', 'website',
  'broadcaster', 'network', 'press', 'media', 'correspondent', 'conference', 'briefing', 'meeting', 'court', 'jury',
  'committee', 'council', 'colleagues', 'staff', 'employees', 'workers', 'residents', 'voters', 'me', 'him', 'her',
  'us', 'them', 'you', 'citizens', 'people', 'nation', 'country', 'public', 'officials', 'ministers', 'leaders',
  'jurors', 'judge', 'judges', 'magistrates', 'tribunal', 'panel', 'investigators', 'police',
  'detectives', 'regulators', 'shareholders', 'parents', 'fans', 'followers', 'councillors', 'councilors',
  'programme', 'program', 'show', 'podcast', 'paper',
]);

export const speechFrameNouns = new Set(['words', 'appeal', 'statement', 'remarks', 'message', 'comments', 'address', 'post', 'tweet', 'speech', 'letter', 'interview']);

export const documentHeads = new Set(['reports', 'report', 'data', 'estimates', 'figures', 'polls', 'poll', 'study', 'studies', 'survey', 'surveys', 'research', 'records', 'documents', 'statistics', 'census', 'forecast', 'forecasts', 'analysis', 'analyses', 'media']);

export const blockers = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'shall', 'not', 'never', "didn't", "don't", "won't", 'cannot']);

export const passiveAuxiliaries = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);

export const asideOpeners = new Set([
  'who', 'which', 'whose', 'whom', 'the', 'a', 'an', 'part', 'one', 'himself', 'herself', 'itself', 'however', 'though',
  'meanwhile', 'too', 'in', 'for', 'also', 'speaking', 'citing', 'noting', 'like', 'at', 'then', 'now', 'still', 'both',
  'writing', 'responding', 'asked', 'and', 'his', 'her', 'its', 'their', 'along', 'with', 'after', 'during', 'on', 'of',
]);

/** Adjectives and adverbs that open a short aside between a subject and its cue ("Berg, visibly angry, said"). */
export const asideAdjectives = new Set([
  'visibly', 'clearly', 'unavailable', 'available', 'angry', 'furious', 'upset', 'unhappy', 'happy', 'frustrated',
  'emotional', 'aged', 'present', 'absent', 'alone', 'flanked', 'smiling', 'defiant', 'undeterred', 'unrepentant',
  'unmoved', 'unfazed', 'unapologetic', 'calm', 'tearful', 'optimistic', 'pessimistic', 'cautious', 'confident',
  'careful', 'eager', 'keen', 'reluctant', 'newly', 'long',
]);

/** Plural heads that are not sources after "according to" ("according to the rules"). */
export const nonSources = new Set([
  'rules', 'terms', 'laws', 'guidelines', 'regulations', 'plans', 'standards', 'results', 'findings', 'minutes',
  'accounts', 'filings', 'papers', 'documents', 'files', 'charges', 'instructions', 'schedules', 'models',
  'projections', 'numbers', 'tests', 'scans', 'images', 'photos', 'videos', 'logs', 'notes', 'emails', 'messages',
  'texts', 'transcripts', 'recordings', 'tallies', 'counts', 'calculations', 'assessments', 'reviews', 'maps', 'charts',
  'tables', 'lists', 'rankings', 'ratings', 'sales', 'prices', 'markets', 'circumstances', 'conditions', 'needs',
  'traditions', 'customs', 'principles', 'values', 'beliefs', 'expectations', 'wishes', 'demands', 'requirements',
  'specifications', 'statistics',
]);

export const affiliationPrepositions = new Set(['of', 'at', 'from', 'with']);

export const attachingPrepositions = new Set(['for', 'at', 'of', 'from', 'with', 'outside', 'inside', 'in', 'near', 'within', 'behind', 'on', 'to']);

/** Prepositions after which a name is a place, never a speaker: "a driver from Kelby said". */
export const placePrepositions = ['in', 'from', 'near', 'outside', 'inside', 'across', 'around'] as const;

/** Time zones printed after "a.m."/"p.m." ("6 p.m. PT"), where the full stop ends no sentence. */
export const timeZones = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'akst', 'hst', 'gmt', 'bst', 'utc', 'cet', 'cest', 'eet', 'eest', 'wet', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'sast', 'wat', 'cat', 'eat', 'msk']);

/** Month names and their printed abbreviations, for datelines ("Mar 3, 2011"). */
export const monthWords = new Set(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Words before a name that show it is a place wherever the article prints it so: "officials in Texas", "a bus to Danvik". */
export const placeLeadIns = [...placePrepositions, 'to', 'into'] as const;

/** An adjective or participle between a noun and its preposition: "sources close to the talks", "people familiar with the plan". */
export const postnominalModifiers = new Set(['close', 'familiar', 'loyal', 'briefed', 'linked', 'involved', 'based']);

export const honorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);

/** Honorifics that stand before a surname, so that a title word that is a common surname after them is one: "Dr Constable". */
export const surnameHonorifics = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/** Title words that are also common surnames, read as the surname after a first name or honorific: "Helen Bishop", "Mr Judge". */
export const surnameTitles = new Set(['bishop', 'constable', 'judge', 'marshal', 'major', 'dean', 'king', 'prince', 'clerk', 'master', 'warden', 'provost', 'cardinal', 'sheriff', 'coach', 'fellow', 'rector', 'sergeant']);

export const appositiveStops = new Set(['his', 'her', 'its', 'their', 'the', 'a', 'an', 'our', 'my', 'your']);

export const countingPlurals = new Set(['hundreds', 'thousands', 'dozens', 'millions']);

export const maleTitles = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'spokesman', 'chairman', 'man', 'boy', 'son', 'husband', 'brother', 'uncle', 'nephew', 'grandfather', 'widower', 'dad']);
export const femaleTitles = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman', 'woman', 'girl', 'daughter', 'wife', 'sister', 'aunt', 'niece', 'grandmother', 'widow', 'mother', 'mum']);

export const nobilityTitles = new Set(['duke', 'duchess', 'earl', 'count', 'countess', 'baron', 'baroness', 'marquess', 'prince', 'princess', 'king', 'queen']);

/** Last words of street, estate and settlement names: a place is never a speaker ("Laburnum Avenue"). */
export const placeWords = new Set([
  'avenue', 'street', 'road', 'lane', 'drive', 'close', 'crescent', 'estate', 'square', 'terrace', 'grove', 'gardens',
  'boulevard', 'highway', 'way', 'row', 'mews', 'court', 'parade', 'walk', 'hill', 'park', 'village', 'town', 'borough',
  'st', 'st.', 'rd', 'rd.', 'ave', 'ave.', 'blvd', 'blvd.',
]);

/** Documents an organisation or person puts out, so that "according to the statement" names its issuer. */
export const issuedDocuments = new Set(['statement', 'release', 'announcement', 'communique', 'communiqué', 'letter', 'notice', 'memo', 'filing', 'post', 'bulletin', 'message']);
export const issueVerbs = new Set(['issued', 'released', 'published', 'sent', 'posted', 'put', 'circulated', 'filed', 'wrote', 'issues', 'releases', 'publishes']);

/** Nouns that announce someone's words without a speech verb: "the coach's key remarks", "Berg's answers". */
export const framingNouns = new Set(['remarks', 'comments', 'words', 'answers', 'thoughts', 'quotes', 'reaction', 'reactions', 'verdict', 'assessment']);

/** The gender a first name usually marks, from the generated module (`npm run generate:names`); unisex names absent. */
export const firstNameGender: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...maleFirstNames.split(' ').map((name) => [name, 'male'] as const),
  ...femaleFirstNames.split(' ').map((name) => [name, 'female'] as const),
]);

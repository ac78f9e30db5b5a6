/**
 * The words of bylines and credits that name a desk, a masthead or a job rather than a person,
 * and how bylines open. Agencies are in agencies.ts, page furniture in pageFurniture.ts.
 */

/**
 * Words that make a byline credit a desk, a staff or an outlet, not a person: "By Staff
 * Reporter", "By Web Desk", "Reuters Staff", "By Our Correspondent", "By Telegraph Reporters".
 */
export const DESK_WORDS: readonly string[] = [
  'staff',
  'desk',
  'bureau',
  'team',
  'newsroom',
  'editorial',
  'board',
  'agencies',
  'agency',
  'wire',
  'wires',
  'service',
  'services',
  'report',
  'reporters',
  'correspondents',
  'our',
  'monitoring',
  'web',
  'digital',
  'online',
  'news',
  'newswire',
  'network',
  'media',
  'times',
  'post',
  'press',
  'daily',
  'herald',
  'tribune',
  'journal',
  'gazette',
  'telegraph',
  'radio',
  'television',
  'tv',
  'channel',
  'magazine',
  'weekly',
  'headlines',
  'latest',
];

/**
 * The last word of a newspaper's or outlet's name: a masthead, not a person ("Manila Ledger",
 * "The Evening Chronicle", "Harbour Inquirer"). Matched as the final word only: "Jane Post" is rare,
 * "Sun" and "Banner" are surnames and left out.
 */
export const MASTHEAD_WORDS: readonly string[] = [
  'ledger',
  'times',
  'post',
  'herald',
  'gazette',
  'tribune',
  'inquirer',
  'enquirer',
  'chronicle',
  'journal',
  'daily',
  'courier',
  'observer',
  'standard',
  'examiner',
  'dispatch',
  'bulletin',
  'monitor',
  'register',
  'review',
  'record',
  'recorder',
  'mirror',
  'express',
  'guardian',
  'independent',
  'sentinel',
  'star',
  'globe',
  'mail',
  'nation',
  'telegraph',
  'news',
  'argus',
  'advertiser',
  'clarion',
  'messenger',
  'statesman',
  'spectator',
  'citizen',
  'today',
  'weekly',
  'magazine',
  'online',
  'zeitung',
  'gazeta',
  'gazzetta',
  'diario',
  'tribuna',
  'jornal',
  'kurier',
  'dagbladet',
  'posten',
  'tidende',
  'shimbun',
  'ilbo',
];

/** Job titles that follow an author's name ("Jane Doe, Defence Correspondent", a line "International Correspondent"). */
export const JOURNALIST_ROLES: readonly string[] = [
  'correspondent',
  'editor',
  'reporter',
  'writer',
  'journalist',
  'producer',
  'analyst',
  'columnist',
  'contributor',
  'presenter',
  'anchor',
  'photographer',
  'photojournalist',
  'commentator',
  'blogger',
  'host',
  'publisher',
  'freelancer',
  'stringer',
  'intern',
  'fellow',
  'researcher',
  'chief',
  'staff',
];

/** The last word of a credit that names a desk, not a person: "Web Desk", "Staff Writer", "News Agencies". */
export const DESK_HEADS: readonly string[] = [
  ...JOURNALIST_ROLES,
  'desk',
  'bureau',
  'team',
  'newsroom',
  'agencies',
  'agency',
  'report',
  'reporters',
  'writers',
  'correspondents',
];

/** Words that label a picture's credit or caption: "Picture: Getty", "Photo by: AFP", "Image source, Reuters". */
export const PICTURE_LABELS: readonly string[] = [
  'picture',
  'pictures',
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'credit',
  'credits',
  'source',
  'media',
  'video',
];

/** Credits for work on the story, at its end: not its byline ("(Reporting by …; Editing by …)"). */
export const CONTRIBUTION_CREDITS: readonly RegExp[] = [
  /contributed (?:to )?(?:this|the) (?:report|story|article)/i,
  /^(?:[—–-]\s*)?\(?(?:(?:additional )?(?:reporting|writing|editing|compiled|edited|translated) by|with (?:inputs|reporting|additional reporting) from)\b/i,
];

/** Verbs that open a byline: "By", "Written by", "Reported by", "Words by", "Story by". */
export const BYLINE_OPENERS: readonly string[] = [
  'by',
  'written by',
  'reported by',
  'words by',
  'story by',
  'posted by',
  'text by',
  'compiled by',
  'author',
  'authors',
];

/** Labels that open a byline only with a colon: "Text: Jane Doe/TT", "Words: Jane Doe", "Reporter: Jane Doe". */
export const BYLINE_LABELS: readonly string[] = [
  'text',
  'words',
  'story',
  'report',
  'reporting',
  'reporter',
  'reporters',
  'writer',
  'journalist',
  'correspondent',
];

/** Verbs between a name and where or for whom it reports: "Jane Doe reports from Kyiv", "Jane Doe, writing from Lagos". */
export const REPORTING_VERBS: readonly string[] = ['reports', 'reporting', 'writes', 'writing', 'filed', 'files'];

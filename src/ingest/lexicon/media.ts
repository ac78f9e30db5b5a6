/**
 * The press itself: news agencies and picture agencies as bylines and captions credit them,
 * the words of bylines that name a desk or a job rather than a person, and the furniture of
 * news pages (promotions, sign-offs, link lists) that is not the article's text.
 */

/**
 * News agencies and wire services as credits print them ("By The Associated Press",
 * "(Yonhap)", "/ITAR-TASS/", "By: African News Agency"). Matched case-sensitively: "AP" is an
 * agency, "ap" is not.
 */
export const NEWS_AGENCIES: readonly string[] = [
  'The Associated Press', 'Associated Press', 'AP', 'Reuters', 'Thomson Reuters', 'Agence France-Presse', 'Agence France Presse', 'AFP',
  'Yonhap', 'Yonhap News Agency', 'Kyodo', 'Kyodo News', 'Jiji', 'Jiji Press', 'TASS', 'ITAR-TASS', 'RIA Novosti', 'RIA', 'Interfax',
  'Sputnik', 'African News Agency', 'ANA', 'Associated Press of Pakistan', 'APP', 'Middle East News Agency', 'MENA', 'Press Trust of India',
  'PTI', 'IANS', 'ANI', 'UNI', 'Xinhua', 'Xinhua News Agency', 'Anadolu', 'Anadolu Agency', 'AA', 'dpa', 'DPA', 'Deutsche Presse-Agentur',
  'EFE', 'ANSA', 'Bernama', 'Antara', 'PAP', 'BTA', 'CTK', 'MTI', 'Tanjug', 'Agerpres', 'Ukrinform', 'UNIAN', 'Ukrainian News Agency',
  'IRNA', 'Tasnim', 'Fars', 'Mehr', 'ISNA', 'WAFA', 'Saudi Press Agency', 'SPA', 'WAM', 'KUNA', 'QNA', 'Petra', 'SANA', 'NNA', 'KCNA',
  'Central News Agency', 'CNA', 'Philippine News Agency', 'PNA', 'Vietnam News Agency', 'VNA', 'UPI', 'United Press International',
  'TT', 'TT Nyhetsbyrån', 'STT', 'AAP', 'Australian Associated Press', 'The Canadian Press', 'Canadian Press', 'PA Media', 'PA', 'Press Association', 'Bloomberg',
  'Bloomberg News', 'Dow Jones', 'Lusa', 'Europa Press', 'Belga', 'ANP', 'APA', 'NTB', 'Ritzau', 'Prensa Latina', 'Notimex',
  'Agencies', 'News Agencies', 'Wire Services', 'Wires', 'Agency',
];

/** Picture agencies and sources that captions credit ("Photo: Getty", "AFP/File", "(AP Photo/…)"). */
export const PICTURE_SOURCES: readonly string[] = [
  'Getty Images', 'Getty', 'AFP', 'Reuters', 'AP', 'PA', 'EPA', 'EPA-EFE', 'Shutterstock', 'Alamy', 'Anadolu', 'Anadolu Agency', 'Pool',
  'Handout', 'Sipa', 'ZUMA', 'NurPhoto', 'SOPA Images', 'Xinhua', 'TASS', 'Sputnik', 'DVIDS', 'Bloomberg', 'Yonhap', 'Kyodo', 'IANS',
  'PTI', 'ANI', 'Supplied', 'File',
];

/**
 * Words that make a byline credit a desk, a staff or an outlet, not a person: "By Staff
 * Reporter", "By Web Desk", "Reuters Staff", "By Our Correspondent", "By Telegraph Reporters".
 */
export const DESK_WORDS: readonly string[] = [
  'staff', 'desk', 'bureau', 'team', 'newsroom', 'editorial', 'board', 'agencies', 'agency', 'wire', 'wires', 'service', 'services',
  'report', 'reporters', 'correspondents', 'our', 'monitoring', 'web', 'digital', 'online', 'news', 'newswire', 'network', 'media',
  'times', 'post', 'press', 'daily', 'herald', 'tribune', 'journal', 'gazette', 'telegraph', 'radio', 'television', 'tv', 'channel',
  'magazine', 'weekly', 'headlines', 'latest',
];

/**
 * The last word of a newspaper's or outlet's name: a masthead, not a person ("Manila Ledger",
 * "The Evening Chronicle", "Harbour Inquirer"). Matched as the final word only: "Jane Post" is rare,
 * "Sun" and "Banner" are surnames and left out.
 */
export const MASTHEAD_WORDS: readonly string[] = [
  'ledger', 'times', 'post', 'herald', 'gazette', 'tribune', 'inquirer', 'enquirer', 'chronicle', 'journal', 'daily', 'courier',
  'observer', 'standard', 'examiner', 'dispatch', 'bulletin', 'monitor', 'register', 'review', 'record', 'recorder', 'mirror',
  'express', 'guardian', 'independent', 'sentinel', 'star', 'globe', 'mail', 'nation', 'telegraph', 'news', 'argus', 'advertiser',
  'clarion', 'messenger', 'statesman', 'spectator', 'citizen', 'today', 'weekly', 'magazine', 'online', 'zeitung', 'gazeta', 'gazzetta',
  'diario', 'tribuna', 'jornal', 'kurier', 'dagbladet', 'posten', 'tidende', 'shimbun', 'ilbo',
];

/** Job titles that follow an author's name ("Jane Doe, Defence Correspondent", a line "International Correspondent"). */
export const JOURNALIST_ROLES: readonly string[] = [
  'correspondent', 'editor', 'reporter', 'writer', 'journalist', 'producer', 'analyst', 'columnist', 'contributor', 'presenter',
  'anchor', 'photographer', 'photojournalist', 'commentator', 'blogger', 'host', 'publisher', 'freelancer', 'stringer', 'intern',
  'fellow', 'researcher', 'chief', 'staff',
];

/** The last word of a credit that names a desk, not a person: "Web Desk", "Staff Writer", "News Agencies". */
export const DESK_HEADS: readonly string[] = [...JOURNALIST_ROLES, 'desk', 'bureau', 'team', 'newsroom', 'agencies', 'agency', 'report', 'reporters', 'writers', 'correspondents'];

/** Words that label a picture's credit or caption: "Picture: Getty", "Photo by: AFP", "Image source, Reuters". */
export const PICTURE_LABELS: readonly string[] = ['picture', 'pictures', 'photo', 'photos', 'photograph', 'photographs', 'image', 'images', 'credit', 'credits', 'source', 'media', 'video'];

/** Credits for work on the story, at its end: not its byline ("(Reporting by …; Editing by …)"). */
export const CONTRIBUTION_CREDITS: readonly RegExp[] = [
  /contributed (?:to )?(?:this|the) (?:report|story|article)/i,
  /^(?:[—–-]\s*)?\(?(?:(?:additional )?(?:reporting|writing|editing|compiled|edited|translated) by|with (?:inputs|reporting|additional reporting) from)\b/i,
];

/** Verbs that open a byline: "By", "Written by", "Reported by", "Words by", "Story by". */
export const BYLINE_OPENERS: readonly string[] = ['by', 'written by', 'reported by', 'words by', 'story by', 'posted by', 'text by', 'compiled by', 'author', 'authors'];

/** Labels that open a byline only with a colon: "Text: Jane Doe/TT", "Words: Jane Doe", "Reporter: Jane Doe". */
export const BYLINE_LABELS: readonly string[] = ['text', 'words', 'story', 'report', 'reporting', 'reporter', 'reporters', 'writer', 'journalist', 'correspondent'];

/** Verbs between a name and where or for whom it reports: "Jane Doe reports from Kyiv", "Jane Doe, writing from Lagos". */
export const REPORTING_VERBS: readonly string[] = ['reports', 'reporting', 'writes', 'writing', 'filed', 'files'];

/** Counters a page prints beside its date, never part of it: "Count : 85", "Views: 1,204", "Comments 3". */
export const COUNTER_LABELS: readonly string[] = ['count', 'views', 'view', 'hits', 'reads', 'read', 'comments', 'comment', 'shares', 'likes'];

/** Words that head page sections and kickers, never a name: "World News", "Middle East", "Live Updates". */
export const SECTION_WORDS: readonly string[] = [
  'news', 'world', 'politics', 'business', 'opinion', 'analysis', 'live', 'breaking', 'exclusive', 'video', 'videos', 'watch', 'latest',
  'home', 'sport', 'sports', 'defence', 'defense', 'security', 'military', 'war', 'conflict', 'crisis', 'region', 'national',
  'international', 'local', 'feature', 'features', 'explainer', 'special', 'report', 'updates', 'update', 'middle', 'east', 'west',
  'north', 'south', 'asia', 'africa', 'europe', 'americas', 'pacific', 'global', 'top', 'stories', 'story', 'more', 'photos', 'gallery',
  'podcast', 'premium', 'subscriber', 'only', 'advertisement', 'sponsored', 'trending', 'popular', 'region', 'diplomacy', 'economy',
];

/** Labels that stand alone on a line and introduce related links: "Read more:", "Related". */
export const LINK_LABELS: readonly string[] = [
  'read more', 'more', 'related', 'see also', 'also read', 'read also', 'watch', 'listen', 'recommended', 'read next', 'trending',
  'most read', 'most viewed', 'most popular', 'latest', 'top stories', 'more on this', 'related stories', 'related articles',
  'related news', 'you may also like', 'you might also like', 'further reading', 'more from', 'also see', 'editor\'s picks',
];

/**
 * Page furniture: lines a news page prints around an article that are not its text (promotions,
 * sign-offs, source links, reading-time notes, share buttons). Each pattern matches a whole line.
 */
export const PAGE_FURNITURE: readonly RegExp[] = [
  /\bfollow (?:us|our)\b.*\b(?:channel|twitter|facebook|instagram|telegram|whatsapp|google news|linkedin|youtube|tiktok|app)\b/i,
  /^(?:continue|keep) reading\b/i,
  /^(?:click|tap) here\b/i,
  /^(?:sign up|subscribe|register|log ?in|download (?:our|the)|get (?:our|the) (?:app|newsletter)|join (?:our|us))\b.{0,120}$/i,
  /^(?:source|via|originally published (?:at|on|by)|this (?:article|story) (?:was|first) (?:originally )?(?:published|appeared))\b.*(?:https?:\/\/|www\.)/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\S+@\S+\.[a-z]{2,}$/i,
  /^[[(]?(?:end|ends|fin|enditem)[\])]?(?:\s*\/\s*[a-z]{1,4})?\.?$/i,
  /^(?:-+\s*30\s*-+|#{3,}|\*{3,})$/,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:advertisement|advertisements|sponsored(?: content)?|story continues(?: below)?(?: advertisement)?|scroll (?:down )?to continue\b.*)$/i,
  /^(?:share|share this(?: article| story)?|print|e-?mail|comments?|save|bookmark|copy link|copied)$/i,
  /^(?:estimated )?read(?:ing)? time\b.{0,30}$/i,
  /^\d+\s*(?:-\s*\d+\s*)?min(?:ute)?s?\.? read$/i,
  /^listen to (?:this|the) (?:article|story)\b.{0,30}$/i,
  /^(?:we are|we're) (?:now )?on (?:whatsapp|telegram|google news)\b/i,
  /^for (?:the latest|more) (?:news|headlines|updates)\b.{0,120}$/i,
];

/**
 * Does a résumé sentence show that the person HAS a skill it names, or only that they want, plan,
 * study or lack it, or that somebody else (another team) did the work? Pure string rules, all bounded:
 * every regex runs on one line or one clause of at most MAX_CLAUSE_CHARS characters, none has nested
 * quantifiers.
 *
 * The rules are general language patterns, in four families:
 *  - intent sections: a heading such as "Objective", "Career goals", "Currently learning", "Interests";
 *  - intent labels: a line that starts "Goals: …", "Learning: …", "Next: …";
 *  - intent cues before the mention in its clause ("seeking", "plan to", "currently learning", "interested
 *    in", "no experience with", "want to", …) or right after it ("(in progress)", "— not yet", "(expected 2026)");
 *  - other people's work: the mention names another team ("worked alongside the ML team") or the sentence's
 *    subject is another team or company ("The data science team built …").
 */

/** Longest stretch of text a cue regex ever reads. */
export const MAX_CLAUSE_CHARS = 400;
const MAX_HEADING_CHARS = 60;

export type ResumeSectionKind = 'intent' | 'held';

/** Headings of sections that state goals, plans, studies or interests: nothing in them is a skill held. */
const INTENT_HEADING =
  /^(?:(?:my |career |professional |personal |learning |development |growth |short[ -]term |long[ -]term |future |next )?(?:objectives?|goals?|aims?|aspirations?|ambitions?|plans?|interests?|focus areas?)|(?:career|professional|personal) (?:focus|direction|development)|(?:areas? of|fields? of) interest|what i(?:'m| am) (?:looking for|learning|seeking|working on|exploring)|looking for|seeking|next steps?|what'?s next|currently (?:learning|studying|exploring|reading)|learning(?: now| in progress| path| plan| roadmap)?|now learning|in progress|studying|skills? (?:i(?:'m| am) (?:building|developing|learning)|to (?:develop|learn|build|acquire))|(?:growth|development|improvement) areas?|(?:skill|skills) gaps?|gaps|target (?:role|roles|position)|where i(?:'m| am) (?:headed|going))$/;

/** Normalised heading text: lower case, without markdown marks, bullets or a trailing colon. */
function headingText(line: string): string {
  return line
    .toLowerCase()
    .replace(/[*_#]+/g, ' ')
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:.\-–—]+$/, '')
    .trim();
}

/** No lower-case ASCII letter and at least three capitals ("EXPERIENCE", "SKILLS & TOOLS"). */
function isAllCaps(s: string): boolean {
  return !/[a-z]/.test(s) && /(?:[A-Z][^A-Z]*){3}/.test(s);
}

/** Headings that open a section of what the person has done or holds (only needed to tell a bare line is a heading). */
const HELD_HEADING =
  /^(?:(?:work |professional |relevant |employment |career |technical |core |key |selected |notable |other )?(?:experience|history|skills|competencies|certifications?|licen[cs]es?|education|projects|achievements|accomplishments|summary|profile|highlights|volunteering|volunteer work|publications|awards|tools|technologies|tech stack|languages|training|expertise|strengths|employment)|about(?: me)?|experience & skills|skills & tools|certifications & training|licenses & certifications)$/;

/**
 * The kind of section a line opens, or null when the line is not a heading. A heading is short, is
 * not a bullet and has no sentence end; it ends in a colon, is ALL CAPS or marked up ("## Goals",
 * "**Skills**"), or is worded as a known résumé heading.
 */
export function resumeHeading(rawLine: string): ResumeSectionKind | null {
  const line = rawLine.trim();
  if (line.length < 3 || line.length > MAX_HEADING_CHARS) return null;
  if (/^(?:[•◦▪·*+-]\s|\d{1,2}[.)]\s)/.test(line) || /[.!?,;]$/.test(line)) return null;
  const colon = line.endsWith(':');
  const marked = /^(?:#{1,6} |\*\*|__)/.test(line);
  const h = headingText(line);
  if (h.length === 0 || h.split(' ').length > 6 || /[:.,;]/.test(h)) return null;
  if (INTENT_HEADING.test(h)) return 'intent';
  if (colon || marked || isAllCaps(line) || HELD_HEADING.test(h)) return 'held';
  return null;
}

/** "Goals: …", "Currently learning: …", "Next: …": a labelled line that states intent, whatever follows. */
const INTENT_LABEL =
  /^[\s•◦▪·*+-]{0,4}(?:(?:my |career |learning |next |short[ -]term |long[ -]term )?(?:objectives?|goals?|aspirations?|ambitions?|plans?|interests?)|(?:currently |now )?(?:learning|studying|exploring)|in progress|next(?: steps?| up)?|to learn|target role|seeking|looking for|skills? (?:to (?:develop|learn|build))|(?:growth|development) areas?|gaps?)\s*(?:\([^)]{0,40}\))?\s*[:–—]\s*\S/i;

export function isIntentLabelLine(line: string): boolean {
  return INTENT_LABEL.test(line.slice(0, 120));
}

/*
 * Cues before a mention, in its clause. Families: goals and plans; learning (not done yet); interest;
 * lack of experience. "machine learning" is a skill, so bare "learning" only counts after a word that
 * makes it an activity ("currently learning", "I am learning").
 */
const GOAL = String.raw`\b(?:goals?|aims?\b|objectives?|ambitions?|aspir(?:e|es|ing|ations?)|seek(?:s|ing)?|looking (?:to|for)|hop(?:e|es|ing) to|plan(?:s|ning)? to|intend(?:s|ing)? to|want(?:s|ing)? to|would (?:like|love) to|i'?d (?:like|love) to|eager to|keen to|excited to|aim(?:s|ing)? to|working towards?|(?:transition|transitioning|move|moving|pivot|pivoting|grow|growing|step|stepping)(?: \w+){0,2} into|to become|next (?:step|role|chapter)|target(?:ing)? (?:role|roles|position)|dream)`;
const LEARNING = String.raw`\b(?:(?:i am|i'm|am|currently|now|actively|still|also|presently) (?:learning|studying|taking|enrolled|exploring|reading up on|teaching myself|self-studying|working through|completing|pursuing|preparing)|enroll(?:ed|ing)? in|signed up for|working through|preparing for|studying for|teaching myself|self-taught basics of|taking (?:an? |the )?(?:\w+ ){0,3}(?:course|class|bootcamp|program|certification)|learning (?:the )?(?:basics|fundamentals) of|upskilling in|in the process of)`;
const INTEREST = String.raw`\b(?:interested in|interest in|interests? (?:include|are)|curious about|curiosity about|fascinated by|intrigued by|exploring|enthusiast|drawn to|would love)`;
const LACK = String.raw`\b(?:not yet|no (?:\w+ )?(?:experience|exposure|background|knowledge)|never (?:used|worked|done|led|managed|had)|haven'?t|have not|has not|hasn'?t|limited (?:experience|exposure|knowledge)|little (?:experience|exposure)|lack(?:s|ing)?|new to|unfamiliar with|gaps? in|yet to)`;
const PRE_CUE = new RegExp(`${GOAL}|${LEARNING}|${INTEREST}|${LACK}`, 'i');

/** Right after a mention, before the clause ends: "(in progress)", "- learning", "(expected 2026)", ": not yet". */
const POST_PAREN_CUE = /^[^,;.\n(]{0,60}\(\s*(?:in progress|ongoing|learning|studying|planned|expected|goal|target|next|enrolled|pending|future)\b/i;
const POST_CUE =
  /^[^,;.\n]{0,24}?(?:[-–—:]\s*(?:in progress|learning|studying|planned|not yet|next)\b|\b(?:in progress|not yet|is next|are next|next on my list|is my next|planned for|expected (?:in |by )?(?:\w+ )?\d{4}|(?:is|are) (?:a |my )?(?:goal|gap)))/i;

/*
 * What ends an intent cue's reach inside a sentence: a clause mark, a contrast, a "with N years" phrase,
 * or a coordinated clause with a verb of done work ("…, and shipped", "but I led").
 */
const DONE_VERB = String.raw`(?:built|led|shipped|delivered|managed|designed|ran|owned|developed|implemented|created|launched|migrated|maintained|wrote|deployed|architected|operated|automated|reduced|improved|drove|coordinated|mentored|used|worked|run|spent|completed|earned|hold|held)`;
const RESET = new RegExp(
  String.raw`[;!?]|\.\s|\s[-–—]\s|—|\b(?:but|while|whereas|although|though|after|having|bringing|currently)\b|\bwith (?:\d+\+?|over|more than|nearly|almost|several|many|a decade|ten|five|six|seven|eight|nine)\b(?: \w+){0,3} years?\b|(?:,|\band\b) (?:i |i've |i have |have |also )*` + DONE_VERB + String.raw`\b`,
  'gi',
);

/** Whether the clause text before a mention (from its sentence start) holds an intent cue that still reaches it. */
export function intentBefore(prefix: string): boolean {
  const p = prefix.length > MAX_CLAUSE_CHARS ? prefix.slice(prefix.length - MAX_CLAUSE_CHARS) : prefix;
  let from = 0;
  RESET.lastIndex = 0;
  for (let m = RESET.exec(p); m; m = RESET.exec(p)) {
    // "currently" resets an earlier cue but may start its own ("… ; currently learning X").
    from = m[0].toLowerCase() === 'currently' ? m.index : m.index + m[0].length;
    if (m[0].length === 0) RESET.lastIndex++;
  }
  return PRE_CUE.test(p.slice(from));
}

/** Whether the text right after a mention marks it as planned, in progress or missing. */
export function intentAfter(suffix: string): boolean {
  const s = suffix.slice(0, 80);
  return POST_PAREN_CUE.test(s) || POST_CUE.test(s);
}

/*
 * Other people's work. A mention that names a team ("the ML team", "data science engineers") is the
 * team's field, not the person's skill, unless the person led or belonged to that team.
 */
const TEAM_HEAD = String.raw`(?:teams?|groups?|departments?|orgs?|organi[sz]ations?|squads?|engineers|scientists|researchers|analysts|specialists|experts|colleagues|counterparts|folks|people|staff|vendors?|contractors?|consultants?|partners?)`;
/** After the mention: up to three words (no preposition or verb-like link), then a team noun. */
const NAMES_TEAM = new RegExp(
  String.raw`^(?:[\s/&,-]+(?!(?:for|to|with|on|in|at|by|of|from|that|which|who|using|across|into|via|and then|as)\b)[\w+#.'’-]+){0,3}?[\s/&,-]+${TEAM_HEAD}\b`,
  'i',
);
/** Before the mention: the person led, joined or belonged to the team ("led the ML team", "member of the data team"). */
const OWN_TEAM = /\b(?:my|led|lead|leading|leads|managed|managing|manage|ran|run|running|headed|heading|founded|built|building|grew|joined|member of|part of|on|in|within|our own)\s+(?:(?:the|a|an|our|new|small|global|core)\s+){0,2}(?:[\w+#/&-]+\s+){0,2}$/i;

export function namesOtherTeam(before: string, after: string): boolean {
  if (!NAMES_TEAM.test(after.slice(0, 60))) return false;
  return !OWN_TEAM.test(before.slice(-60));
}

/** "The data science team built …", "Acme's ML group trained …": a sentence about another team's work, told without "I"/"my". */
const OTHER_SUBJECT = new RegExp(
  String.raw`^[\s•◦▪·*+-]{0,4}(?:the|their|its|that|another|a separate|an? (?:internal|external|partner|sister)|[A-Z][\w&.-]*'s)\s+(?:[\w&/+#.-]+\s+){0,4}?(?:${TEAM_HEAD}|company|firm|client|customer|vendor)\b`,
  'i',
);
const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|me|my|myself)\b/i;

/** "…the DevOps team, who built our deployment pipelines …": a relative clause telling what another team did. */
const OTHER_CLAUSE = new RegExp(String.raw`\b${TEAM_HEAD},?\s+(?:who|which|that)\s+(?![^;]*\b(?:i|my|me)\b)[^;]*$`, 'i');

export function inOtherTeamClause(before: string): boolean {
  return OTHER_CLAUSE.test(before.slice(-MAX_CLAUSE_CHARS).replace(/’/g, "'"));
}

/**
 * Whether the mention's clause (the sentence up to the mention, then on to the next ";") tells another team's
 * work. A clause mark before the mention puts it in a later clause, which the rule does not reach.
 */
export function aboutOtherTeam(sentenceBefore: string, after: string): boolean {
  if (sentenceBefore.length > MAX_CLAUSE_CHARS || /[;]/.test(sentenceBefore)) return false;
  const end = after.search(/[;]/);
  const clause = `${sentenceBefore}${end < 0 ? after : after.slice(0, end)}`.replace(/’/g, "'");
  return OTHER_SUBJECT.test(clause) && !FIRST_PERSON.test(clause);
}

/*
 * Role header lines: "Backend Engineer — Quill Logistics (2016–2020)", "Canopy Analytics · Full-time".
 * What follows the title is the employer's name: "Logistics", "Analytics" there name a company, not a skill.
 */
const DATE_RANGE = /\b(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:19|20)\d{2}|present|now|today|current)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b/i;
const EMPLOYMENT_TYPE = /\s·\s(?:full[- ]time|part[- ]time|contract|freelance|internship|self[- ]employed|seasonal|apprenticeship)\b/i;
const EMPLOYER_SEPARATOR = /\s[—–|@·-]\s|,\s|\sat\s|\*\*\s*[—–-]/;

/** In a role header line, the offset (within the line) where the employer's name begins; -1 when the line is no role header. */
export function employerStart(line: string): number {
  const l = line.slice(0, 200);
  if (EMPLOYMENT_TYPE.test(l)) return 0;
  if (!DATE_RANGE.test(l)) return -1;
  const sep = EMPLOYER_SEPARATOR.exec(l);
  return sep ? sep.index : -1;
}

/** Words that show a domain (healthcare, fintech) as the person's own field, not only a company's product. */
const DOMAIN_CUE = /\b(?:experience|experienced|background|years?|worked|working|career|expertise|speciali[sz]ed|specialising|specializing|industry|sector|domain|knowledge)\b/i;

export function hasDomainCue(sentence: string): boolean {
  return DOMAIN_CUE.test(sentence.slice(0, MAX_CLAUSE_CHARS));
}

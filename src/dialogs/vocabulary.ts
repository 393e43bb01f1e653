/**
 * The words people type, mapped to what they mean. Matched against normalized text
 * (lower case, no punctuation, apostrophes dropped: "don't" -> "dont").
 */
import type { CriterionId } from '../rules';

export type Command =
  | 'help'
  | 'why'
  | 'back'
  | 'startOver'
  | 'stop'
  | 'summary'
  | 'change'
  | 'setup'
  | 'request'
  | 'done'
  | 'greet';

/** Whole-message patterns: a command must be the whole message, so "no" stays an answer. */
export const commandPatterns: Array<[Command, RegExp]> = [
  ['help', /^(help|help me|help please|please help|i need help|what can i (say|do|type)|how does this work|menu|options|commands|instructions please|huh|what|\?)$/],
  ['why', /^(why|why (do|would) you (ask|need to know|want to know)( that| this)?|why does (it|this|that) matter|why is (that|this|it) (important|relevant|needed)|why is that|why ask|why are you asking( that| this)?|why does that matter|what does (that|it) matter|why do you need (that|this|to know))$/],
  ['back', /^((go )?back|go back one|previous( question)?|last question|undo|oops|one step back|step back)$/],
  ['startOver', /^(start over|start again|restart|reset|begin again|start from scratch|from the (start|beginning|top)|new conversation|lets start over|can we start over|start over please)$/],
  ['stop', /^(stop|cancel|quit|exit|end|bye|goodbye|good bye|never ?mind|forget it|stop please|please stop|cancel please|i want to stop|lets stop|stop it)$/],
  ['summary', /^(what did i (say|tell you|answer)|what have i (said|told you|answered)|my answers|show( me)? my answers|summary|recap|what do you know( so far)?)$/],
  ['change', /^(change|change (an|my|one|that|the) answers?|change answers|change something|i want to change (an|my|that) answers?|edit( my)? answers?|correct (an|my) answer|i made a mistake|fix (an|my) answer)$/],
  ['setup', /^(how do i set (it|this) up|how (do i|to) set up|set (it|this) up|setup|set up|how to configure|settings|server settings|which ports?|ports?|setup instructions)$/],
  ['request', /^(submit a request|request|talk to (a|an) (person|human|agent|someone)|speak to (a|an) (person|human|agent|someone)|human|agent|a person|real person|contact support|support|get help from a person)$/],
  ['greet', /^(hi|hello|hey|hiya|hey there|hi there|hello there|yo|howdy|good (morning|afternoon|evening|day)|greetings)$/],
  ['done', /^(done|thats all|thats it|im done|i am done|finished|all done|all good|thanks|thank you|thank you so much|thanks a lot|thx|ty|cheers|great thanks|perfect thanks|ok thanks|okay thanks)$/],
];

export const unsurePattern =
  /^(not sure|unsure|dont know|i dont know|i do not know|do not know|dunno|no idea|i have no idea|idk|skip|skip (it|this|this one|that)|pass|no clue|not certain|im not sure|i am not sure|maybe|hard to say|no clue really|not a clue|cant say|who knows|not sure really)$/;

export const yesWords = new Set([
  'yes', 'y', 'yep', 'yeah', 'yea', 'yup', 'ya', 'yah', 'sure', 'correct', 'right', 'true', 'absolutely',
  'definitely', 'certainly', 'indeed', 'affirmative', 'ok', 'okay', 'yes please', 'of course', 'i do',
  'i have', 'i am', 'it does', 'it is', 'that is right', 'thats right', 'uh huh', 'aye', 'totally',
]);

export const noWords = new Set([
  'no', 'n', 'nope', 'nah', 'never', 'negative', 'not really', 'not at all', 'i dont', 'i do not',
  'it doesnt', 'it does not', 'it isnt', 'it is not', 'im not', 'i am not', 'i havent', 'i have not',
  'not me', 'no it doesnt', 'no i dont', 'nay', 'no way', 'definitely not', 'certainly not', 'not that i know of',
]);

export const ordinals: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5,
  one: 1, two: 2, three: 3, four: 4, five: 5,
};

/**
 * Phrases that point to one answer of one question. `anywhere` cues are clear enough to
 * take from a description ("I read my mail on my iPhone and my laptop"); the others only
 * count as an answer to that question while it is being asked ("me", "slow").
 */
export const answerCues: Array<{ criterion: CriterionId; value: string; cue: RegExp; anywhere: boolean }> = [
  { criterion: 'devices', value: 'severalDevices', anywhere: true, cue: /\b(several|multiple|many|different|various|lots of|two|three|all my|both( my)?) (computers?|devices?|machines?|places|gadgets)\b/ },
  { criterion: 'devices', value: 'severalDevices', anywhere: false, cue: /^(several|multiple|many|lots|all of them|both|more than one|a few|everywhere)\b/ },
  { criterion: 'devices', value: 'oneComputer', anywhere: true, cue: /\b(one|a single|only one|just one|only my|just my|only the|just the|only on my|just on my|only on one|just on one|only use one|only the one)\b.{0,20}\b(computer|pc|laptop|mac|macbook|imac|desktop|machine)\b|\bone computer\b/ },
  { criterion: 'devices', value: 'oneComputer', anywhere: false, cue: /^(one|just one|only one|single|one only|only the one|just the one|just that one)$/ },
  { criterion: 'devices', value: 'webmail', anywhere: true, cue: /\bweb ?mail\b|\bin (the|my|a) (web )?browser\b|\bon the web\b/ },

  { criterion: 'program', value: 'no', anywhere: true, cue: /\b(doesnt|does not|dont|cant|cannot|wont|will not) (support|work with|do|handle|use) imap\b|\bonly (does|supports|works with|speaks) pop\b|\bno imap\b|\bpop only\b/ },
  { criterion: 'program', value: 'yes', anywhere: true, cue: /\b(outlook|apple mail|mac mail|thunderbird|windows mail|iphone mail|ios mail|gmail app|spark|em client|mailbird|airmail|the mail app)\b|\b(supports?|works? with|does|can do|handles) imap\b/ },

  { criterion: 'popToday', value: 'leaveOnServer', anywhere: true, cue: /\b(leave|leaves|keep|keeps|leaving|keeping) (a )?(copy|copies|messages?|mails?|emails?)( of (my|the) (messages?|mails?|emails?))? on the server\b/ },
  { criterion: 'popToday', value: 'satisfied', anywhere: true, cue: /\b(happy|satisfied|fine|content|good|ok|okay) with pop\b|\bpop (works|is) (fine|great|good|well|ok)\b|\bi (like|love) pop\b/ },
  { criterion: 'popToday', value: 'satisfied', anywhere: false, cue: /^(yes )?(happy|satisfied|its fine|it works|works (fine|well|great)|im happy( with it)?|happy with it)$/ },
  { criterion: 'popToday', value: 'no', anywhere: true, cue: /\b(dont|do not|never) use pop\b|\bi use imap( already| now)?\b/ },

  { criterion: 'backups', value: 'self', anywhere: true, cue: /\b(my own|i make|i do my own|i keep my own|i handle( my)?|i take care of( my)?) backups?\b|\bi back (it |them |everything |my (mail|email|computer) )?up\b|\btime machine\b/ },
  { criterion: 'backups', value: 'self', anywhere: false, cue: /^(me|myself|i do|i will|i make them|my own|me myself|i back up|i do it)$/ },
  { criterion: 'backups', value: 'server', anywhere: true, cue: /\b(backed up|backups?) (on|by) the server\b|\bserver (to )?back(s)? (it |them )?up\b|\bpeace of mind\b/ },
  { criterion: 'backups', value: 'server', anywhere: false, cue: /^(the )?(server|email server|automatic|automatically|you|livebooks|the cloud|online|cloud|you do|server please)$/ },

  { criterion: 'storage', value: 'shortOfSpace', anywhere: true, cue: /\b(short (of|on) (space|storage)|(little|not much|limited|low on|running out of) (space|storage|room|disk)|(disk|storage|phone|drive|laptop|hard drive) is (full|almost full|nearly full|small))\b/ },
  { criterion: 'storage', value: 'shortOfSpace', anywhere: false, cue: /^(space|short of space|no space|little space|low space|saving space|my device|device)$/ },
  { criterion: 'storage', value: 'noLimits', anywhere: true, cue: /\b(dont|do not|rather not|never) (want to )?(watch|check|worry about|think about|keep an eye on) (a |the |my )?(mailbox |storage |size )*(limits?|quota)\b/ },
  { criterion: 'storage', value: 'noLimits', anywhere: false, cue: /^(limits?|no limits|the limit|mailbox limit|size limit|quota|not watching limits)$/ },

  { criterion: 'spamShield', value: 'yes', anywhere: true, cue: /\bspam ?shield\b/ },

  { criterion: 'connection', value: 'yes', anywhere: true, cue: /\b(slow|sluggish|patchy|poor|bad|weak|spotty|unreliable) (internet|connection|broadband|wifi|wi fi|network)\b|\b(internet|connection|broadband|wifi|network) is (slow|sluggish|patchy|poor|bad|weak|spotty|unreliable)\b|\bdial ?up\b|\bsatellite internet\b/ },
  { criterion: 'connection', value: 'yes', anywhere: false, cue: /^(slow|very slow|quite slow|pretty slow|a bit slow|sometimes|sluggish|patchy|poor|bad|dial ?up|satellite|it is slow|its slow)$/ },
  { criterion: 'connection', value: 'no', anywhere: false, cue: /^(fast|quick|fine|good|great|fibre|fiber|broadband|speedy|ok|okay|decent|not slow|its fine|it is fine|its fast)$/ },
];

/** Device words, to recognise "my phone and my laptop" as several devices. */
export const deviceKinds: Array<[string, RegExp]> = [
  ['computer', /\b(computers?|pcs?|desktops?|laptops?|macs?|macbooks?|imacs?|notebooks?|work computer|home computer)\b/],
  ['phone', /\b(phones?|iphones?|android|mobile|smartphones?|cell)\b/],
  ['tablet', /\b(tablets?|ipads?|kindle)\b/],
];

/** Words that make a clause negative ("I don't use webmail"). */
export const negation = /\b(dont|do not|never|not|no|without|nor|doesnt|isnt|arent|havent)\b/;

export const accountAgeCues = {
  before: /\b(before|earlier|prior|ages ago|years ago|long ago|old account|a long time|yes before)\b/,
  after: /\b(after|later|recently|new account|last year|this year|newer|since)\b/,
};

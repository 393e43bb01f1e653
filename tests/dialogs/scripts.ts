/**
 * Conversations as data: what the person says and what the bot's replies must (and must
 * not) contain. Each script runs in-process (botbuilder TestAdapter) and over HTTP against
 * the real server, so both paths show the same behaviour.
 */
export interface Step {
  say: string;
  /** Every pattern must appear in the replies to this message. */
  expect: RegExp[];
  /** No pattern may appear. */
  reject?: RegExp[];
}
export interface Script {
  name: string;
  steps: Step[];
}

const Q = {
  eligibility: /did you create your liveBooks account before 6 August 2015\?/,
  devices: /Where do you read your email\?/,
  program: /Does your email program work with IMAP\?/,
  popToday: /Do you use POP today\?/,
  backups: /Who should keep your email backed up\?/,
  storage: /Which sounds more like you\?/,
  spamShield: /Do you use SpamShield Pro\?/,
  connection: /Is your Internet connection slow\?/,
};
const IMAP = /I recommend IMAP\./;
const POP = /I recommend POP\./;
const anyAdvice = /I recommend (IMAP|POP)/;
const welcome = /help you choose between POP and IMAP/;
export const questions = Q;

export const scripts: Script[] = [
  {
    name: 'several devices: IMAP after two questions, with reasons, caveats and follow-ups',
    steps: [
      { say: 'hi', expect: [welcome, Q.eligibility] },
      { say: 'Yes, before then', expect: [Q.devices] },
      { say: 'On several computers, phones or tablets', expect: [Q.program] },
      { say: 'yes', expect: [IMAP, /in sync/, /storage limit/, /automatic email/, /How do I set it up\?/, /Submit a request/] },
      { say: 'How do I set it up?', expect: [/imap\.livebooks\.com`?, port 993/, /port 465/, /587/, /Apple Mail/, /Outlook/, /email-setup/] },
      { say: 'Submit a request', expect: [/requests\/new/] },
      { say: 'Done', expect: [/Did this help\?/] },
      { say: 'yes', expect: [/thanks for letting me know/] },
    ],
  },
  {
    name: 'one computer and own backups: POP with its caveat and POP setup',
    steps: [
      { say: 'hello', expect: [Q.eligibility] },
      { say: 'yep', expect: [Q.devices] },
      { say: 'just my laptop', expect: [Q.popToday], reject: [Q.program] },
      { say: 'yes', expect: [/Which one fits best\?/, Q.popToday], reject: [/didn't catch that/] },
      { say: 'No', expect: [Q.backups] },
      { say: 'I make my own backups', expect: [POP, /one computer only/, /removed from the server/] },
      { say: 'setup', expect: [/pop\.livebooks\.com`?, port 995/] },
    ],
  },
  {
    name: 'the hard rule: a program without IMAP means POP, with a caveat for other devices',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'before', expect: [Q.devices] },
      { say: '3', expect: [Q.program] },
      { say: "No, it doesn't", expect: [POP, /can't use IMAP/, /other devices/], reject: [IMAP] },
    ],
  },
  {
    name: 'everyday yes/no and not-sure forms are understood',
    steps: [
      { say: 'hey', expect: [Q.eligibility] },
      { say: 'Yeah!', expect: [Q.devices] },
      { say: "dunno", expect: [Q.program] },
      { say: 'I do.', expect: [Q.popToday] },
      { say: 'nah', expect: [Q.backups] },
      { say: "don't know", expect: [Q.storage] },
      { say: 'skip', expect: [IMAP, /generally recommends IMAP/] },
    ],
  },
  {
    name: 'unrecognised input is re-asked with an example, then with the hint, then skipping is offered, then skipped',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'purple elephants', expect: [/didn't catch that/, /for example "On one computer only"/, Q.devices] },
      // The second miss is put differently, with the question's hint, never the same words twice.
      { say: 'qwerty', expect: [/put it another way/, /just my laptop/, Q.devices], reject: [/didn't catch that/] },
      { say: 'banana', expect: [/skip this one/, Q.devices], reject: [/didn't catch that/] },
      { say: 'zzz', expect: [/skip that one/, Q.program] },
    ],
  },
  {
    name: 'interruptions at the first question: help, why, back, what did I say',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'help', expect: [/You can also say/, Q.eligibility] },
      { say: 'why do you ask?', expect: [/only to liveBooks accounts created before 6 August 2015/, Q.eligibility] },
      { say: 'back', expect: [/first question already/, Q.eligibility] },
      { say: 'what did I say', expect: [/haven't answered any questions yet/, Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
    ],
  },
  {
    name: 'interruptions in the middle: why, help, what did I say, back, stop',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'one computer', expect: [Q.popToday] },
      { say: 'Why?', expect: [/Why I ask: If POP works well for you/, Q.popToday] },
      { say: 'help me', expect: [/You can also say/, Q.popToday] },
      { say: 'what did I say?', expect: [/Where you read email: On one computer only/, Q.popToday] },
      { say: 'wait, go back', expect: [/go back/, Q.devices], reject: [Q.popToday] },
      { say: 'several devices', expect: [Q.program] },
      { say: 'why do you ask', expect: [/Why I ask: If your program can't use IMAP/, Q.program] },
      { say: 'stop', expect: [/stopped and forgotten your answers/], reject: [Q.devices, anyAdvice] },
      { say: 'hi', expect: [/Hi again/, Q.eligibility], reject: [welcome] },
    ],
  },
  {
    name: '"no" is an answer and "stop" is not; "start over" after the recommendation starts afresh',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'no', expect: [/doesn't apply to yours/, /requests\/new/], reject: [anyAdvice] },
      { say: 'back', expect: [Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'webmail', expect: [Q.program] },
      { say: 'sure', expect: [IMAP, /Web Mail/] },
      { say: 'why', expect: [/Here's why I recommend IMAP/, /Web Mail/] },
      { say: 'help', expect: [/You can also say/] },
      { say: 'what did I say', expect: [/On a computer and in Web Mail/, /works with IMAP/] },
      { say: 'start over', expect: [/start over/, Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
    ],
  },
  {
    name: 'back after the recommendation reopens the last question',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'several devices', expect: [Q.program] },
      { say: 'yes', expect: [IMAP] },
      { say: 'back', expect: [Q.program] },
      { say: 'no', expect: [POP, /That changes my recommendation from IMAP to POP/] },
    ],
  },
  {
    name: 'changing an answer with the button, and in words after the recommendation',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'several', expect: [Q.program] },
      { say: 'yes', expect: [IMAP] },
      { say: 'Change an answer', expect: [/Which answer would you like to change\?/, /Where you read email/, /Your program and IMAP/] },
      { say: '1', expect: [Q.devices] },
      { say: 'On one computer only', expect: [/Updated: you read email on one computer only/, Q.popToday] },
      { say: "Yes, and I'm happy with it", expect: [Q.backups] },
      { say: 'me', expect: [POP, /from IMAP to POP/] },
      { say: 'actually I use my phone and my laptop', expect: [/Updated: you read email on several devices/, /from POP to IMAP/, IMAP] },
      { say: 'I use my phone and my laptop', expect: [/That's what you told me already/] },
    ],
  },
  {
    name: 'an account created after the cutoff gets no POP/IMAP advice, only the request link',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'No, on or after then', expect: [/doesn't apply to yours/, /requests\/new/], reject: [anyAdvice, Q.devices] },
      { say: 'several devices', expect: [/doesn't apply to yours/], reject: [anyAdvice] },
      { say: 'done', expect: [/Thanks for chatting/] },
    ],
  },
  {
    name: 'not sure about the account date: a hint, then the interview goes on',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: 'not sure', expect: [/welcome email/, Q.devices] },
    ],
  },
  {
    name: 'a descriptive first message answers several questions at once',
    steps: [
      {
        say: 'I read my mail on my iPhone and my laptop and sometimes in webmail, with Outlook',
        expect: [welcome, /Got it: you read email on several devices and your email program works with IMAP/, Q.eligibility],
      },
      { say: 'I opened it in 2012', expect: [IMAP, /in sync/], reject: [Q.devices, Q.program] },
    ],
  },
  {
    name: 'typed numbers and option words on later questions',
    steps: [
      { say: 'hi', expect: [Q.eligibility] },
      { say: '1', expect: [Q.devices] },
      { say: 'the first one', expect: [Q.popToday] },
      { say: 'Yes, and I leave copies on the server', expect: [Q.program] },
      { say: 'yes it does', expect: [Q.backups] },
      { say: 'The email server, automatically', expect: [IMAP, /designed for exactly that/, /backed up automatically/] },
    ],
  },
];

/**
 * Conversations typed the way people talk, one per class of failure the understanding must
 * not make (and each customer question in each phase). Run in-process and over HTTP with
 * the scripts of scripts.ts.
 */
import { questions as Q, type Script } from './scripts';

const IMAP = /I recommend IMAP\./;
const POP = /I recommend POP\./;
const turnedAway = /doesn't apply to yours/;
const notCaught = /didn't catch that/;
const start = (first = 'hi') => ({ say: first, expect: [Q.eligibility] });
const eligible = { say: 'yes', expect: [Q.devices] };

export const typedScripts: Script[] = [
  {
    name: 'first messages that start with "I don\'t", "No", or say "recently" or "since" are not account dates',
    steps: [
      { say: "I don't know which to choose, I have a phone and a PC", expect: [/Got it: you read email on several devices/, Q.eligibility], reject: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'I recently bought a new laptop, POP or IMAP?', expect: [/account itself was created\. Was that before 6 August 2015\?/, /Yes, before then/], reject: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'Since last week my Outlook stopped syncing', expect: [/account itself was created\. Was that before 6 August 2015\?/, /Yes, before then/], reject: [turnedAway] },
    ],
  },
  {
    name: 'not knowing the account date is "not sure", with where to find it, never "doesn\'t apply"',
    steps: [
      start(),
      { say: "I don't remember", expect: [/welcome email/, Q.devices], reject: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: "I'll check later", expect: [Q.devices], reject: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'no idea tbh', expect: [Q.devices], reject: [turnedAway] },
    ],
  },
  {
    name: 'at "Does your email program work with IMAP?" not knowing is "not sure" with the hint, never POP',
    steps: [
      start(), eligible,
      { say: 'several devices', expect: [Q.program] },
      { say: "I'm not sure what IMAP is", expect: [/not sure/, /Nearly all do/, IMAP], reject: [POP] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: 'my phone and my laptop', expect: [Q.program] },
      { say: "no clue, its whatever came with the phone", expect: [/Nearly all do/, IMAP], reject: [POP] },
    ],
  },
  {
    name: 'a customer question at a question is answered and the question asked again, nothing recorded',
    steps: [
      start(), eligible,
      { say: 'phone and laptop', expect: [Q.program] },
      { say: 'how do I set it up in Apple Mail?', expect: [/Apple Mail:/, Q.program], reject: [IMAP, POP] },
      { say: 'what is IMAP?', expect: [/keeps your mail on the liveBooks email server/, Q.program] },
      { say: 'what did I say', expect: [/Where you read email: On several computers/], reject: [/Your program and IMAP/] },
    ],
  },
  {
    name: '"what is SpamShield Pro?" is a question, not "you use SpamShield Pro"',
    steps: [
      start(), eligible,
      { say: 'just my laptop', expect: [Q.popToday] },
      { say: 'no', expect: [Q.backups] },
      { say: 'the server', expect: [Q.storage] },
      { say: 'I would rather not watch a mailbox limit', expect: [Q.spamShield] },
      { say: 'what is SpamShield Pro?', expect: [/junk mail filter/, Q.spamShield], reject: [/Got it/] },
      { say: 'what did I say', expect: [/Backups: The email server/], reject: [/SpamShield Pro: Yes/] },
    ],
  },
  {
    name: '"on the web" in another sense is not Web Mail; "only" is one computer',
    steps: [
      { say: 'Hi, I found this chat on the web. I read my mail on my PC only.', expect: [/Got it: you read email on one computer only/, Q.eligibility], reject: [/Web Mail as well/] },
    ],
  },
  {
    name: 'corrections during the interview change the answer and say so',
    steps: [
      start(), eligible,
      { say: 'just my laptop', expect: [Q.popToday] },
      { say: 'I also use my phone', expect: [/Updated: you read email on several devices/, Q.program], reject: [notCaught] },
      { say: 'yes', expect: [IMAP] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: 'one computer', expect: [Q.popToday] },
      { say: 'also I use webmail sometimes', expect: [/Updated: you use Web Mail as well as a computer/], reject: [notCaught, POP] },
    ],
  },
  {
    name: 'a first message with a year keeps everything else it says',
    steps: [
      { say: 'My account is from 2012 and I read mail on my iPhone and laptop', expect: [/Got it: you read email on several devices/, Q.program], reject: [Q.eligibility] },
    ],
  },
  {
    name: 'dates: "2 years ago" is after the cutoff, "July 2015" before it, "2015" gets one clarifying question',
    steps: [
      start(),
      { say: '2 years ago', expect: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'July 2015', expect: [Q.devices] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'September 2015', expect: [turnedAway] },
      { say: 'start over', expect: [Q.eligibility] },
      { say: 'in 2015 I think', expect: [/was it before 6 August 2015\?/], reject: [turnedAway, Q.devices] },
      { say: 'before', expect: [Q.devices] },
    ],
  },
  {
    name: 'a date typed after "it doesn\'t apply" corrects it',
    steps: [
      start(),
      { say: 'no', expect: [turnedAway] },
      { say: 'actually it was 2012', expect: [/does get this advice/, Q.devices] },
    ],
  },
  {
    name: 'clear answers in everyday words are taken, not re-asked',
    steps: [
      start(), eligible,
      { say: 'on my mac', expect: [Q.popToday], reject: [notCaught] },
      { say: 'no', expect: [Q.backups] },
      { say: 'I copy them to an external drive', expect: [POP], reject: [notCaught] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: 'my work pc and my home pc', expect: [Q.program], reject: [notCaught] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: '3 devices', expect: [Q.program], reject: [notCaught] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: 'one laptop', expect: [Q.popToday] },
      { say: 'yes, for years and I am happy with it', expect: [Q.backups], reject: [notCaught, /Which one fits best/] },
      { say: 'the server', expect: [Q.storage] },
      { say: 'neither', expect: [/Which one fits best\?/, Q.storage], reject: [notCaught] },
    ],
  },
  {
    name: '"terrible" answers "Is your Internet connection slow?"',
    steps: [
      start(), eligible,
      { say: 'just my laptop', expect: [Q.popToday] },
      { say: 'no', expect: [Q.backups] },
      { say: 'the server', expect: [Q.storage] },
      { say: 'I would rather not watch a mailbox limit', expect: [Q.spamShield] },
      { say: 'yes', expect: [Q.connection] },
      { say: 'terrible', expect: [Q.program], reject: [notCaught] },
      { say: 'what did I say', expect: [/Internet connection: Yes, it is slow/] },
    ],
  },
  {
    name: 'asking for a person in everyday words reaches the request, at any point',
    steps: [
      { say: 'can I talk to a person?', expect: [/A person on our support team can help/, Q.eligibility] },
      { say: 'yes', expect: [Q.devices] },
      { say: 'speak to a human', expect: [/A person on our support team can help/, Q.devices] },
      { say: 'a real person please', expect: [/A person on our support team can help/, Q.devices] },
    ],
  },
  {
    name: 'small talk gets a fitting reply, never "didn\'t catch that", and never the same words twice in a row',
    steps: [
      start(),
      { say: 'thanks', expect: [/You're welcome/, Q.eligibility], reject: [notCaught] },
      { say: '??', expect: [/for example "Yes, before then"/, Q.eligibility], reject: [/only read text/] },
      { say: 'so which one?', expect: [/as soon as I know enough/, Q.eligibility], reject: [notCaught] },
      eligible,
      { say: 'ok', expect: [Q.devices], reject: [notCaught] },
      { say: 'ok', expect: [/don't seem to be getting this right/, Q.devices] },
      { say: 'several devices', expect: [Q.program] },
      { say: "I'm done", expect: [/A few more answers and I can give you my advice\. Or say \**stop/, Q.program], reject: [notCaught, /You're welcome/] },
      { say: 'yes', expect: [IMAP] },
      { say: 'POP or IMAP?', expect: [/My recommendation is \**IMAP/] },
      { say: 'banana', expect: [/Choose an option below/, /How do I set it up\?/] },
      { say: 'banana', expect: [/don't seem to be getting this right/, /How do I set it up\?/] },
      { say: 'banana', expect: [/put you through to a person/, /How do I set it up\?/], reject: [/don't seem to be getting this right/] },
    ],
  },
  {
    name: 'the customer\'s questions before the interview, on the not-eligible path and after the advice',
    steps: [
      { say: "what's the difference between POP and IMAP?", expect: [/With \**IMAP\** your mail stays on the server/, Q.eligibility] },
      { say: 'how do I know when I created my account?', expect: [/welcome email from liveBooks/, Q.eligibility] },
      { say: 'no', expect: [turnedAway] },
      { say: 'which is more secure?', expect: [/equally safe/, turnedAway] },
      { say: 'can I change later?', expect: [/you can change later/] },
      { say: 'start over', expect: [Q.eligibility] },
      eligible,
      { say: 'several devices', expect: [Q.program] },
      { say: 'yes', expect: [IMAP] },
      { say: 'what ports do I need?', expect: [/imap\.livebooks\.com, port 993/, /587/] },
      { say: 'will I lose my emails if I switch?', expect: [/You won't lose mail/] },
      { say: 'what is POP?', expect: [/downloads your mail into one email program/] },
      { say: 'and in Thunderbird?', expect: [/Thunderbird:/, /IMAP/] },
      { say: 'how about the gmail app on android', expect: [/Gmail app on Android/] },
      { say: 'and Windows Mail?', expect: [/Windows Mail:/] },
      { say: 'on my iPhone?', expect: [/iPhone and iPad Mail/] },
      { say: 'Outlook?', expect: [/Outlook:/] },
      { say: 'how do I reset my password?', expect: [/can't answer that one/, /requests\/new/] },
    ],
  },
];

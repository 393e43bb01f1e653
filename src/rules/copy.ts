/**
 * Every word the bot says, in one place, so support staff can review and change the copy
 * without reading code. Plain, friendly, short; no developer jargon.
 *
 * The `situations`, `reasons` and `caveats` come from the help article
 * "What is the difference between POP and IMAP email protocol?" (liveBooks).
 */
import type { CriterionId } from './types';

/** The article's twelve situations, in the person's terms. */
export const situations = {
  popOneComputer: 'You check your email on one computer only.',
  popOwnBackups: 'You make your own email backups.',
  popProgramWithoutImap: 'You must use an email program that does not work with IMAP.',
  popNoStorageLimits: "You'd rather not keep an eye on mailbox storage limits.",
  popSatisfied: "You've used POP before and you're happy with it.",
  imapSeveralDevices: 'You check your email on different computers or devices.',
  imapWebmail: 'You use Web Mail as well as an email program such as Apple Mail or Outlook.',
  imapSpamShield: 'You use SpamShield Pro.',
  imapServerBackup: 'You want the peace of mind of having your email backed up.',
  imapSlowConnection: 'Your Internet connection is slow.',
  imapLimitedStorage: 'Your computer or device has limited storage space.',
  imapLeaveOnServer: 'You use POP and leave messages on the server.',
} as const;
export type SituationId = keyof typeof situations;

/**
 * Why a situation speaks for its protocol. The IMAP ones are the article's explanations
 * (its lines starting with "--"); the POP ones restate the article's POP list.
 */
export const reasons: Record<SituationId, string> = {
  imapSeveralDevices:
    'You read your mail in more than one place. IMAP keeps your messages, attachments and folders in sync everywhere, and remembers what you last did with each message (read, replied, forwarded).',
  imapWebmail:
    'You use Web Mail too. IMAP keeps your messages, attachments and folders the same in Web Mail and in your email program.',
  imapSpamShield:
    'You use SpamShield Pro. IMAP works with it, so junk is filtered out before you download the whole message.',
  imapServerBackup:
    'You want your email backed up. With IMAP, your messages, attachments and folders are kept online and backed up automatically on the email server.',
  imapSlowConnection:
    'Your connection is slow. IMAP lets you choose which messages and attachments to download.',
  imapLimitedStorage:
    "Your device is short of space. IMAP keeps messages and attachments online and lets you download only the ones you need.",
  imapLeaveOnServer:
    'You use POP and leave messages on the server. IMAP is designed for exactly that, without the pitfalls of leaving messages on the server with POP.',
  popOneComputer:
    'You check your email on one computer only, so POP downloads everything to the one place you need it.',
  popOwnBackups: 'You make your own backups, so your mail stays safe on your computer with POP.',
  popProgramWithoutImap:
    "Your email program doesn't work with IMAP, so POP is the protocol it can use.",
  popNoStorageLimits:
    "You'd rather not watch mailbox storage limits. POP moves your mail to your computer, so the server's limit hardly matters.",
  popSatisfied: "You've used POP before and you're happy with it, so there's no need to change.",
};

/** Used when no answer spoke for IMAP (everything "not sure"): the article's general advice. */
export const generalImapReason =
  'liveBooks generally recommends IMAP: it keeps your mail on the server, backed up and in sync, however you read it later.';

export const caveats = {
  imapStorageLimit:
    "With IMAP the email server is your storage, so keep an eye on your mailbox storage limit by logging in to Web Mail now and then. You'll get an automatic email when you get close to the limit.",
  imapNoLimitsConflict:
    "You said you'd rather not watch storage limits. With IMAP you don't need to check every day: an automatic email warns you when you approach the limit, and deleting old mail in Web Mail frees space.",
  imapFromPop:
    "You're happy with POP today. Moving to IMAP is safe: add your account again as IMAP, check your mail is all there, then remove the old POP account.",
  imapOwnBackups: 'You can keep making your own backups with IMAP too; the server copy comes on top.',
  imapProgramUnsure:
    "Check that your email program works with IMAP (nearly all do). If it doesn't, use POP instead.",
  popMailLeavesServer:
    "With POP, messages are downloaded to your computer and removed from the server. Backups are up to you, and your other devices and Web Mail won't see messages once they're downloaded.",
  popOtherDevices:
    "Your program can't use IMAP, so only that program will have your mail. If you read mail on other devices or in Web Mail too, they won't see what it downloads. Consider a program that supports IMAP when you can.",
  popMissesSpamShield:
    'You use SpamShield Pro: with IMAP it filters junk before the whole message downloads. With POP every message, junk included, downloads in full.',
  popSlowConnection:
    'Your connection is slow: with POP every message and attachment downloads in full. IMAP would let you pick what to download.',
  popLimitedStorage:
    'Your device is short of space: with POP all your mail is stored on it. IMAP would keep it online and let you download only what you need.',
  popNoServerBackup:
    "You'd like your mail backed up: with POP the server doesn't keep it, so back up your computer regularly.",
  popLeaveOnServer:
    'Leaving messages on the server with POP has pitfalls (the same messages downloaded twice, a mailbox that fills up). IMAP is designed for that.',
} as const;
export type CaveatId = keyof typeof caveats;

/** The words of each question: the question, its answers, why we ask, and a hint. */
export const questions: Record<
  CriterionId,
  {
    question: string;
    /** A few words naming the topic, for "what did I say" and "change an answer". */
    topic: string;
    whyWeAsk: string;
    hint: string;
    options: Record<string, string>;
    /** What an answer means, in the bot's words ("Got it: you ..."). */
    facts: Record<string, string>;
  }
> = {
  devices: {
    question: 'Where do you read your email?',
    topic: 'Where you read email',
    facts: { oneComputer: 'you read email on one computer only', webmail: 'you use Web Mail as well as a computer', severalDevices: 'you read email on several devices', unsure: "you're not sure where you read email" },
    options: {
      oneComputer: 'On one computer only',
      webmail: 'On a computer and in Web Mail',
      severalDevices: 'On several computers, phones or tablets',
    },
    whyWeAsk:
      'IMAP keeps every device and Web Mail in sync; POP suits reading mail in one place only.',
    hint: 'For example "just my laptop", "my phone and my Mac", or "Outlook and Web Mail".',
  },
  program: {
    question: 'Does your email program work with IMAP?',
    topic: 'Your program and IMAP',
    facts: { yes: 'your email program works with IMAP', no: "your email program doesn't work with IMAP", unsure: "you're not sure your program works with IMAP" },
    options: { yes: 'Yes, it works with IMAP', no: "No, it doesn't" },
    whyWeAsk: "If your program can't use IMAP, POP is the only choice, whatever else is true.",
    hint: 'Nearly all do: Outlook, Apple Mail, Thunderbird, and the mail apps on phones and tablets.',
  },
  popToday: {
    question: 'Do you use POP today?',
    topic: 'POP today',
    facts: { no: "you don't use POP today", satisfied: "you use POP and you're happy with it", leaveOnServer: 'you use POP and leave copies on the server', unsure: "you're not sure whether you use POP" },
    options: {
      no: 'No',
      satisfied: "Yes, and I'm happy with it",
      leaveOnServer: 'Yes, and I leave copies on the server',
    },
    whyWeAsk:
      "If POP works well for you there's no need to change; if you leave copies on the server, IMAP does that better.",
    hint: 'Your email program\'s account settings show "POP" or "IMAP" as the account type.',
  },
  backups: {
    question: 'Who should keep your email backed up?',
    topic: 'Backups',
    facts: { self: 'you make your own backups', server: 'you want the server to back up your email', unsure: "you're not sure about backups" },
    options: { self: 'I make my own backups', server: 'The email server, automatically' },
    whyWeAsk:
      'With IMAP your mail is backed up on the server; with POP it lives on your computer, so backups are yours.',
    hint: 'If you back up your computer regularly (for example with Time Machine), that counts as your own backups.',
  },
  storage: {
    question: 'Which sounds more like you?',
    topic: 'Storage',
    facts: { shortOfSpace: 'your device is short of space', noLimits: "you'd rather not watch a mailbox limit", unsure: "you're not sure about storage" },
    options: {
      shortOfSpace: 'My computer or device is short of space',
      noLimits: "I'd rather not watch a mailbox size limit",
    },
    whyWeAsk:
      'IMAP saves space on your device but uses the server, which has a storage limit; POP is the other way round.',
    hint: 'If your device often warns that its storage is almost full, pick the first one.',
  },
  spamShield: {
    question: 'Do you use SpamShield Pro?',
    topic: 'SpamShield Pro',
    facts: { yes: 'you use SpamShield Pro', no: "you don't use SpamShield Pro", unsure: "you're not sure about SpamShield Pro" },
    options: { yes: 'Yes', no: 'No' },
    whyWeAsk: 'IMAP works with SpamShield Pro, so junk is filtered out before you download it.',
    hint: 'SpamShield Pro is the liveBooks junk mail filter; you would have turned it on in your account.',
  },
  connection: {
    question: 'Is your Internet connection slow?',
    topic: 'Internet connection',
    facts: { yes: 'your connection is slow', no: 'your connection is fine', unsure: "you're not sure how fast your connection is" },
    options: { yes: 'Yes, it is slow', no: "No, it's fine" },
    whyWeAsk: 'On a slow connection IMAP lets you download only the messages and attachments you need.',
    hint: 'If large attachments or videos often take a long time to load, say yes.',
  },
};

export const notSureLabel = 'Not sure';

/** Everything else the bot says. */
export const say = {
  welcome: (brand: string) =>
    `Hi! I'm the ${brand} email helper. I'll help you choose between POP and IMAP for your email program. It takes a few quick questions.\n\nYou can type or tap your answers. Say **help**, **why**, **back** or **start over** at any time.`,
  greeting: 'Hi there!',
  hiAgain: "Hi again! Let's find the right setting for your email.",
  /** Posted once when the bot is added to a team or group chat, where people must @mention it. */
  groupIntro: (brand: string, botName: string) =>
    `Hi everyone! I'm the ${brand} email helper: I help you choose between POP and IMAP for your email program. To ask me, mention me (@${botName}) in a message. For a private chat, message me directly.`,

  eligibilityQuestion: (cutoff: string) => `First: did you create your liveBooks account before ${cutoff}?`,
  eligibilityOptions: { before: 'Yes, before then', after: 'No, on or after then' },
  eligibilityWhy: (cutoff: string) =>
    `This advice applies only to liveBooks accounts created before ${cutoff}. Newer accounts are set up differently.`,
  eligibilityUnsure: (cutoff: string) =>
    `No problem. You can check later: your welcome email from liveBooks shows when the account was created. I'll go on, but remember this advice is for accounts created before ${cutoff}.`,
  ineligible: (cutoff: string) =>
    `Thanks! This advice is only for accounts created before ${cutoff}, so it doesn't apply to yours. Our support team can tell you how to set up your email.`,

  understoodDescription: (facts: string[]) => `Got it: ${joinList(facts)}.`,
  reAsk: (example: string) => `Sorry, I didn't catch that. Please pick one of the answers, or type it, for example "${example}".`,
  offerSkip: 'Shall we skip this one? Choose "Not sure" and I\'ll work with what I know, or pick an answer.',
  whichYes: 'Which one fits best?',

  help: 'I help you choose between POP and IMAP for your liveBooks email. Answer each question by tapping a button or typing (yes, no, not sure, or the number of an answer).\n\nYou can also say: **why** (why I ask), **back** (the previous question), **what did I say** (your answers), **start over**, or **stop**.',
  why: (text: string) => `Why I ask: ${text}`,
  backAtFirst: "We're at the first question already.",
  backTo: "OK, let's go back.",
  startOver: "Sure, let's start over.",
  stopped: "OK, I've stopped and forgotten your answers. Come back any time: just say hi.",
  nothingYet: "You haven't answered any questions yet.",
  summaryTitle: "Here's what you told me:",

  recommendationTitle: (protocol: string) => `I recommend ${protocol}.`,
  recommendationIntro: (protocol: string) => `Use **${protocol}** for your liveBooks email.`,
  reasonsHeading: 'Why',
  caveatsHeading: 'Good to know',

  actions: {
    setup: 'How do I set it up?',
    request: 'Submit a request',
    startOver: 'Start over',
    change: 'Change an answer',
    done: 'Done',
    yes: 'Yes',
    no: 'No',
  },

  setupTitle: (protocol: string) => `Setting up ${protocol}`,
  setupServers: (s: {
    protocol: string;
    incomingHost: string;
    incomingPort: number;
    outgoingHost: string;
  }) =>
    `**Incoming mail (${s.protocol}):** \`${s.incomingHost}\`, port ${s.incomingPort}, SSL/TLS on\n\n**Outgoing mail (SMTP):** \`${s.outgoingHost}\`, port 465 with SSL/TLS (or 587 with STARTTLS)\n\n**User name:** your full email address. **Password:** your email password.`,
  setupAppleMail: (protocol: string) =>
    `**Apple Mail:** Mail > Add Account > Other Mail Account. Enter your name, email address and password, choose ${protocol} as the account type, then enter the servers above.`,
  setupOutlook: (protocol: string) =>
    `**Outlook:** File > Add Account > Advanced options > Let me set up my account manually > ${protocol}. Enter the servers and ports above.`,
  setupGuideLabel: 'Step-by-step setup guide',

  requestText: (url: string) =>
    `You can reach a person on our support team here: ${url}. I've passed on a summary of your answers so you don't have to repeat yourself.`,
  handoffSummary: (lines: string[]) => lines.join('\n'),

  feedbackQuestion: 'Did this help?',
  feedbackThanksYes: 'Great, thanks for letting me know! Happy emailing.',
  feedbackThanksNo:
    "Sorry about that. A person on our support team can help: choose **Submit a request**, or say **start over** to try again.",

  changeWhich: 'Which answer would you like to change?',
  changedTo: (fact: string) => `Updated: ${fact}`,
  changedResult: (before: string, after: string) =>
    before === after
      ? `My recommendation stays ${after}.`
      : `That changes my recommendation from ${before} to ${after}.`,
  noChange: "That's what you told me already.",

  setupAfterAdvice: "Let's pick the protocol first, then I'll show you how to set it up.",
  whyRecommendation: (protocol: string) => `Here's why I recommend ${protocol}:`,
  skipped: "Let's skip that one; I'll work with what I know.",
  pickChange: 'Please pick one of the topics above, or type its number.',
  ineligibleOptions: 'If that date was wrong, say **back**.',
  afterRecommendation:
    'Choose an option below, or say **start over**, **change an answer**, or **what did I say**.',
  ended: 'Thanks for chatting! Say hi any time to start again.',

  /** Shown when something went wrong on our side (for example storage is unavailable). */
  sorry: "Sorry, I couldn't save that just now. Please try again in a moment.",
  tooLong: "That message is a bit long for me. Could you say it in a few words?",
  unsupported: "I can only read text. Please type or tap your answer.",

  numberedHint: 'Reply with the number or the words of your answer.',
} as const;

/** "a, b and c" */
export function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

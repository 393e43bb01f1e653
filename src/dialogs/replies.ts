/**
 * What the bot says, independent of the channel. The renderer in src/bot turns each reply
 * into what a channel shows best (suggested actions, cards, buttons or numbered text).
 * Every choice sends its label as the person's message, so a click and typing the same
 * words are understood the same way.
 */
import { copy, criteria, type Answers, type Criterion, type Protocol, type Recommendation, UNSURE } from '../rules';
import type { DialogSettings } from './settings';

export interface Choice {
  label: string;
}

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'question'; text: string; choices: Choice[]; hint?: string }
  | {
      kind: 'recommendation';
      protocol: Protocol;
      title: string;
      intro: string;
      reasons: string[];
      caveats: string[];
      actions: Choice[];
    }
  | { kind: 'card'; title: string; sections: string[]; link?: { label: string; url: string }; actions: Choice[] }
  | { kind: 'handoff'; summary: string; answers: Answers; protocol?: Protocol };

const { say } = copy;

const choices = (...labels: string[]): Choice[] => labels.map((label) => ({ label }));

/** The follow-up menus; a number typed after one of them picks from the last one shown. */
export const menus = {
  followUps: choices(say.actions.setup, say.actions.request, say.actions.change, say.actions.startOver, say.actions.done),
  setup: choices(say.actions.request, say.actions.startOver, say.actions.done),
  request: choices(say.actions.startOver, say.actions.done),
};
export type MenuId = keyof typeof menus;

export function text(t: string): Reply {
  return { kind: 'text', text: t };
}

export function questionReply(c: Criterion, prefix?: string): Reply {
  return {
    kind: 'question',
    text: prefix ? `${prefix}\n\n${c.question}` : c.question,
    choices: [...c.options.map((o) => ({ label: c.optionLabels[o.value] })), { label: copy.notSureLabel }],
  };
}

export function eligibilityReply(cutoffText: string, prefix?: string): Reply {
  const q = say.eligibilityQuestion(cutoffText);
  return {
    kind: 'question',
    text: prefix ? `${prefix}\n\n${q}` : q,
    choices: [
      { label: say.eligibilityOptions.before },
      { label: say.eligibilityOptions.after },
      { label: copy.notSureLabel },
    ],
  };
}

export function recommendationReply(r: Recommendation): Reply {
  return {
    kind: 'recommendation',
    protocol: r.protocol,
    title: say.recommendationTitle(r.protocol),
    intro: say.recommendationIntro(r.protocol),
    reasons: r.reasons.map((x) => x.text),
    caveats: r.caveats.map((x) => x.text),
    actions: menus.followUps,
  };
}

export function setupReply(protocol: Protocol, s: DialogSettings): Reply {
  const imap = protocol === 'IMAP';
  return {
    kind: 'card',
    title: say.setupTitle(protocol),
    sections: [
      say.setupServers({
        protocol,
        incomingHost: imap ? s.imapHost : s.popHost,
        incomingPort: imap ? 993 : 995,
        outgoingHost: s.smtpHost,
      }),
      say.setupAppleMail(protocol),
      say.setupOutlook(protocol),
    ],
    link: { label: say.setupGuideLabel, url: s.setupGuideUrl },
    actions: menus.setup,
  };
}

export function requestReply(s: DialogSettings): Reply {
  return {
    kind: 'card',
    title: say.actions.request,
    sections: [say.requestText(s.supportRequestUrl)],
    link: { label: say.actions.request, url: s.supportRequestUrl },
    actions: menus.request,
  };
}

/** "Where you read email: On several computers, phones or tablets" lines. */
export function summaryLines(answers: Answers): string[] {
  return criteria
    .filter((c) => answers[c.id] !== undefined)
    .map((c) => `${c.topic}: ${labelOf(c, answers[c.id] as string)}`);
}

export function labelOf(c: Criterion, value: string): string {
  return value === UNSURE ? copy.notSureLabel : c.optionLabels[value];
}

export function handoffReply(answers: Answers, protocol: Protocol | undefined, accountAge: string | undefined): Reply {
  const lines = [
    `Account created before the cutoff: ${accountAge ?? 'not asked'}`,
    ...summaryLines(answers),
    protocol ? `Bot recommendation: ${protocol}` : 'No recommendation yet',
  ];
  return { kind: 'handoff', summary: say.handoffSummary(lines), answers, protocol };
}

export const feedbackChoices: Choice[] = choices(say.actions.yes, say.actions.no);

export function feedbackReply(): Reply {
  return { kind: 'question', text: say.feedbackQuestion, choices: feedbackChoices };
}

export function changeMenuReply(answers: Answers): Reply {
  const answered = criteria.filter((c) => answers[c.id] !== undefined);
  return {
    kind: 'question',
    text: say.changeWhich,
    choices: answered.map((c) => ({ label: c.topic })),
  };
}

/**
 * What the bot says, as values independent of the channel: src/bot renders each reply the way
 * a channel shows it best (suggested actions, cards, buttons or numbered text) and sends it
 * after the state is saved. The words come from src/copy.
 */
import type { CopyKey, Words } from '../copy';
import { criteria, criterion, type Answers, type CaveatId, type Criterion, type CriterionId, type Protocol, type ReasonId, type Recommendation, UNSURE } from '../rules';
import type { Choice, ChoiceId } from './choices';
import type { ConversationState } from './conversation-state';
import type { DialogSettings } from './settings';

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'question'; text: string; choices: Choice[] }
  | {
      kind: 'recommendation';
      protocol: Protocol;
      title: string;
      intro: string;
      reasonsHeading: string;
      reasons: string[];
      caveatsHeading: string;
      caveats: string[];
      actions: Choice[];
    }
  | { kind: 'card'; title: string; sections: string[]; link?: { label: string; url: string }; actions: Choice[] }
  | { kind: 'handoff'; summary: string; answers: Answers; protocol?: Protocol };

/** The follow-up menus after advice, set-up steps, a request and "Did this help? No". */
const MENUS = {
  followUps: ['c:setup', 'c:request', 'c:change', 'c:startOver', 'c:done'],
  setup: ['c:request', 'c:startOver', 'c:done'],
  request: ['c:startOver', 'c:done'],
  notHelped: ['c:request', 'c:startOver'],
} as const satisfies Record<string, ChoiceId[]>;
export type Menu = keyof typeof MENUS;

const FEEDBACK: ChoiceId[] = ['f:yes', 'f:no'];

export function text(t: string): Reply {
  return { kind: 'text', text: t };
}

const q = (id: CriterionId, part: 'question' | 'topic' | 'why' | 'hint') => `questions.${id}.${part}` as CopyKey;

export function questionText(id: CriterionId, w: Words): string {
  return w.t(q(id, 'question'));
}
export function topicOf(id: CriterionId, w: Words): string {
  return w.t(q(id, 'topic'));
}
export function whyOf(id: CriterionId, w: Words): string {
  return w.t(q(id, 'why'));
}
export function hintOf(id: CriterionId, w: Words): string {
  return w.t(q(id, 'hint'));
}
/** "you read email on several devices": what an answer means, in the bot's words. */
export function factOf(id: CriterionId, value: string, w: Words): string {
  return w.t(`questions.${id}.facts.${value}` as CopyKey);
}
export function optionLabel(c: Criterion, value: string, w: Words): string {
  return value === UNSURE ? w.t('notSure') : w.t(`questions.${c.id}.options.${value}` as CopyKey);
}

/**
 * The label a choice id shows in this state: answers depend on the question on screen
 * (or the account date question), commands and topics don't.
 */
export function choiceLabel(id: string, state: ConversationState, w: Words): string | undefined {
  const rest = id.slice(2);
  switch (id.slice(0, 2)) {
    case 'a:':
      if (state.phase === 'eligibility') return rest === UNSURE ? w.t('notSure') : rest === 'before' ? w.t('eligibility.before') : rest === 'after' ? w.t('eligibility.after') : undefined;
      return state.asking ? optionLabel(criterion(state.asking), rest, w) : undefined;
    case 'c:':
      return w.t(`actions.${rest}` as CopyKey);
    case 'q:':
      return topicOf(rest as CriterionId, w);
    case 'f:':
    case 'k:':
      return w.t(rest === 'yes' ? 'actions.yes' : 'actions.no');
    default:
      return undefined;
  }
}

const actions = (ids: readonly ChoiceId[], w: Words): Choice[] => ids.map((id) => ({ id, label: w.t(`actions.${id.slice(2)}` as CopyKey) }));

const withPrefix = (prefix: string | undefined, t: string) => (prefix ? `${prefix}\n\n${t}` : t);

export function questionReply(c: Criterion, w: Words, prefix?: string): Reply {
  const values = [...c.options.map((o) => o.value), UNSURE];
  return {
    kind: 'question',
    text: withPrefix(prefix, questionText(c.id, w)),
    choices: values.map((v) => ({ id: `a:${v}` as ChoiceId, label: optionLabel(c, v, w) })),
  };
}

/** The account-date question; `question` asks it in other words (a check after a date that straddles the cutoff). */
export function eligibilityReply(w: Words, cutoff: string, prefix?: string, question?: string): Reply {
  return {
    kind: 'question',
    text: withPrefix(prefix, question ?? w.t('eligibility.question', { cutoff })),
    choices: [
      { id: 'a:before', label: w.t('eligibility.before') },
      { id: 'a:after', label: w.t('eligibility.after') },
      { id: `a:${UNSURE}`, label: w.t('notSure') },
    ],
  };
}

export function recommendationReply(r: Recommendation, w: Words): Reply {
  return {
    kind: 'recommendation',
    protocol: r.protocol,
    title: w.t('recommendation.title', { protocol: r.protocol }),
    intro: w.t('recommendation.intro', { protocol: r.protocol }),
    reasonsHeading: w.t('recommendation.reasonsHeading'),
    reasons: r.reasons.map((id) => reasonText(id, w)),
    caveatsHeading: w.t('recommendation.caveatsHeading'),
    caveats: r.caveats.map((id) => caveatText(id, w)),
    actions: actions(MENUS.followUps, w),
  };
}

export function reasonText(id: ReasonId, w: Words): string {
  return w.t(`reasons.${id}` as CopyKey);
}
function caveatText(id: CaveatId, w: Words): string {
  return w.t(`caveats.${id}` as CopyKey);
}

export function setupReply(protocol: Protocol, s: DialogSettings, w: Words): Reply {
  const imap = protocol === 'IMAP';
  return {
    kind: 'card',
    title: w.t('setup.title', { protocol }),
    sections: [
      w.t('setup.servers', {
        protocol,
        incomingHost: imap ? s.imapHost : s.popHost,
        incomingPort: imap ? 993 : 995,
        outgoingHost: s.smtpHost,
      }),
      w.t('setup.appleMail', { protocol }),
      w.t('setup.outlook', { protocol }),
    ],
    link: { label: w.t('setup.guideLabel'), url: s.setupGuideUrl },
    actions: actions(MENUS.setup, w),
  };
}

/** The request link; "I've passed on a summary" only where a hand-off event really goes out. */
export function requestReply(s: DialogSettings, w: Words, handedOff: boolean): Reply {
  const said = w.t('request.text');
  return {
    kind: 'card',
    title: w.t('request.title'),
    sections: [handedOff ? `${said} ${w.t('request.passedOn')}` : said],
    link: { label: w.t('request.link'), url: s.supportRequestUrl },
    actions: actions(MENUS.request, w),
  };
}

/** "Where you read email: On several computers, phones or tablets" lines. */
export function summaryLines(answers: Answers, w: Words): string[] {
  return criteria.filter((c) => answers[c.id] !== undefined).map((c) => w.labelled(topicOf(c.id, w), optionLabel(c, answers[c.id] as string, w)));
}

export function handoffReply(state: ConversationState, w: Words): Reply {
  const age = state.age === 'before' ? w.t('eligibility.before') : state.age === 'after' ? w.t('eligibility.after') : state.age ? w.t('notSure') : w.t('handoff.ageNotAsked');
  const lines = [
    w.t('handoff.age', { age }),
    ...summaryLines(state.answers, w),
    state.advised ? w.t('handoff.protocol', { protocol: state.advised }) : w.t('handoff.noProtocol'),
  ];
  return { kind: 'handoff', summary: lines.join('\n'), answers: state.answers, protocol: state.advised };
}

/** A line with a menu under it, so whatever the text mentions is there to click. */
export function menuReply(line: string, menu: Menu, w: Words): Reply {
  return { kind: 'question', text: line, choices: actions(MENUS[menu], w) };
}

/** "Just to check: you read email on one computer only?" with Yes and No. */
export function confirmReply(line: string, w: Words): Reply {
  return { kind: 'question', text: line, choices: [{ id: 'k:yes', label: w.t('actions.yes') }, { id: 'k:no', label: w.t('actions.no') }] };
}

export function feedbackReply(w: Words): Reply {
  return {
    kind: 'question',
    text: w.t('feedback.question'),
    choices: FEEDBACK.map((id) => ({ id, label: w.t(id === 'f:yes' ? 'actions.yes' : 'actions.no') })),
  };
}

/** The answered questions, to pick one to change. */
export function changeMenuReply(state: ConversationState, w: Words, prefix?: string): Reply {
  const answered = criteria.filter((c) => state.answers[c.id] !== undefined);
  return {
    kind: 'question',
    text: withPrefix(prefix, w.t('change.which')),
    choices: answered.map((c) => ({ id: `q:${c.id}` as ChoiceId, label: topicOf(c.id, w) })),
  };
}

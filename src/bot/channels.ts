/**
 * What each channel can show, from Microsoft's channel documentation (the table in the README's Channels section).
 * Rendering, welcome and group-chat behaviour read this table; nothing else tests channel names.
 */
export type Markdown = 'full' | 'teams' | 'slack' | 'none';
export type ChoiceStyle = 'suggestedActions' | 'adaptiveCard' | 'heroCard' | 'numberedText';

export interface ChannelCapabilities {
  /** How a question's answers are offered. */
  choices: ChoiceStyle;
  /** Most suggested actions one message may carry (0: the channel drops them). */
  maxSuggestedActions: number;
  /** Most buttons one card may carry; longer lists are sent as numbered text instead. */
  maxCardButtons: number;
  /** Adaptive Card version the channel renders, or undefined when it can't. */
  adaptiveCardVersion?: '1.5';
  /** Adaptive Card Action.Submit data that makes a click arrive as the person's text. */
  submitStyle?: 'string' | 'teamsImBack';
  markdown: Markdown;
  /** The channel shows a typing indicator. */
  typing: boolean;
  /** A live-agent hand-off event can be sent on this channel. */
  handoffEvent: boolean;
  /** In group chats and channels, answer only when mentioned. */
  mentionsInGroups: boolean;
  /**
   * One-to-one chats open on the app's prompt starters (Teams: the manifest's commandLists),
   * so the person starts the conversation and the bot sends no welcome when it is installed
   * or joined: Teams asks a bot for prompt starters or a welcome message, not both. The
   * person's first message gets the welcome.
   */
  promptStarters: boolean;
}

const webChat: ChannelCapabilities = {
  choices: 'suggestedActions',
  // Bot Framework channels reference: Web Chat and Direct Line take 100 of each.
  maxSuggestedActions: 100,
  maxCardButtons: 100,
  adaptiveCardVersion: '1.5',
  submitStyle: 'string',
  markdown: 'full',
  typing: true,
  handoffEvent: true,
  mentionsInGroups: false,
  promptStarters: false,
};

/** A Map: a channelId like "__proto__" or "constructor" must not find a plain object's prototype members. */
export const channelCapabilities: ReadonlyMap<string, ChannelCapabilities> = new Map(Object.entries({
  webchat: webChat,
  directline: webChat,
  emulator: webChat,
  msteams: {
    choices: 'adaptiveCard',
    // Teams shows at most 3 suggested actions and none on a message with a card: we use card
    // buttons instead. Cards carry at most 6 buttons (hero card limit; Teams' Adaptive Card host
    // config has maxActions 6). Teams renders Adaptive Cards up to 1.5 and has no postBack.
    maxSuggestedActions: 0,
    maxCardButtons: 6,
    adaptiveCardVersion: '1.5',
    submitStyle: 'teamsImBack',
    markdown: 'teams',
    typing: true,
    handoffEvent: false,
    mentionsInGroups: true,
    promptStarters: true,
  },
  slack: {
    choices: 'heroCard',
    // The Azure Bot Service Slack channel drops suggested actions, turns Adaptive Cards into an
    // image and hero-card buttons into Slack buttons. Slack takes at most 5 buttons in a message
    // attachment (Block Kit allows 25 in an actions block): 5 fits either.
    maxSuggestedActions: 0,
    maxCardButtons: 5,
    markdown: 'slack',
    typing: false,
    handoffEvent: false,
    mentionsInGroups: false,
    promptStarters: false,
  },
} satisfies Record<string, ChannelCapabilities>));

/** Unknown channels get plain text with numbered options: it works everywhere. */
export const plainChannel: ChannelCapabilities = {
  choices: 'numberedText',
  maxSuggestedActions: 0,
  maxCardButtons: 0,
  markdown: 'none',
  typing: false,
  handoffEvent: false,
  mentionsInGroups: false,
  promptStarters: false,
};

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return (channelId !== undefined && channelCapabilities.get(channelId)) || plainChannel;
}

/**
 * What each channel can show, from Microsoft's channel documentation (see design.md).
 * Rendering and group-chat behaviour read this table; nothing else tests channel names.
 */
export type Markdown = 'full' | 'teams' | 'slack' | 'none';
export type ChoiceStyle = 'suggestedActions' | 'adaptiveCard' | 'heroCard' | 'numberedText';

export interface ChannelCapabilities {
  /** How a question's answers are offered. */
  choices: ChoiceStyle;
  /** Most buttons a card may carry; more are listed as numbered text instead. */
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
}

const webChat: ChannelCapabilities = {
  choices: 'suggestedActions',
  maxCardButtons: 10,
  adaptiveCardVersion: '1.5',
  submitStyle: 'string',
  markdown: 'full',
  typing: true,
  handoffEvent: true,
  mentionsInGroups: false,
};

export const channelCapabilities: Record<string, ChannelCapabilities> = {
  webchat: webChat,
  directline: webChat,
  emulator: webChat,
  msteams: {
    choices: 'adaptiveCard',
    maxCardButtons: 6,
    adaptiveCardVersion: '1.5',
    submitStyle: 'teamsImBack',
    markdown: 'teams',
    typing: true,
    handoffEvent: false,
    mentionsInGroups: true,
  },
  slack: {
    choices: 'heroCard',
    maxCardButtons: 5,
    markdown: 'slack',
    typing: false,
    handoffEvent: false,
    mentionsInGroups: false,
  },
};

/** Unknown channels get plain text with numbered options: it works everywhere. */
export const plainChannel: ChannelCapabilities = {
  choices: 'numberedText',
  maxCardButtons: 0,
  markdown: 'none',
  typing: false,
  handoffEvent: false,
  mentionsInGroups: false,
};

export function capabilitiesOf(channelId: string | undefined): ChannelCapabilities {
  return (channelId && channelCapabilities[channelId]) || plainChannel;
}

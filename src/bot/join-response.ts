import { ActivityTypes, type Activity } from 'botbuilder';
import type { ChannelCapabilities } from './channels';
import { isGroupConversation } from './group-chat';

/** What the bot says when someone joins a conversation or installs the app. */
export type JoinResponse = 'welcome' | 'groupIntro' | 'nothing';

/**
 * - A person joins a one-to-one conversation (Web Chat, Direct Line, the emulator): welcome.
 * - Teams, personal scope: nothing on install (conversationUpdate, installationUpdate "add").
 *   The chat opens on the app's prompt starters, and Teams asks for those or a welcome, not
 *   both; the person's first message is welcomed (once: the conversation record keeps that).
 * - Group chats and team channels (no prompt starters there): a short intro when the bot
 *   itself is added, where people must mention it; nothing when other people join, so a team
 *   isn't spammed.
 */
export function joinResponse(a: Partial<Activity>, caps: ChannelCapabilities): JoinResponse {
  if (a.type !== ActivityTypes.ConversationUpdate) return 'nothing';
  const added = a.membersAdded ?? [];
  const botAdded = added.some((m) => m.id === a.recipient?.id);
  if (isGroupConversation(a)) return botAdded && caps.mentionsInGroups ? 'groupIntro' : 'nothing';
  if (caps.promptStarters) return 'nothing';
  const personAdded = added.some((m) => m.id !== a.recipient?.id);
  return personAdded ? 'welcome' : 'nothing';
}

import { ActivityTypes, type Activity } from 'botbuilder';
import type { ChannelCapabilities } from './channels';
import { isGroupConversation } from './group-chat';

/** What the bot says when someone joins a conversation or installs the app. */
export type JoinResponse = 'welcome' | 'groupIntro' | 'nothing';

/**
 * - A person joins a one-to-one conversation (Web Chat, Direct Line, the emulator): welcome.
 * - Teams, personal scope: installing the app sends conversationUpdate with membersAdded
 *   holding the bot (the docs' example also lists the person) and installationUpdate "add";
 *   either one welcomes. The conversation record makes sure it happens once.
 * - Group chats and team channels: a short intro when the bot itself is added, where people
 *   must mention it; nothing when other people join, so a team isn't spammed.
 */
export function joinResponse(a: Partial<Activity>, caps: ChannelCapabilities): JoinResponse {
  const group = isGroupConversation(a);
  if (a.type === ActivityTypes.InstallationUpdate) {
    return caps.welcomeOnInstall && !group && a.action === 'add' ? 'welcome' : 'nothing';
  }
  if (a.type !== ActivityTypes.ConversationUpdate) return 'nothing';
  const added = a.membersAdded ?? [];
  const botAdded = added.some((m) => m.id === a.recipient?.id);
  if (group) return botAdded && caps.mentionsInGroups ? 'groupIntro' : 'nothing';
  const personAdded = added.some((m) => m.id !== a.recipient?.id);
  return personAdded || (botAdded && caps.welcomeOnInstall) ? 'welcome' : 'nothing';
}

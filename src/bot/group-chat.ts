import type { Activity, Mention } from 'botbuilder';

/**
 * Teams channels and group chats: a bot there is sent only the messages that @mention it
 * (or, with resource-specific consent, every message), and must read past the mention.
 */
export function isGroupConversation(a: Partial<Activity>): boolean {
  const type = a.conversation?.conversationType;
  return a.conversation?.isGroup === true || (type !== undefined && type !== 'personal');
}

export function mentionsBot(a: Partial<Activity>): boolean {
  return botMentions(a).length > 0;
}

/** The message text without the bot's @mention: "<at>Support bot</at> help" -> "help". */
export function withoutBotMention(a: Partial<Activity>): string {
  let text = a.text ?? '';
  for (const m of botMentions(a)) if (m.text) text = text.split(m.text).join('');
  return text.trim();
}

function botMentions(a: Partial<Activity>): Mention[] {
  const botId = a.recipient?.id;
  return (a.entities ?? [])
    .filter((e) => e.type?.toLowerCase() === 'mention')
    .map((e) => e as unknown as Mention)
    .filter((m) => botId !== undefined && m.mentioned?.id === botId);
}

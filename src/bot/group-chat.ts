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

/** A message mentions the bot once or twice; the text of a mention is its display name in <at> tags. */
const MAX_MENTIONS = 10;
const MAX_MENTION_CHARS = 300;

/**
 * The entities that @mention the bot. Entities come from the channel as any JSON: a type that
 * isn't text was a TypeError (and a 500); at most MAX_MENTIONS short ones are used, so
 * stripping them stays cheap whatever the activity holds.
 */
function botMentions(a: Partial<Activity>): Mention[] {
  const botId = a.recipient?.id;
  if (botId === undefined) return [];
  return (a.entities ?? [])
    .filter((e) => typeof e.type === 'string' && e.type.toLowerCase() === 'mention')
    .map((e) => e as unknown as Mention)
    .filter((m) => typeof m.mentioned === 'object' && m.mentioned !== null && m.mentioned.id === botId)
    .filter((m) => m.text === undefined || (typeof m.text === 'string' && m.text.length <= MAX_MENTION_CHARS))
    .slice(0, MAX_MENTIONS);
}

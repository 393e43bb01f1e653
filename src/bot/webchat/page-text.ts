/**
 * The chat page's own words (header, privacy note, footer), in one place like the bot's
 * copy in src/rules/copy.ts. What the page says about keeping data follows STATE_TTL_HOURS.
 */
export const pageText = {
  title: (brand: string) => `${brand} email help: POP or IMAP?`,
  description: (brand: string) => `Chat with the ${brand} email helper to choose between POP and IMAP for your email program.`,
  heading: (brand: string) => `${brand} email help`,
  tagline: 'POP or IMAP? A few questions, then a recommendation.',
  chatLabel: (brand: string) => `Chat with the ${brand} email helper`,
  startOver: 'Start over',
  retry: 'Try again',
  connecting: 'Connecting to the chat…',
  privacy: (ttlHours: number) =>
    `We keep this chat for up to ${duration(ttlHours)} after your last message, so you can pick up where you left off, then delete it. This tab remembers the chat until you close it. Please don't type passwords.`,
  requestLead: 'Rather talk to a person?',
  requestLink: 'Submit a request',
  noScript: 'The chat needs JavaScript. You can also',
  noScriptLink: 'send us a request',
};

/** 24 -> "24 hours", 1 -> "1 hour", 48 -> "2 days". */
export function duration(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

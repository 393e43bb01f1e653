/**
 * Talks to a running bot the way a channel does: POST /api/messages with Bot Framework
 * activities, using deliveryMode "expectReplies" so the replies come back in the response.
 */
import type { Activity } from 'botbuilder';

export interface Conversation {
  id: string;
  /** Sends text (or a whole activity) and returns the bot's reply activities. */
  say(text: string, extra?: Partial<Activity>): Promise<Activity[]>;
  join(): Promise<Activity[]>;
  /** Sends any activity (install events, Teams group messages); the defaults fill the rest. */
  send(activity: Partial<Activity>): Promise<Activity[]>;
}

let counter = 0;

export function conversation(botUrl: string, channelId = 'webchat', opts: { id?: string; userId?: string; headers?: Record<string, string> } = {}): Conversation {
  const id = opts.id ?? `conv-${process.pid}-${Date.now()}-${++counter}`;
  const user = { id: opts.userId ?? `user-${counter}`, name: 'Test user' };
  const bot = { id: 'bot', name: 'Support bot' };
  const post = async (activity: Partial<Activity>): Promise<Activity[]> => {
    const body = {
      channelId,
      serviceUrl: 'http://127.0.0.1:9/',
      conversation: { id },
      from: user,
      recipient: bot,
      deliveryMode: 'expectReplies',
      id: `a-${++counter}`,
      timestamp: new Date().toISOString(),
      ...activity,
    };
    const res = await fetch(`${botUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.headers ?? {}) },
      body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
    const json = (await res.json()) as { activities?: Activity[] };
    return json.activities ?? [];
  };
  return {
    id,
    say: (text, extra = {}) => post({ type: 'message', text, ...extra }),
    join: () => post({ type: 'conversationUpdate', membersAdded: [user, bot] } as Partial<Activity>),
    send: post,
  };
}

/** The text a person would read in these replies (message text and card text). */
export function readable(activities: Activity[]): string {
  return activities
    .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => JSON.stringify(x.content))].join('\n'))
    .join('\n');
}

/** The labels of the answers offered (suggested actions or card buttons). */
export function offered(activities: Activity[]): string[] {
  const last = [...activities].reverse().find((a) => a.type === 'message');
  if (!last) return [];
  const fromSuggested = last.suggestedActions?.actions?.map((a) => String(a.title)) ?? [];
  const fromCards = (last.attachments ?? []).flatMap((x) => {
    const c = x.content as { actions?: Array<{ title: string; type: string }>; buttons?: Array<{ title: string; type: string }> };
    return [...(c.actions ?? []), ...(c.buttons ?? [])].filter((b) => b.type !== 'Action.OpenUrl' && b.type !== 'openUrl').map((b) => b.title);
  });
  return [...fromSuggested, ...fromCards];
}

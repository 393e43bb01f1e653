/**
 * A Direct Line 3.0 client as Web Chat uses it with polling, for the local Direct Line:
 * a token from /api/directline/token, start the conversation, post activities, poll with
 * a watermark.
 */
export interface Activity {
  type: string;
  id: string;
  text?: string;
  from: { id: string; role?: string };
  conversation: { id: string };
}

export interface LocalClient {
  conversationId: string;
  token: string;
  /** Starts the conversation; `locale` as Web Chat sends it (conversationStartProperties). */
  start(locale?: string): Promise<Response>;
  say(text: string): Promise<Response>;
  poll(watermark?: string): Promise<{ activities: Activity[]; watermark: string }>;
}

export async function localClient(botUrl: string): Promise<LocalClient> {
  const res = await fetch(`${botUrl}/api/directline/token`, { method: 'POST' });
  if (res.status !== 200) throw new Error(`token: HTTP ${res.status}`);
  const { token, conversationId } = (await res.json()) as { token: string; conversationId: string };
  const base = `${botUrl}/v3/directline/conversations`;
  const auth = { authorization: `Bearer ${token}` };
  return {
    conversationId,
    token,
    start: (locale) =>
      fetch(base, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(locale === undefined ? {} : { user: { id: 'ignored' }, locale }),
      }),
    say: (text) =>
      fetch(`${base}/${conversationId}/activities`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, from: { id: 'ignored' } }),
      }),
    poll: async (watermark) => {
      const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
      const r = await fetch(`${base}/${conversationId}/activities${query}`, { headers: auth });
      if (r.status !== 200) throw new Error(`poll: HTTP ${r.status}`);
      return (await r.json()) as { activities: Activity[]; watermark: string };
    },
  };
}


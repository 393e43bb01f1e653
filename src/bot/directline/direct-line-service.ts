import { randomBytes } from 'crypto';
import { z } from 'zod';

/** What the page gets: enough to open one conversation, nothing else. */
export interface WebChatToken {
  token: string;
  conversationId: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  userId: string;
}

export type TokenResult = { ok: true; value: WebChatToken } | { ok: false; reason: string };

const TIMEOUT_MS = 5_000;

// Direct Line 3.0 "Generate token": 200 { conversationId, token, expires_in }.
const generated = z.object({
  conversationId: z.string().min(1).max(1024),
  token: z.string().min(1).max(8192),
  expires_in: z.number().int().positive(),
});

/**
 * A user id starting "dl_" inside the token: Direct Line then knows the person when the
 * conversation starts, sends the bot conversationUpdate (so the welcome shows), and Web
 * Chat refuses to let the page claim another "dl_" id.
 */
export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

/** Base URL of the Direct Line 3.0 API for a configured DIRECT_LINE_DOMAIN. */
export function directLineApi(domain: string): string {
  const base = domain.replace(/\/+$/, '');
  return base.endsWith('/v3/directline') ? base : `${base}/v3/directline`;
}

/**
 * Swaps the Direct Line secret for a token bound to one new conversation. The secret goes
 * only to the Direct Line service; failures come back as a short reason for the log.
 */
export async function generateToken(domain: string, secret: string, timeoutMs = TIMEOUT_MS): Promise<TokenResult> {
  const userId = newUserId();
  let res: Response;
  try {
    res = await fetch(`${directLineApi(domain)}/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
  } catch (error) {
    return { ok: false, reason: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable' };
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    return { ok: false, reason: `status ${res.status}` };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, reason: 'unreadable answer' };
  }
  const parsed = generated.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'unexpected answer' };
  const { token, conversationId, expires_in } = parsed.data;
  return { ok: true, value: { token, conversationId, expiresIn: expires_in, userId } };
}

/**
 * Why a Bearer token must be refused before botbuilder validates it, or undefined.
 * botbuilder checks `exp` only when a token has one (jsonwebtoken's rule), so a token without
 * it would be good for ever once signed. Bot Framework tokens always carry it.
 */
export function expiryProblem(authorization: string): string | undefined {
  const match = /^Bearer ([\w-]+)\.([\w-]+)\.[\w-]*$/.exec(authorization.slice(0, 16_384));
  if (!match) return undefined; // not a JWT at all: botbuilder refuses it
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(match[2], 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const exp = (payload as { exp?: unknown } | null)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? undefined : 'token without exp';
}

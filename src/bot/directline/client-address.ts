import type { Request } from 'restify';

/**
 * The address a request came from, for per-client limits. Behind a proxy we trust (App
 * Service), the last X-Forwarded-For entry is the one that proxy added; earlier entries
 * are whatever the client sent and could be forged.
 */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = String(req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const last = forwarded[forwarded.length - 1];
    if (last) return withoutPort(last);
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** App Service writes "203.0.113.7:54321" or "[2001:db8::1]:54321". */
function withoutPort(address: string): string {
  const v6 = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (v6) return v6[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return v4 ? v4[1] : address;
}

import { format } from 'util';
import type { Logger } from './logger';

/** Longest console message kept; what botbuilder prints is a line or two. */
const MAX_CHARS = 500;

/**
 * Our code logs through the logger; only libraries call console. botbuilder does on a bad token:
 * `console.error(err)` (a stack trace) and "Available keys: <the signing key as PEM>", plain
 * lines in a JSON log. Every console call becomes one JSON line, without stack traces, key
 * blocks or tokens, and short.
 */
export function routeConsoleToLog(logger: Logger): void {
  const levels = { log: 'info', info: 'info', debug: 'debug', trace: 'debug', warn: 'warn', error: 'error' } as const;
  for (const [method, level] of Object.entries(levels)) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      logger[level]({ source: 'console' }, cleanConsoleText(args));
    };
  }
}

/** The console arguments as one short line: errors by name and message, no PEM blocks, stack lines or JWTs. */
export function cleanConsoleText(args: unknown[]): string {
  const parts = args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : a));
  let text = withoutKeyBlocks(format(...parts));
  text = text
    .split('\n')
    .filter((line) => !/^\s*at\s/.test(line))
    .join(' ')
    .slice(0, MAX_CHARS);
  // A JWT is three base64url parts, the first two starting with eyJ ('{"').
  return text.replace(/eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/g, '[token]');
}

/** "-----BEGIN ...-----" up to the matching "-----END ...-----" (or the end) becomes "[key]". Linear: indexOf only. */
function withoutKeyBlocks(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const begin = text.indexOf('-----BEGIN', from);
    if (begin < 0) return out + text.slice(from);
    out += `${text.slice(from, begin)}[key]`;
    const end = text.indexOf('-----END', begin);
    if (end < 0) return out;
    const close = text.indexOf('-----', end + 8);
    from = close < 0 ? text.length : close + 5;
  }
}

import type { Next, Request, Response } from 'restify';
import { refuse } from './refusals';

/** Activities run to a few KB; Bot Framework attachments are links, not inline files. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Activities nest a handful of levels (channelData, card values); more is not an activity. */
export const MAX_JSON_DEPTH = 64;

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The only body parser: JSON, in memory, within `maxBytes`. restify's bodyParser hands
 * multipart bodies to formidable, which writes them to the temp folder before any check and
 * never deletes them; here nothing a request sends touches the disk. Refused before a byte of
 * the body is read: another content type or an encoding (415), a declared length over the
 * limit (413). Refused once read: over the limit (413), nested deeper than MAX_JSON_DEPTH
 * (deep nesting overflowed the stack of code that walks the value), not JSON (400).
 * A body that trickles in is cut off by the server's request deadline (connection-limits.ts).
 */
export function jsonBody(maxBytes = MAX_BODY_BYTES) {
  return (req: Request, res: Response, next: Next): void => {
    if (!WITH_BODY.has(String(req.method)) || !hasBody(req)) return next();
    const type = String(req.contentType() ?? '');
    if (!isJson(type)) return refuse(req, res, 415, `content type "${type.slice(0, 60) || 'none'}"`, true);
    const encoding = String(req.header('content-encoding') ?? 'identity').toLowerCase();
    if (encoding !== 'identity') return refuse(req, res, 415, `content encoding "${encoding.slice(0, 30)}"`, true);
    const declared = Number(req.header('content-length') ?? NaN);
    if (declared > maxBytes) return refuse(req, res, 413, `body of ${declared} bytes`, true);

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (problem?: { status: number; reason: string; close?: boolean }) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      if (problem) return refuse(req, res, problem.status, problem.reason, problem.close);
      next();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return finish({ status: 413, reason: `body over ${maxBytes} bytes`, close: true });
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (done) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (jsonDepth(text) > MAX_JSON_DEPTH) return finish({ status: 400, reason: `JSON nested over ${MAX_JSON_DEPTH} levels` });
      try {
        req.body = JSON.parse(text);
      } catch {
        return finish({ status: 400, reason: 'body is not JSON' });
      }
      finish();
    });
    // A client that goes away mid-body gets no answer; the handler chain just stops.
    req.once('aborted', () => {
      done = true;
    });
  };
}

function hasBody(req: Request): boolean {
  return req.header('transfer-encoding') !== undefined || Number(req.header('content-length') ?? 0) > 0;
}

function isJson(type: string): boolean {
  return type === 'application/json' || /^application\/[a-z0-9.+-]{1,60}\+json$/.test(type);
}

/** How deeply arrays and objects nest, brackets inside strings not counted. One pass, no recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

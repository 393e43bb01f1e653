import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import type { Request, Response } from 'restify';
import { promisify } from 'util';
import { gzip } from 'zlib';
import { hygieneHeaders } from './security-headers';

const gzipAsync = promisify(gzip);

/**
 * One file served from memory with an ETag (so a browser revalidates with a 304 instead of
 * downloading again) and gzip when the browser takes it: the Web Chat bundle is 3.9 MB,
 * 0.95 MB gzipped. The gzip is made in the background at start (zlib's thread pool), so
 * the first visitor doesn't wait for it.
 */
export function staticFile(path: string, contentType: string, cacheControl: string): (req: Request, res: Response) => Promise<void> {
  const body = readFileSync(path);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  // If gzip ever failed, the file would simply go out uncompressed.
  const zipped: Promise<Buffer | undefined> = body.length > 1024 ? gzipAsync(body).catch(() => undefined) : Promise.resolve(undefined);
  return async (req: Request, res: Response) => {
    const headers: Record<string, string> = {
      'Content-Type': contentType,
      'Cache-Control': cacheControl,
      ETag: etag,
      Vary: 'Accept-Encoding',
    };
    hygieneHeaders(res);
    // Split on commas, then trim: /\s*,\s*/ took 150 ms (quadratic) on a header of 15 KB of spaces.
    if (String(req.header('if-none-match') ?? '').split(',').some((tag) => tag.trim() === etag)) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    let out: Buffer = body;
    const gz = /\bgzip\b/.test(String(req.header('accept-encoding') ?? '')) ? await zipped : undefined;
    if (gz) {
      out = gz;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = String(out.length);
    res.writeHead(200, headers);
    res.end(out);
  };
}

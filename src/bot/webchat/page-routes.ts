import { randomBytes } from 'crypto';
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import type { Request, Response, Server } from 'restify';
import type { RouteModule } from '../server';
import { TOKEN_PATH } from '../directline/token-routes';
import { wordsFor } from '../../copy';
import { renderPage, type PageSettings } from './page';
import { pageLanguage } from './page-language';
import { contentSecurityPolicy, hygieneHeaders, originsOf } from './security-headers';
import { staticFile } from './static-files';

/** The project root, the same from src/ (ts-node) and dist/ (npm start): static files are not compiled. */
const ROOT = resolve(__dirname, '../../..');
export const STATIC_DIR = join(ROOT, 'src/bot/webchat/static');
/**
 * Web Chat's prebuilt bundle (React, Adaptive Cards, Direct Line client) from its npm package,
 * pinned in package.json and brought by scripts/fetch-webchat.js (npm's postinstall).
 */
export function webChatBundle(): string {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).webchatBundle as { version: string };
  const path = join(ROOT, 'node_modules/.cache/webchat', version, 'dist/webchat.js');
  if (!existsSync(path)) throw new Error(`the Web Chat bundle is missing (${path}): run npm run webchat:fetch`);
  return path;
}

export interface WebChatPageOptions {
  brandName: string;
  brandColor: string;
  brandLogoUrl?: string;
  supportRequestUrl: string;
  stateTtlHours: number;
  /** Absolute Direct Line URL (production) or a path on this server (local Direct Line). */
  directLineDomain: string;
  webSocket: boolean;
}

/** GET / (the chat page) and /webchat/* (its script, style and the Web Chat bundle). */
export function webChatRoutes(options: WebChatPageOptions): RouteModule {
  const external = /^https?:/.test(options.directLineDomain) ? originsOf(options.directLineDomain) : [];
  const images = options.brandLogoUrl ? [new URL(options.brandLogoUrl).origin] : [];
  const revalidate = 'public, max-age=0, must-revalidate';
  const files: Record<string, ReturnType<typeof staticFile>> = {
    'webchat.js': staticFile(webChatBundle(), 'text/javascript; charset=utf-8', 'public, max-age=86400'),
    'embed.js': staticFile(join(STATIC_DIR, 'embed.js'), 'text/javascript; charset=utf-8', revalidate),
    'page.css': staticFile(join(STATIC_DIR, 'page.css'), 'text/css; charset=utf-8', revalidate),
    'favicon.svg': staticFile(join(STATIC_DIR, 'favicon.svg'), 'image/svg+xml', 'public, max-age=86400'),
  };

  return (server: Server) => {
    server.get('/', async (req: Request, res: Response) => {
      const nonce = randomBytes(16).toString('base64');
      const settings: PageSettings = { ...options, tokenUrl: TOKEN_PATH, nonce };
      const language = pageLanguage((req.query as Record<string, unknown> | undefined)?.lang, req.headers['accept-language']);
      const html = renderPage(settings, wordsFor(language, options.brandName));
      hygieneHeaders(res);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(html)),
        'Cache-Control': 'no-store', // the nonce is new every time
        'Content-Language': language,
        Vary: 'Accept-Language',
        'Content-Security-Policy': contentSecurityPolicy(nonce, external, images),
      });
      res.end(html);
    });
    for (const [name, handler] of Object.entries(files)) server.get(`/webchat/${name}`, handler);
  };
}

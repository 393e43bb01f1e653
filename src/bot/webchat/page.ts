import type { Words } from '../../copy';

/** Settings the page shows or hands to embed.js. */
export interface PageSettings {
  brandName: string;
  brandColor: string;
  /** An image beside the name in the header (decorative: the name is text). */
  brandLogoUrl?: string;
  tokenUrl: string;
  /** Direct Line 3.0 base URL (absolute, or a path on this server). */
  directLineDomain: string;
  webSocket: boolean;
  supportRequestUrl: string;
  /** How long a conversation is kept after its last message, for the privacy note. */
  stateTtlHours: number;
  /** Per-response nonce: Web Chat puts it on the <style> elements it adds. */
  nonce: string;
}

/** The page's language as the locale Web Chat sends to the bot. */
const LOCALES: Record<string, string> = { en: 'en-US', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

/** Text for HTML text and quoted attribute values: nothing in it can open a tag or end a quote. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The bot's own chat page at GET /: the support site's look, its scripts are files (no inline script). */
export function renderPage(s: PageSettings, w: Words): string {
  const e = escapeHtml;
  const t = (key: Parameters<Words['t']>[0], vars?: Record<string, string | number>) => e(w.t(key, vars));
  const ttl = s.stateTtlHours;
  const privacy = ttl >= 48 && ttl % 24 === 0 ? t('page.privacyDays', { days: ttl / 24 }) : t('page.privacyHours', { hours: ttl });
  const messages = Object.fromEntries(['connecting', 'reconnecting', 'expired', 'disconnected', 'tooMany', 'unavailable', 'noBundle'].map((k) => [k, w.t(`page.${k}` as never)]));
  const logo = s.brandLogoUrl ? `<img class="chat-logo" src="${e(s.brandLogoUrl)}" alt="" width="40" height="40">\n` : '';
  return `<!doctype html>
<html lang="${w.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${t('page.title')}</title>
<meta name="description" content="${t('page.description')}">
<link rel="icon" href="/webchat/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/webchat/page.css">
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/embed.js" nonce="${e(s.nonce)}" defer></script>
</head>
<body>
<div class="chat-page">
<header class="chat-header">
${logo}<div class="chat-title">
<h1>${t('page.heading')}</h1>
<p>${t('page.tagline')}</p>
</div>
<button type="button" class="chat-button" data-webchat-start-over disabled>${t('page.startOver')}</button>
</header>
<main class="chat-main">
<p class="chat-status" data-webchat-status role="status">${t('page.connecting')}</p>
<button type="button" class="chat-button chat-retry" data-webchat-retry hidden>${t('page.retry')}</button>
<div id="webchat" class="chat" role="region" aria-label="${t('page.chatLabel')}"
 data-token-url="${e(s.tokenUrl)}"
 data-directline-domain="${e(s.directLineDomain)}"
 data-web-socket="${s.webSocket}"
 data-brand-name="${e(s.brandName)}"
 data-brand-color="${e(s.brandColor)}"
 data-locale="${LOCALES[w.language]}"
 data-messages="${e(JSON.stringify(messages))}"></div>
<noscript><p class="chat-noscript">${t('page.noScript')} <a href="${e(s.supportRequestUrl)}">${t('page.noScriptLink')}</a>.</p></noscript>
</main>
<footer class="chat-footer">
<p class="chat-privacy">${privacy}</p>
<p class="chat-request">${t('page.requestLead')} <a href="${e(s.supportRequestUrl)}">${t('page.requestLink')}</a></p>
</footer>
</div>
</body>
</html>
`;
}

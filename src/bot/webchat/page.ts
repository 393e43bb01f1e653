import { pageText as t } from './page-text';

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

/** Text for HTML text and quoted attribute values: nothing in it can open a tag or end a quote. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The bot's own chat page at GET /: the support site's look, its scripts are files (no inline script). */
export function renderPage(s: PageSettings): string {
  const e = escapeHtml;
  const brand = s.brandName;
  const logo = s.brandLogoUrl ? `<img class="chat-logo" src="${e(s.brandLogoUrl)}" alt="" width="40" height="40">\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(t.title(brand))}</title>
<meta name="description" content="${e(t.description(brand))}">
<link rel="icon" href="/webchat/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/webchat/page.css">
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/embed.js" nonce="${e(s.nonce)}" defer></script>
</head>
<body>
<div class="chat-page">
<header class="chat-header">
${logo}<div class="chat-title">
<h1>${e(t.heading(brand))}</h1>
<p>${e(t.tagline)}</p>
</div>
<button type="button" class="chat-button" data-webchat-start-over disabled>${e(t.startOver)}</button>
</header>
<main class="chat-main">
<p class="chat-status" data-webchat-status role="status">${e(t.connecting)}</p>
<button type="button" class="chat-button chat-retry" data-webchat-retry hidden>${e(t.retry)}</button>
<div id="webchat" class="chat" role="region" aria-label="${e(t.chatLabel(brand))}"
 data-token-url="${e(s.tokenUrl)}"
 data-directline-domain="${e(s.directLineDomain)}"
 data-web-socket="${s.webSocket}"
 data-brand-name="${e(brand)}"
 data-brand-color="${e(s.brandColor)}"></div>
<noscript><p class="chat-noscript">${e(t.noScript)} <a href="${e(s.supportRequestUrl)}">${e(t.noScriptLink)}</a>.</p></noscript>
</main>
<footer class="chat-footer">
<p class="chat-privacy">${e(t.privacy(s.stateTtlHours))}</p>
<p class="chat-request">${e(t.requestLead)} <a href="${e(s.supportRequestUrl)}">${e(t.requestLink)}</a></p>
</footer>
</div>
</body>
</html>
`;
}

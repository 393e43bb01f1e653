/** Settings the page shows or hands to embed.js. */
export interface PageSettings {
  brandName: string;
  brandColor: string;
  tokenUrl: string;
  /** Direct Line 3.0 base URL (absolute, or a path on this server). */
  directLineDomain: string;
  webSocket: boolean;
  supportRequestUrl: string;
  /** Per-response nonce: Web Chat puts it on the <style> elements it adds. */
  nonce: string;
}

/** Text for HTML text and quoted attribute values: nothing in it can open a tag or end a quote. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The bot's own chat page at GET /. Its scripts are files (no inline script). */
export function renderPage(s: PageSettings): string {
  const brand = escapeHtml(s.brandName);
  const attr = escapeHtml;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${brand} email help: POP or IMAP?</title>
<meta name="description" content="Chat with the ${brand} email helper to choose between POP and IMAP for your email program.">
<link rel="icon" href="/webchat/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/webchat/page.css">
<script src="/webchat/webchat.js" defer></script>
<script src="/webchat/embed.js" nonce="${attr(s.nonce)}" defer></script>
</head>
<body>
<div class="chat-page">
<header class="chat-header">
<div class="chat-title">
<h1>${brand} email help</h1>
<p>POP or IMAP? A few questions, then a recommendation.</p>
</div>
<button type="button" class="chat-button" data-webchat-start-over disabled>Start over</button>
</header>
<main class="chat-main">
<p class="chat-status" data-webchat-status role="status">Connecting to the chat…</p>
<button type="button" class="chat-button chat-retry" data-webchat-retry hidden>Try again</button>
<div id="webchat" class="chat" role="region" aria-label="Chat with the ${brand} email helper"
 data-token-url="${attr(s.tokenUrl)}"
 data-directline-domain="${attr(s.directLineDomain)}"
 data-web-socket="${s.webSocket}"
 data-brand-name="${brand}"
 data-brand-color="${attr(s.brandColor)}"></div>
<noscript><p class="chat-noscript">The chat needs JavaScript. You can also <a href="${attr(s.supportRequestUrl)}">send us a request</a>.</p></noscript>
</main>
</div>
</body>
</html>
`;
}

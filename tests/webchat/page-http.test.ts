import { startBot, type BotProcess } from '../support/bot-process';

const BRAND = `Mail & Co <script>alert("x")</script>`;

let bot: BotProcess;
beforeAll(async () => {
  bot = await startBot({ BRAND_NAME: BRAND, BRAND_COLOR: '#D83B01' });
});
afterAll(async () => {
  await bot.stop();
});

describe('GET / (the chat page)', () => {
  it('is served with a strict CSP and the hygiene headers', async () => {
    const res = await fetch(`${bot.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/connect-src 'self'(;|$)/); // locally, nothing but this server
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const html = await res.text();
    expect(html).toContain(`nonce="${nonce}"`);
    // A nonce is good for one response only.
    const again = await fetch(`${bot.url}/`);
    expect(again.headers.get('content-security-policy')).not.toContain(`nonce-${nonce}`);
  });

  it('loads nothing from anywhere else and has no inline script', async () => {
    const html = await (await fetch(`${bot.url}/`)).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(loaded).toEqual(['/webchat/favicon.svg', '/webchat/page.css', '/webchat/webchat.js', '/webchat/embed.js']);
  });

  it('shows the brand name as text, never as markup', async () => {
    const html = await (await fetch(`${bot.url}/`)).text();
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('<title>Mail &#38; Co &#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; email help: POP or IMAP?</title>');
    expect(html).toContain('data-brand-color="#D83B01"');
  });
});

describe('the page as the support site\'s', () => {
  let branded: BotProcess;
  beforeAll(async () => {
    branded = await startBot({
      BRAND_LOGO_URL: 'https://cdn.livebooks.example/logo.svg',
      STATE_TTL_HOURS: '48',
      SUPPORT_REQUEST_URL: 'https://support.livebooks.example/requests/new',
    });
  });
  afterAll(async () => {
    await branded.stop();
  });

  it('shows the configured logo, and its CSP allows images from that origin only', async () => {
    const res = await fetch(`${branded.url}/`);
    const html = await res.text();
    expect(html).toContain('<img class="chat-logo" src="https://cdn.livebooks.example/logo.svg" alt=""');
    expect(res.headers.get('content-security-policy')).toMatch(/img-src 'self' data: blob: https:\/\/cdn\.livebooks\.example(;|$)/);
  });

  it('says what is kept and for how long (from STATE_TTL_HOURS), and links the request form in its footer', async () => {
    const html = await (await fetch(`${branded.url}/`)).text();
    const footer = /<footer[^>]*>([\s\S]*)<\/footer>/.exec(html)?.[1] ?? '';
    expect(footer).toMatch(/We keep this chat for up to 2 days after your last message/);
    expect(footer).toContain('<a href="https://support.livebooks.example/requests/new">Submit a request</a>');
  });

  it('has no logo, and no image origin in its CSP, unless one is configured', async () => {
    const res = await fetch(`${bot.url}/`);
    expect(await res.text()).not.toContain('chat-logo');
    expect(res.headers.get('content-security-policy')).toMatch(/img-src 'self' data: blob:;/);
    expect(await (await fetch(`${bot.url}/`)).text()).toMatch(/for up to 24 hours after your last message/);
  });
});

describe('the Web Chat bundle from its npm package', () => {
  it('is served gzipped with caching headers, and revalidates to a 304', async () => {
    const res = await fetch(`${bot.url}/webchat/webchat.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    expect(Number(res.headers.get('content-length'))).toBeLessThan(1_500_000);
    expect(await res.text()).toMatch(/renderWebChat/);
    const etag = res.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${bot.url}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('and the page script and style beside it', async () => {
    const script = await fetch(`${bot.url}/webchat/embed.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toMatch(/WEB_CHAT\/SEND_MESSAGE/);
    const style = await fetch(`${bot.url}/webchat/page.css`);
    expect(style.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(style.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

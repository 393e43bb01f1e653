/**
 * BRAND_NAME reaches every line a person reads: with another brand (and its own servers and
 * links), nothing the bot can say names liveBooks.
 */
import { loadCatalogs, wordsFor, type CopyKey } from '../../src/copy';
import { takeTurn } from '../../src/dialogs/turn';
import { readable } from '../support/direct-client';
import { inProcessBot, settingsFrom } from '../support/in-process';

const acme = {
  BRAND_NAME: 'Acme',
  SETUP_GUIDE_URL: 'https://help.acme.example/setup',
  SUPPORT_REQUEST_URL: 'https://help.acme.example/request',
  MAIL_IMAP_HOST: 'imap.acme.example',
  MAIL_POP_HOST: 'pop.acme.example',
  MAIL_SMTP_HOST: 'smtp.acme.example',
};
const settings = settingsFrom(acme);

describe('the brand from configuration', () => {
  it('is in every message of the copy that names the company', () => {
    const w = wordsFor('en', 'Acme');
    const vars = { cutoff: 'x', botName: 'x', example: 'x', hint: 'x', facts: 'x', fact: 'x', text: 'x', protocol: 'IMAP', before: 'POP', after: 'IMAP', age: 'x', url: 'x', incomingHost: 'x', incomingPort: 1, outgoingHost: 'x', imapHost: 'x', popHost: 'x', smtpHost: 'x', hours: 2, days: 2 };
    const named: string[] = [];
    for (const key of loadCatalogs().get('en')!.messages.keys()) {
      const said = w.t(key as CopyKey, vars);
      expect({ key, said }).toEqual({ key, said: expect.not.stringMatching(/live ?books/i) });
      if (said.includes('Acme')) named.push(key);
    }
    expect(named).toEqual(expect.arrayContaining(['welcome', 'eligibility.question', 'help', 'recommendation.intro', 'reasons.generalImap']));
  });

  it('is the only brand a person meets in whole conversations, on every path', async () => {
    const bot = inProcessBot(undefined, { settings });
    const paths = [
      ['hi', 'help', 'why', 'not sure', 'why', 'not sure', 'not sure', 'not sure', 'not sure', 'not sure', 'not sure', 'not sure', 'what did I say', 'How do I set it up?', 'Submit a request', 'Done', 'No'],
      ['hello', 'Yes, before then', 'On one computer only', 'no', 'I make my own backups', 'why', 'How do I set it up?', 'Change an answer', '1', 'On several computers, phones or tablets', 'yes'],
      ['hey', 'No, on or after then', 'why', 'Submit a request', 'back', 'yes', 'stop', 'hi again'],
    ];
    let heard = '';
    for (const [i, path] of paths.entries()) {
      const chat = bot.chat({ channelId: i === 0 ? 'webchat' : 'test' });
      heard += readable(await chat.join());
      for (const line of path) heard += readable(await chat.say(line));
    }
    const intro = takeTurn(undefined, { kind: 'joined', group: true, botName: 'Helper', channel: { handoff: false } }, settings);
    heard += intro.replies.map((r) => ('text' in r ? r.text : '')).join('\n');
    expect(heard).toMatch(/Acme/);
    expect(heard).toMatch(/imap\.acme\.example/);
    expect(heard).toMatch(/help\.acme\.example\/request/);
    expect(heard).not.toMatch(/live ?books/i);
  });
});

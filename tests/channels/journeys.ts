/**
 * Whole conversations a person has with the bot, written once and played on every channel:
 * each step clicks what that channel offers (or types the number of a numbered option).
 */
import type { ChannelUser } from '../support/channel-user';

export interface Journey {
  name: string;
  run(u: ChannelUser): Promise<void>;
}

const several = 'On several computers, phones or tablets';

export const journeys: Journey[] = [
  {
    name: 'IMAP, then the set-up steps, a request, and "Done" with helpful feedback',
    async run(u) {
      await u.join();
      expect(u.read()).toMatch(/help you choose between POP and IMAP/);
      await u.pick('Yes, before then');
      await u.pick(several);
      await u.pick('Yes, it works with IMAP');
      expect(u.read()).toMatch(/I recommend IMAP/);
      await u.pick('How do I set it up?');
      expect(u.read()).toMatch(/imap\.livebooks\.com`?, port 993/);
      await u.pick('Submit a request');
      expect(u.read()).toMatch(/support team/);
      await u.pick('Done');
      expect(u.read()).toMatch(/Did this help\?/);
      await u.pick('Yes');
      expect(u.read()).toMatch(/thanks for letting me know/);
    },
  },
  {
    name: 'POP for one computer, then "Change an answer" turns it into IMAP, then "Done" unhelpful',
    async run(u) {
      await u.join();
      await u.pick('Yes, before then');
      await u.pick('On one computer only');
      await u.pick('No');
      await u.pick('I make my own backups');
      expect(u.read()).toMatch(/I recommend POP/);
      await u.pick('Change an answer');
      expect(u.read()).toMatch(/Which answer would you like to change\?/);
      await u.pick('Where you read email');
      expect(u.read()).toMatch(/Where do you read your email\?/);
      await u.pick(several);
      await u.pick('Yes, it works with IMAP');
      expect(u.read()).toMatch(/changes my recommendation from POP to IMAP/);
      await u.pick('Done');
      await u.pick('No');
      expect(u.read()).toMatch(/A person on our support team can help/);
    },
  },
  {
    name: 'POP, then the set-up steps for POP',
    async run(u) {
      await u.join();
      await u.pick('Yes, before then');
      await u.pick('On one computer only');
      await u.pick('No');
      await u.pick('I make my own backups');
      expect(u.read()).toMatch(/I recommend POP/);
      await u.pick('How do I set it up?');
      expect(u.read()).toMatch(/pop\.livebooks\.com, port 995/);
      expect(u.read()).toMatch(/smtp\.livebooks\.com, port 465/);
    },
  },
  {
    name: 'the hard rule: a program without IMAP gets POP, then "Start over"',
    async run(u) {
      await u.join();
      await u.pick('Yes, before then');
      await u.pick(several);
      await u.pick("No, it doesn't");
      expect(u.read()).toMatch(/I recommend POP/);
      expect(u.read()).toMatch(/other devices/);
      await u.pick('Start over');
      expect(u.read()).toMatch(/start over/);
      expect(u.read()).toMatch(/did you create your liveBooks account before/);
      await u.pick('Not sure');
      expect(u.read()).toMatch(/Where do you read your email\?/);
    },
  },
  {
    name: 'an account too new for this advice gets the request card, then "Start over"',
    async run(u) {
      await u.join();
      await u.pick('No, on or after then');
      expect(u.read()).toMatch(/doesn't apply to yours/);
      expect(u.offers().map((o) => o.label)).toEqual(['Start over', 'Done']);
      await u.pick('Start over');
      expect(u.read()).toMatch(/did you create your liveBooks account before/);
    },
  },
  {
    name: 'everything described up front, then a change menu of all 7 topics',
    async run(u) {
      await u.say(
        'I read my mail on my iPhone and my laptop with Outlook. I leave copies on the server. ' +
          'I use Time Machine. My laptop is almost full. I use SpamShield. My internet is slow.',
      );
      expect(u.read()).toMatch(/Got it: you read email on several devices/);
      await u.pick('Yes, before then');
      expect(u.read()).toMatch(/I recommend IMAP/);
      await u.pick('Change an answer');
      expect(u.offers()).toHaveLength(7);
      await u.pick('Internet connection');
      expect(u.read()).toMatch(/Is your Internet connection slow\?/);
      await u.pick("No, it's fine");
      expect(u.read()).toMatch(/My recommendation stays IMAP/);
    },
  },
  {
    name: 'help, why, back and "what did I say" along the way',
    async run(u) {
      await u.join();
      await u.say('help');
      expect(u.read()).toMatch(/You can also say/);
      await u.pick('Yes, before then');
      await u.say('why');
      expect(u.read()).toMatch(/Why I ask/);
      await u.pick('On one computer only');
      await u.say('back');
      expect(u.read()).toMatch(/go back/);
      expect(u.read()).toMatch(/Where do you read your email\?/);
      await u.say('what did I say');
      expect(u.read()).toMatch(/what you told me/);
    },
  },
];

/**
 * Every language on Teams and Slack: the questions, their buttons and the advice in the
 * conversation's language, and a click on a button in that language is understood. The
 * language comes from the channel's locale (Teams sends the client's) or from what is typed.
 */
import { LANGUAGES, wordsFor, type Language } from '../../src/copy';
import { offered, readable } from '../support/direct-client';
import { inProcessBot } from '../support/in-process';

const LOCALES: Record<Language, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR', es: 'es-ES' } as Record<Language, string>;

describe.each(['msteams', 'slack'])('on %s', (channelId) => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('speaks %s from the first message to the advice, clicks included', async (language) => {
    const words = wordsFor(language, 'liveBooks');
    const bot = inProcessBot();
    const chat = bot.chat({ channelId, locale: LOCALES[language] });
    const first = await chat.say(words.t('smallTalk.greeting'));
    expect(readable(first)).toContain(words.t('eligibility.question', { cutoff: words.date('2015-08-06') }).slice(0, 20));
    expect(offered(first)).toEqual([words.t('eligibility.before'), words.t('eligibility.after'), words.t('notSure')]);
    const devices = await chat.say(words.t('eligibility.before'));
    expect(offered(devices)).toContain(words.t('questions.devices.options.severalDevices'));
    const program = await chat.say(words.t('questions.devices.options.severalDevices'));
    expect(offered(program)).toContain(words.t('questions.program.options.yes'));
    const advice = await chat.say(words.t('questions.program.options.yes'));
    expect(readable(advice)).toContain(words.t('recommendation.title', { protocol: 'IMAP' }));
    expect(readable(advice)).toContain(words.t('reasons.imapSeveralDevices').slice(0, 30));
    expect(offered(advice)).toContain(words.t('actions.setup'));
    expect(readable(advice)).not.toMatch(/I recommend|Where do you read/);
  });
});

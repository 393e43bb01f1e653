import type { CriterionId } from '../../src/rules';
import { understand, understanderFor } from '../../src/understanding';
import { atQuestion, say } from '../support/turns';

const where = { cutoff: '2015-08-06', today: '2026-12-01' };
const read = (text: string) => understand(text, where, understanderFor('en'));
const commandOf = (text: string) => read(text).command;
const factsIn = (text: string) => ({ answers: Object.fromEntries(read(text).facts.filter((f) => f.confidence === 'sure').map((f) => [f.criterion, f.value])) });


describe('typed answers in their everyday forms', () => {
  const cases: Array<[CriterionId, string, string]> = [
    ['program', 'yes', 'yes'], ['program', 'Yep!', 'yes'], ['program', 'yeah', 'yes'], ['program', 'sure', 'yes'],
    ['program', 'I do', 'yes'], ['program', 'YES.', 'yes'], ['program', 'yes it does', 'yes'], ['program', 'I use Outlook', 'yes'],
    ['program', 'no', 'no'], ['program', 'nah', 'no'], ['program', 'Nope', 'no'], ['program', 'not really', 'no'],
    ['program', "it doesn't", 'no'], ['program', 'it only supports POP', 'no'], ['program', '2', 'no'],
    ['program', 'not sure', 'unsure'], ['program', "I don't know", 'unsure'], ['program', 'dunno', 'unsure'],
    ['program', 'skip', 'unsure'], ['program', 'no idea', 'unsure'], ['program', '3', 'unsure'], ['program', 'Not sure', 'unsure'],
    ['devices', 'On one computer only', 'oneComputer'], ['devices', 'just my laptop', 'oneComputer'], ['devices', 'only my iMac', 'oneComputer'],
    ['devices', 'one', 'oneComputer'], ['devices', '1', 'oneComputer'], ['devices', 'the first one', 'oneComputer'],
    ['devices', "I've got a phone and a laptop", 'severalDevices'], ['devices', 'several', 'severalDevices'],
    ['devices', 'my iPhone, iPad and Mac', 'severalDevices'], ['devices', 'multiple devices', 'severalDevices'], ['devices', '3', 'severalDevices'],
    ['devices', 'webmail', 'webmail'], ['devices', 'Outlook and Web Mail', 'webmail'], ['devices', 'option 2', 'webmail'],
    ['devices', "don't know", 'unsure'],
    ['popToday', 'no', 'no'], ['popToday', "Yes, and I'm happy with it", 'satisfied'], ['popToday', 'happy with pop', 'satisfied'],
    ['popToday', 'I leave copies on the server', 'leaveOnServer'], ['popToday', '3', 'leaveOnServer'], ['popToday', 'I use IMAP already', 'no'],
    ['backups', 'me', 'self'], ['backups', 'I back up with Time Machine', 'self'], ['backups', 'myself', 'self'],
    ['backups', 'the server', 'server'], ['backups', 'automatically', 'server'], ['backups', 'you', 'server'],
    ['storage', 'my phone is almost full', 'shortOfSpace'], ['storage', 'space', 'shortOfSpace'],
    ['storage', "I don't want to watch a mailbox limit", 'noLimits'], ['storage', 'limits', 'noLimits'],
    ['spamShield', 'yes', 'yes'], ['spamShield', 'nope', 'no'], ['spamShield', 'what is that', undefined as never],
    ['connection', 'yes, it is slow', 'yes'], ['connection', 'slow', 'yes'], ['connection', 'dial-up', 'yes'],
    ['connection', "no, it's fine", 'no'], ['connection', 'fast', 'no'], ['connection', 'fibre', 'no'],
  ];
  it.each(cases)('%s: "%s" means %s', (id, text, expected) => {
    expect(say(atQuestion(id), text).state.answers[id]).toBe(expected);
  });

  it('does not take a command for an answer, nor an answer for a command', () => {
    for (const word of ['help', 'why', 'back', 'start over', 'stop', 'cancel', 'what did I say']) {
      expect(commandOf(word)).toBeDefined();
    }
    for (const word of ['no', 'yes', 'not sure', 'nope', 'one computer', '2']) {
      expect(commandOf(word)).toBeUndefined();
    }
  });

  it('understands interruptions in everyday words', () => {
    expect(commandOf('Why do you ask?')).toBe('why');
    expect(commandOf('wait, go back')).toBe('back');
    expect(commandOf("Let's start over")).toBe('startOver');
    expect(commandOf('never mind')).toBe('stop');
    expect(commandOf('What have I told you?')).toBe('summary');
    expect(commandOf('I want to talk to a person')).toBe('request');
    expect(commandOf('can I speak to a real human please?')).toBe('request');
    expect(commandOf('I want to stop using POP')).toBeUndefined();
    expect(commandOf('talk to a human')).toBe('request');
  });
});

describe('account date', () => {
  it.each([
    ['Yes, before then', 'before'], ['yes', 'before'], ['1', 'before'], ['I opened it in 2012', 'before'], ['2009', 'before'],
    ['No, on or after then', 'after'], ['no', 'after'], ['2019', 'after'], ['it is a new account', 'after'], ['2016-01-01', 'after'],
    ['2015-08-05', 'before'], ['not sure', 'unsure'], ['no idea', 'unsure'], ["I don't remember", 'unsure'], ["I'll check later", 'unsure'],
    ['2 years ago', 'after'], ['a couple of years ago', 'after'], ['July 2015', 'before'], ['September 2015', 'after'], ['back in 2009', 'before'],
  ])('"%s" means %s', (text, age) => {
    expect(say(atQuestion('eligibility'), text).state.age).toBe(age);
  });

  it.each(['2015', 'in 2015', 'before 2020', 'about 10 years ago', 'summer 2015'])('"%s" straddles the cutoff: one clarifying question, nothing recorded', (text) => {
    const r = say(atQuestion('eligibility'), text);
    expect(r.state.age).toBeUndefined();
    expect(r.replies.map((x) => ('text' in x ? x.text : '')).join('\n')).toMatch(/was it before 6 August 2015\?/);
  });
});

describe('descriptions', () => {
  it('takes several answers from one message and says nothing it did not understand', () => {
    expect(factsIn('I read my mail on my iPhone and my laptop and sometimes in webmail').answers).toEqual({ devices: 'severalDevices' });
    expect(factsIn('Just my laptop, I use Outlook and my internet is slow').answers).toEqual({ devices: 'oneComputer', program: 'yes', connection: 'yes' });
    expect(factsIn('I use POP and leave copies on the server, and I use SpamShield').answers).toEqual({ popToday: 'leaveOnServer', spamShield: 'yes' });
  });

  it('ignores what is negated', () => {
    expect(factsIn("I don't use webmail").answers).toEqual({});
    expect(factsIn('I never use SpamShield').answers).toEqual({ spamShield: 'no' });
    expect(factsIn("I don't use webmail, just my laptop").answers).toEqual({ devices: 'oneComputer' });
    expect(factsIn('Hi, I found this chat on the web. I read my mail on my PC only.').answers).toEqual({ devices: 'oneComputer' });
  });
});

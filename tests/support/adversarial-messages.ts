/**
 * Messages made to be expensive to read, up to the length limit: runs of spaces, repeated
 * words, digits and dates, unicode, many clauses and negations, typos. A fixed, seeded set,
 * shared by the robustness test and `npm run bench:message-cost`.
 */
import { MAX_MESSAGE_CHARS } from '../../src/understanding';
import { seeded } from './seeded-random';

const fill = (unit: string) => unit.repeat(Math.ceil(MAX_MESSAGE_CHARS / unit.length)).slice(0, MAX_MESSAGE_CHARS);

export function adversarialMessages(): string[] {
  const rand = seeded(16);
  const words = ['not', 'no', 'but', 'and', 'i', 'also', 'phone', 'laptop', '2015', 'ago', 'years', 'before', 'after', 'august', 'spam', 'shield', 'server', 'pop', 'imap', 'dont', 'what', '?', ',', '.', 'x', 'aaaaaaaa', 'ü', '日本', '🙂', '12.03.2013', '6/8/2015', '08/2015', 'nicht', 'pas', 'también'];
  const random = Array.from({ length: 40 }, () => {
    let s = '';
    while (s.length < MAX_MESSAGE_CHARS - 20) s += words[Math.floor(rand() * words.length)] + (rand() < 0.8 ? ' ' : '');
    return s;
  });
  return [
    `x${' '.repeat(MAX_MESSAGE_CHARS - 2)}x`, fill(' '), fill('but '), fill('and i '), fill('not '), fill('no, '), fill('2015 '),
    fill('12.03.2013 '), fill('6/8/2015 '), fill('08/2015 '), fill('2 years ago '), fill('august 2015 '), fill('the 6th of august 2015, '),
    fill('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa '), fill('qwertyuiop '), fill('imap? '), fill('?'), fill(','),
    fill('🙂'), fill('ñáéü '), fill('日本語のテキスト'), fill('1 2 3 4 5 6 7 8 9 '), fill('my phone and my laptop and my ipad and '),
    fill('what is imap how do i set it up in outlook '), fill("I don't use webmail, "), fill('spamshild thunderbrid laptpo iphne '),
    fill('ich habe kein handy und '), fill("je n'ai pas de téléphone et "), fill('no tengo móvil y '),
    ...random,
  ];
}

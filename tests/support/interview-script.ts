/**
 * A scripted person for end-to-end runs: says hi, confirms an eligible account, then
 * picks one of the offered answers at random (seeded) until the bot recommends. The same
 * seed makes the same choices as long as the bot asks the same questions.
 */
import type { Activity } from 'botbuilder';
import { offered, readable } from './direct-client';

export type Say = (text: string) => Promise<Activity[]>;

/** What the person reads: message activities only (a typing indicator may come or not). */
export function messages(replies: Activity[]): string {
  return readable(replies.filter((a) => a.type === 'message'));
}

export const RECOMMENDED = /I recommend (POP|IMAP)/;

/** Runs the interview; returns what the bot said at each turn. */
export async function interview(say: Say, random: () => number): Promise<string[]> {
  const transcript = [messages(await say('hi'))];
  let answer = 'Yes, before then';
  for (let step = 0; step < 12; step++) {
    const replies = await say(answer);
    transcript.push(messages(replies));
    if (RECOMMENDED.test(transcript[transcript.length - 1])) return transcript;
    const options = offered(replies);
    if (!options.length) throw new Error(`no answers offered after "${answer}": ${messages(replies)}`);
    answer = options[Math.floor(random() * options.length)];
  }
  throw new Error(`no recommendation after 12 answers:\n${transcript.join('\n---\n')}`);
}

/** The bot's JSON log lines. */
export function logLines(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * A person on a given channel, talking to the real bot over HTTP: reads the options the
 * bot's replies offer and answers the way that channel's client would send a click.
 *  - Teams: an Adaptive Card Action.Submit with `msteams` imBack data sends its value as text.
 *  - Slack: a hero-card imBack button sends its value as text.
 *  - Web Chat / Direct Line: suggested actions, hero-card imBack buttons and Action.Submit
 *    with string data send their value as text.
 *  - Anywhere: a numbered option ("2. No") is picked by typing its number.
 * A click the channel can't send (a postBack on Teams, a card on Slack) is not offered.
 */
import type { Activity } from 'botbuilder';
import { conversation, readable, type Conversation } from './direct-client';
import { promptStarters } from './teams-manifest';

export type OfferKind = 'suggestedAction' | 'heroImBack' | 'submitText' | 'submitTeamsImBack' | 'numbered';

export interface Offer {
  label: string;
  /** The text the channel sends when the person picks it. */
  send: string;
  kind: OfferKind;
}

const clickable: Record<string, OfferKind[]> = {
  msteams: ['submitTeamsImBack', 'numbered'],
  slack: ['heroImBack', 'numbered'],
  webchat: ['suggestedAction', 'heroImBack', 'submitText', 'numbered'],
  directline: ['suggestedAction', 'heroImBack', 'submitText', 'numbered'],
};

export class ChannelUser {
  /** Every activity the bot sent in this conversation. */
  readonly transcript: Activity[] = [];
  /** The bot's replies to the last thing said. */
  last: Activity[] = [];
  private readonly convo: Conversation;

  constructor(botUrl: string, readonly channelId: string) {
    this.convo = conversation(botUrl, channelId);
  }

  /**
   * What starting a chat sends. Teams: installing announces the bot (conversationUpdate), then
   * the chat shows the app's prompt starters and the person picks the first one.
   */
  async join(): Promise<Activity[]> {
    const joined = await this.heard(this.convo.join());
    if (this.channelId !== 'msteams') return joined;
    return this.say(promptStarters('personal')[0]);
  }

  say(text: string): Promise<Activity[]> {
    return this.heard(this.convo.say(text));
  }

  /** Clicks the option with this label, or types its number where options are numbered. */
  async pick(label: string): Promise<Activity[]> {
    const offers = this.offers();
    const offer = offers.find((o) => o.label === label);
    if (!offer) {
      throw new Error(`${this.channelId}: "${label}" is not offered; offered: ${offers.map((o) => o.label).join(' | ') || 'nothing'}`);
    }
    return this.say(offer.send);
  }

  /** What the last reply offers that this channel's client can send. */
  offers(): Offer[] {
    const kinds = clickable[this.channelId] ?? ['numbered'];
    return offersIn(this.last).filter((o) => kinds.includes(o.kind));
  }

  /** The text a person reads in the last reply. */
  read(): string {
    return readable(this.last);
  }

  private async heard(reply: Promise<Activity[]>): Promise<Activity[]> {
    this.last = await reply;
    this.transcript.push(...this.last);
    return this.last;
  }
}

/** The options offered by the last message that offers any. */
export function offersIn(activities: Activity[]): Offer[] {
  for (const a of [...activities].reverse()) {
    const offers = offersOf(a);
    if (offers.length) return offers;
  }
  return [];
}

interface CardAction { type: string; title?: string; value?: unknown; data?: unknown }

function offersOf(a: Activity): Offer[] {
  const out: Offer[] = [];
  for (const s of a.suggestedActions?.actions ?? []) {
    if (s.type === 'imBack') out.push({ label: String(s.title), send: String(s.value), kind: 'suggestedAction' });
  }
  for (const att of a.attachments ?? []) {
    const content = att.content as { buttons?: CardAction[]; actions?: CardAction[] };
    for (const b of content.buttons ?? []) {
      if (b.type === 'imBack') out.push({ label: String(b.title), send: String(b.value), kind: 'heroImBack' });
    }
    for (const act of content.actions ?? []) {
      if (act.type !== 'Action.Submit') continue;
      const teams = (act.data as { msteams?: { type?: string; value?: string } } | undefined)?.msteams;
      if (typeof act.data === 'string') out.push({ label: String(act.title), send: act.data, kind: 'submitText' });
      else if (teams?.type === 'imBack') out.push({ label: String(act.title), send: String(teams.value), kind: 'submitTeamsImBack' });
    }
  }
  for (const m of (a.text ?? '').matchAll(/^(\d+)\. (.+)$/gm)) out.push({ label: m[2], send: m[1], kind: 'numbered' });
  return out;
}

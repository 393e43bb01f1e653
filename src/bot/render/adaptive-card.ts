import { CardFactory, type Attachment } from 'botbuilder';
import type { Choice } from '../../dialogs/choices';
import type { ChannelCapabilities } from '../channels';
import { plain } from './text-format';

type Element = Record<string, unknown>;

/** Adaptive Card 1.5: renders in Web Chat (up to 1.6) and Teams (up to 1.5). */
export function adaptiveCard(body: Element[], actions: Element[]): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  });
}

/** Titles show no markdown on Teams, so they carry none. */
export function heading(text: string): Element {
  return { type: 'TextBlock', text: plain(text), weight: 'Bolder', size: 'Large', wrap: true, style: 'heading' };
}

export function subheading(text: string): Element {
  return { type: 'TextBlock', text: plain(text), weight: 'Bolder', wrap: true, spacing: 'Medium' };
}

export function paragraph(text: string): Element {
  return { type: 'TextBlock', text, wrap: true };
}

export function bullets(items: string[]): Element[] {
  return items.map((t) => ({ type: 'TextBlock', text: `• ${t}`, wrap: true, spacing: 'Small' }));
}

/**
 * A button whose click arrives as the person's own message, as if typed: Web Chat sends a
 * string `data` as the message text; Teams does the same for `msteams` imBack data, and shows
 * the words in the chat as the person's reply.
 */
export function submit(choice: Choice, caps: ChannelCapabilities): Element {
  const data = caps.submitStyle === 'teamsImBack' ? { msteams: { type: 'imBack', value: choice.label } } : choice.label;
  return { type: 'Action.Submit', title: choice.label, data };
}

export function openUrl(title: string, url: string): Element {
  return { type: 'Action.OpenUrl', title, url };
}

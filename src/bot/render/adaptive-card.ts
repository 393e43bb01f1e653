import { CardFactory, type Attachment } from 'botbuilder';
import type { Choice } from '../../dialogs/choices';
import type { ChannelCapabilities } from '../channels';
import { plain } from './text-format';

export type Element = Record<string, unknown>;

/**
 * Adaptive Card 1.5: renders in Web Chat (up to 1.6) and Teams (up to 1.5). `speak` is what
 * a screen reader announces when the card arrives (Web Chat's live region reads it).
 */
export function adaptiveCard(body: Element[], actions: Element[], speak?: string): Attachment {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    ...(speak ? { speak: plain(speak) } : {}),
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

/**
 * A section of the copy. One made only of "**Label:** value" paragraphs (the set-up servers)
 * becomes a FactSet, so host names and ports stand apart without markdown that Adaptive
 * Cards don't define (code spans show as backticks on Teams).
 */
export function section(text: string): Element {
  const lines = text.split(/\n+/);
  const facts = lines.map((l) => /^\*\*([^*]+?):\*\* (.+)$/.exec(l));
  if (lines.length > 1 && facts.every(Boolean)) {
    return { type: 'FactSet', facts: facts.map((m) => ({ title: (m as RegExpExecArray)[1], value: (m as RegExpExecArray)[2] })), spacing: 'Medium' };
  }
  return paragraph(text);
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

import { ActionTypes, ActivityTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import type { Words } from '../../copy';
import type { Choice } from '../../dialogs/choices';
import type { ChannelCapabilities } from '../channels';
import { adaptiveCard, paragraph, submit } from './adaptive-card';
import { formatText, numbered, plain } from './text-format';

export type Out = Partial<Activity>;

/**
 * A message and the answers it offers, the way the channel takes them: suggested actions
 * (Web Chat), Adaptive Card buttons (Teams), hero-card buttons under the text (Slack), or
 * numbered options in the text. A list longer than the channel allows becomes numbered text,
 * which works everywhere: typing the number picks the option. `links` are extra URL buttons
 * for hero cards; their URLs are already in the text.
 */
export function offer(text: string, choices: Choice[], caps: ChannelCapabilities, words: Words, links: CardAction[] = []): Out {
  const labels = choices.map((c) => c.label);
  if (caps.choices === 'suggestedActions' && labels.length <= caps.maxSuggestedActions) {
    return MessageFactory.suggestedActions(labels, formatText(text, caps.markdown));
  }
  if (caps.choices === 'adaptiveCard' && caps.adaptiveCardVersion && labels.length <= caps.maxCardButtons) {
    const card = adaptiveCard([paragraph(formatText(text, caps.markdown))], choices.map((c) => submit(c, caps)));
    // The summary is what notifications and screen readers show for a card.
    return { ...MessageFactory.attachment(card), summary: plain(text).split('\n').pop() };
  }
  if (caps.choices === 'heroCard' && labels.length + links.length <= caps.maxCardButtons) {
    // The words go in the message text (in the channel's markup); the card carries only buttons.
    const buttons = [...links, ...labels.map((l): CardAction => ({ type: ActionTypes.ImBack, title: l, value: l }))];
    return {
      type: ActivityTypes.Message,
      text: formatText(text, caps.markdown),
      attachments: [CardFactory.heroCard('', undefined, buttons)],
    };
  }
  return MessageFactory.text(formatText(`${text}\n\n${numbered(labels)}\n\n${words.t('numberedHint')}`, caps.markdown));
}

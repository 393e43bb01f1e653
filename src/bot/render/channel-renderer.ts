import {
  ActionTypes, ActivityTypes, CardFactory, EventFactory, MessageFactory, type Activity, type CardAction, type TurnContext,
} from 'botbuilder';
import type { ReplyRenderer } from '../../dialogs/ports';
import type { Choice, Reply } from '../../dialogs/replies';
import { copy } from '../../rules';
import { capabilitiesOf, type ChannelCapabilities } from '../channels';
import { adaptiveCard, bullets, heading, openUrl, paragraph, subheading, submit } from './adaptive-card';
import { formatText, numbered } from './text-format';

type Out = Partial<Activity>;

/**
 * Renders channel-neutral replies the way each channel shows them best, from the
 * capabilities table: suggested actions and Adaptive Cards on Web Chat, Adaptive Card
 * buttons on Teams, hero-card buttons and mrkdwn on Slack, numbered text elsewhere.
 */
export class ChannelRenderer implements ReplyRenderer {
  render(context: TurnContext, replies: Reply[]): Out[] {
    const caps = capabilitiesOf(context.activity.channelId);
    const out: Out[] = [];
    for (const reply of replies) {
      const activity = this.one(context, reply, caps);
      if (activity) out.push(activity);
    }
    return out;
  }

  private one(context: TurnContext, reply: Reply, caps: ChannelCapabilities): Out | undefined {
    switch (reply.kind) {
      case 'text':
        return MessageFactory.text(formatText(reply.text, caps.markdown));
      case 'question':
        return this.question(formatText(reply.text, caps.markdown), reply.choices, caps);
      case 'recommendation':
        return this.recommendation(reply, caps);
      case 'card':
        return this.card(reply, caps);
      case 'handoff':
        if (!caps.handoffEvent) return undefined;
        return EventFactory.createHandoffInitiation(context, {
          summary: reply.summary,
          answers: reply.answers,
          recommendation: reply.protocol ?? null,
        });
    }
  }

  private question(text: string, choices: Choice[], caps: ChannelCapabilities): Out {
    const labels = choices.map((c) => c.label);
    if (caps.choices === 'suggestedActions') return MessageFactory.suggestedActions(labels, text);
    if (caps.choices === 'adaptiveCard' && choices.length <= caps.maxCardButtons) {
      return MessageFactory.attachment(adaptiveCard([paragraph(text)], choices.map((c) => submit(c, caps))));
    }
    if (caps.choices === 'heroCard' && choices.length <= caps.maxCardButtons) {
      return MessageFactory.attachment(CardFactory.heroCard('', text, undefined, imBacks(labels)));
    }
    return MessageFactory.text(`${text}\n\n${numbered(labels)}\n\n${copy.say.numberedHint}`);
  }

  private recommendation(r: Extract<Reply, { kind: 'recommendation' }>, caps: ChannelCapabilities): Out {
    const { say } = copy;
    if (caps.adaptiveCardVersion && r.actions.length <= caps.maxCardButtons) {
      const body = [
        heading(r.title),
        paragraph(formatText(r.intro, caps.markdown)),
        subheading(say.reasonsHeading),
        ...bullets(r.reasons),
        subheading(say.caveatsHeading),
        ...bullets(r.caveats),
      ];
      const card = adaptiveCard(body, r.actions.map((a) => submit(a, caps)));
      // The summary text is what notifications, screen readers and transcripts show.
      return { ...MessageFactory.attachment(card), text: undefined, summary: r.title };
    }
    const list = (items: string[]) => items.map((t) => `- ${t}`).join('\n');
    const body = `**${r.title}**\n\n${r.intro}\n\n**${say.reasonsHeading}**\n${list(r.reasons)}\n\n**${say.caveatsHeading}**\n${list(r.caveats)}`;
    return this.withButtons(formatText(body, caps.markdown), r.actions, caps);
  }

  private card(c: Extract<Reply, { kind: 'card' }>, caps: ChannelCapabilities): Out {
    if (caps.adaptiveCardVersion && c.actions.length + 1 <= caps.maxCardButtons) {
      const actions = [
        ...(c.link ? [openUrl(c.link.label, c.link.url)] : []),
        ...c.actions.map((a) => submit(a, caps)),
      ];
      const body = [heading(c.title), ...c.sections.map((s) => paragraph(formatText(s, caps.markdown)))];
      return { ...MessageFactory.attachment(adaptiveCard(body, actions)), summary: c.title };
    }
    const link = c.link ? `\n\n${c.link.label}: ${c.link.url}` : '';
    const body = formatText(`**${c.title}**\n\n${c.sections.join('\n\n')}${link}`, caps.markdown);
    if (caps.choices === 'heroCard' && c.actions.length + 1 <= caps.maxCardButtons) {
      const buttons: CardAction[] = [
        ...(c.link ? [{ type: ActionTypes.OpenUrl, title: c.link.label, value: c.link.url }] : []),
        ...imBacks(c.actions.map((a) => a.label)),
      ];
      return { type: ActivityTypes.Message, text: body, attachments: [CardFactory.heroCard('', undefined, buttons)] };
    }
    return this.withButtons(body, c.actions, caps);
  }

  /** Text followed by its follow-up buttons, or by numbered options where there are no buttons. */
  private withButtons(text: string, actions: Choice[], caps: ChannelCapabilities): Out {
    const labels = actions.map((a) => a.label);
    if (caps.choices === 'heroCard' && labels.length <= caps.maxCardButtons) {
      return { type: ActivityTypes.Message, text, attachments: [CardFactory.heroCard('', undefined, imBacks(labels))] };
    }
    if (caps.choices === 'suggestedActions') return MessageFactory.suggestedActions(labels, text);
    return MessageFactory.text(`${text}\n\n${numbered(labels)}\n\n${copy.say.numberedHint}`);
  }
}

function imBacks(labels: string[]): CardAction[] {
  return labels.map((l) => ({ type: ActionTypes.ImBack, title: l, value: l }));
}

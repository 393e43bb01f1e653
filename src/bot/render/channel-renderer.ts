import { ActionTypes, EventFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Words } from '../../copy';
import type { Reply } from '../../dialogs/replies';
import { capabilitiesOf, type ChannelCapabilities } from '../channels';
import { adaptiveCard, bullets, heading, openUrl, paragraph, subheading, submit } from './adaptive-card';
import { offer, type Out } from './offer';
import { formatText } from './text-format';

type Recommendation = Extract<Reply, { kind: 'recommendation' }>;
type InfoCard = Extract<Reply, { kind: 'card' }>;

/**
 * Renders channel-neutral replies the way each channel shows them best, from the
 * capabilities table: suggested actions and Adaptive Cards on Web Chat, Adaptive Card
 * buttons on Teams, hero-card buttons under the text on Slack, numbered text elsewhere.
 */
export class ChannelRenderer {
  render(context: TurnContext, replies: Reply[], words: Words): Out[] {
    const caps = capabilitiesOf(context.activity.channelId);
    const out: Out[] = [];
    for (const reply of replies) {
      const activity = this.one(context, reply, caps, words);
      if (activity) out.push(activity);
    }
    return out;
  }

  private one(context: TurnContext, reply: Reply, caps: ChannelCapabilities, words: Words): Out | undefined {
    switch (reply.kind) {
      case 'text':
        return MessageFactory.text(formatText(reply.text, caps.markdown));
      case 'question':
        return offer(reply.text, reply.choices, caps, words);
      case 'recommendation':
        return recommendation(reply, caps, words);
      case 'card':
        return infoCard(reply, caps, words);
      case 'handoff':
        if (!caps.handoffEvent) return undefined;
        return EventFactory.createHandoffInitiation(context, {
          summary: reply.summary,
          answers: reply.answers,
          recommendation: reply.protocol ?? null,
        });
    }
  }
}

/** The advice as an Adaptive Card where the channel renders one, else as text with its follow-ups. */
function recommendation(r: Recommendation, caps: ChannelCapabilities, words: Words): Out {
  if (caps.adaptiveCardVersion && r.actions.length <= caps.maxCardButtons) {
    const body = [
      heading(r.title),
      paragraph(formatText(r.intro, caps.markdown)),
      subheading(r.reasonsHeading),
      ...bullets(r.reasons),
      subheading(r.caveatsHeading),
      ...bullets(r.caveats),
    ];
    const card = adaptiveCard(body, r.actions.map((a) => submit(a, caps)));
    // The summary text is what notifications, screen readers and transcripts show.
    return { ...MessageFactory.attachment(card), summary: r.title };
  }
  const list = (items: string[]) => items.map((t) => `- ${t}`).join('\n');
  const text = `**${r.title}**\n\n${r.intro}\n\n**${r.reasonsHeading}**\n${list(r.reasons)}\n\n**${r.caveatsHeading}**\n${list(r.caveats)}`;
  return offer(text, r.actions, caps, words);
}

/** Set-up steps or the support request: a card with a link button, or text with the link in it. */
function infoCard(c: InfoCard, caps: ChannelCapabilities, words: Words): Out {
  const links = c.link ? [{ type: ActionTypes.OpenUrl, title: c.link.label, value: c.link.url }] : [];
  if (caps.adaptiveCardVersion && c.actions.length + links.length <= caps.maxCardButtons) {
    const actions = [...(c.link ? [openUrl(c.link.label, c.link.url)] : []), ...c.actions.map((a) => submit(a, caps))];
    const body = [heading(c.title), ...c.sections.map((s) => paragraph(formatText(s, caps.markdown)))];
    return { ...MessageFactory.attachment(adaptiveCard(body, actions)), summary: c.title };
  }
  const link = c.link ? `\n\n${c.link.label}: ${c.link.url}` : '';
  return offer(`**${c.title}**\n\n${c.sections.join('\n\n')}${link}`, c.actions, caps, words, links);
}

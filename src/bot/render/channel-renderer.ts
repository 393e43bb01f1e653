import { ActionTypes, EventFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Words } from '../../copy';
import type { Reply } from '../../dialogs/replies';
import { capabilitiesOf, type ChannelCapabilities } from '../channels';
import type { Choice } from '../../dialogs/choices';
import { adaptiveCard, bullets, heading, paragraph, section, subheading, submit, type Element } from './adaptive-card';
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
      if (activity) out.push(inLanguage(activity, words.language));
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

/**
 * The advice as an Adaptive Card where the channel renders one, else as text with its
 * follow-ups. The follow-ups look and work like the answers before them: suggested actions
 * under the card where the channel has them (Web Chat: reachable with Tab, not trapped in the
 * card), card buttons where answers are card buttons too (Teams).
 */
function recommendation(r: Recommendation, caps: ChannelCapabilities, words: Words): Out {
  if (caps.adaptiveCardVersion && fitsWithCard(r.actions, caps)) {
    const body = [
      heading(r.title),
      paragraph(formatText(r.intro, caps.markdown)),
      subheading(r.reasonsHeading),
      ...bullets(r.reasons),
      subheading(r.caveatsHeading),
      ...bullets(r.caveats),
    ];
    // The summary text is what notifications, screen readers and transcripts show.
    return withFollowUps(body, r.actions, caps, r.title);
  }
  const list = (items: string[]) => items.map((t) => `- ${t}`).join('\n');
  const text = `**${r.title}**\n\n${r.intro}\n\n**${r.reasonsHeading}**\n${list(r.reasons)}\n\n**${r.caveatsHeading}**\n${list(r.caveats)}`;
  return offer(text, r.actions, caps, words);
}

/**
 * Set-up steps or the support request: a card where the channel renders one, else text with
 * the link in it. In a card the link is a link in its text (Adaptive Card markdown), so the
 * only buttons are the follow-ups; a URL the text already shows is not repeated.
 */
function infoCard(c: InfoCard, caps: ChannelCapabilities, words: Words): Out {
  if (caps.adaptiveCardVersion && fitsWithCard(c.actions, caps)) {
    const linked = c.link && !c.sections.some((s) => s.includes(c.link?.url ?? ''));
    const body = [
      heading(c.title),
      ...c.sections.map((s) => section(formatText(s, caps.markdown))),
      ...(c.link && linked ? [paragraph(`[${c.link.label}](${c.link.url})`)] : []),
    ];
    return withFollowUps(body, c.actions, caps, c.title);
  }
  const links = c.link ? [{ type: ActionTypes.OpenUrl, title: c.link.label, value: c.link.url }] : [];
  const link = c.link ? `\n\n${words.labelled(c.link.label, c.link.url)}` : '';
  return offer(`**${c.title}**\n\n${c.sections.join('\n\n')}${link}`, c.actions, caps, words, links);
}

/** The activity and its Adaptive Cards say which language they are in (screen readers, Teams' rendering). */
function inLanguage(activity: Out, language: string): Out {
  for (const a of activity.attachments ?? []) {
    if (a.contentType === 'application/vnd.microsoft.card.adaptive' && a.content && typeof a.content === 'object') (a.content as { lang?: string }).lang = language;
  }
  return activity.type === 'event' ? activity : { ...activity, locale: language };
}

function fitsWithCard(actions: Choice[], caps: ChannelCapabilities): boolean {
  return caps.choices === 'suggestedActions' ? actions.length <= caps.maxSuggestedActions : actions.length <= caps.maxCardButtons;
}

/** A card and its follow-ups: suggested actions on the message, or the card's own buttons. */
function withFollowUps(body: Element[], actions: Choice[], caps: ChannelCapabilities, summary: string): Out {
  if (caps.choices === 'suggestedActions') {
    const labels = actions.map((a) => a.label);
    return { ...MessageFactory.suggestedActions(labels), attachments: [adaptiveCard(body, [], summary)], summary };
  }
  return { ...MessageFactory.attachment(adaptiveCard(body, actions.map((a) => submit(a, caps)), summary)), summary };
}

import {
  ActivityTypes, BotAdapter as CoreAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import type { WireActivity } from './local-conversations';

/**
 * Runs turns in-process for the local Direct Line: the bot's replies are handed to
 * `deliver` as they are sent, so a typing indicator sent mid-turn shows up while the
 * turn is still working (with deliveryMode expectReplies it would arrive with the answer).
 */
export class LocalAdapter extends CoreAdapter {
  constructor(private readonly deliver: (activity: WireActivity) => string) {
    super();
  }

  /** One turn for `activity` through the middleware, then `logic`. */
  run(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return this.runMiddleware(new TurnContext(this, activity), logic);
  }

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, Math.min(Number(activity.value) || 0, 5_000)));
        responses.push({ id: '' });
      } else if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace) {
        responses.push({ id: '' });
      } else {
        const wire = JSON.parse(JSON.stringify(activity)) as WireActivity;
        wire.from = { ...(wire.from as object), role: 'bot' };
        delete wire.serviceUrl; // Direct Line doesn't show clients the bot's connector address
        responses.push({ id: this.deliver(wire) });
      }
    }
    return responses;
  }

  async updateActivity(): Promise<void> {
    throw new Error('The local Direct Line does not update activities');
  }

  async deleteActivity(): Promise<void> {
    throw new Error('The local Direct Line does not delete activities');
  }

  async continueConversation(_reference: Partial<ConversationReference>): Promise<void> {
    throw new Error('The local Direct Line has no proactive messages');
  }
}

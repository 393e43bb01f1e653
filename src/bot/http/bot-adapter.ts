import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

/** CloudAdapter with its activity processing exposed, so the HTTP layer owns every response. */
export class BotAdapter extends CloudAdapter {
  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

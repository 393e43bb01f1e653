/**
 * What the dialogs need from the host, as interfaces: the host (src/bot) provides the
 * channel-aware renderer and the telemetry sink; tests can provide their own.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from './replies';

export interface ReplyRenderer {
  /** The activities that show these replies on the context's channel. */
  render(context: TurnContext, replies: Reply[]): Partial<Activity>[];
}

export interface Telemetry {
  trackEvent(name: string, properties: Record<string, string | number | boolean>): void;
}

export const noTelemetry: Telemetry = { trackEvent: () => undefined };

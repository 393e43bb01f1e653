import type { Telemetry } from '../logger';

/** Several sinks as one: every event goes to each; close() closes them all. */
export function fanOut(sinks: Telemetry[]): Telemetry {
  const tracing = sinks.find((s) => s.turn);
  return {
    trackEvent(name, properties) {
      for (const s of sinks) s.trackEvent(name, properties);
    },
    ...(tracing?.turn ? { turn: tracing.turn.bind(tracing) } : {}),
    async close() {
      await Promise.all(sinks.map((s) => s.close?.().catch(() => undefined)));
    },
  };
}

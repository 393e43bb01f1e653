/**
 * OpenTelemetry: a trace span per turn, and for outcomes an event (a log record, which Azure
 * Monitor shows as a custom event) and metrics. Loaded only when configured: Azure Monitor
 * (`@azure/monitor-opentelemetry`, imported lazily) with APPLICATIONINSIGHTS_CONNECTION_STRING,
 * OTLP over HTTP with OTEL_EXPORTER_OTLP_ENDPOINT. With neither, no SDK is even loaded and
 * nothing leaves the machine. Attributes are the events' own: ids, counts, flags; no text.
 */
import type { Counter, Histogram, Meter, Tracer } from '@opentelemetry/api';
import type { Logger as OtelLogger } from '@opentelemetry/api-logs';
import type { AppConfig } from '../config';
import type { Logger, Telemetry } from '../logger';

const SCOPE = 'support-bot';

type Props = Record<string, string | number | boolean>;

export async function openTelemetryFor(config: AppConfig, logger: Logger): Promise<Telemetry | undefined> {
  const parts: Telemetry[] = [];
  if (config.APPLICATIONINSIGHTS_CONNECTION_STRING) {
    const azure = await azureMonitor(config.APPLICATIONINSIGHTS_CONNECTION_STRING).catch((error: Error) => {
      logger.error({ reason: error.message }, 'Azure Monitor could not start; outcomes stay in the logs');
      return undefined;
    });
    if (azure) parts.push(azure);
  }
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT) parts.push(otlp(config.OTEL_EXPORTER_OTLP_ENDPOINT));
  if (!parts.length) return undefined;
  logger.info({ azureMonitor: !!config.APPLICATIONINSIGHTS_CONNECTION_STRING, otlp: !!config.OTEL_EXPORTER_OTLP_ENDPOINT }, 'OpenTelemetry on');
  return parts.length === 1 ? parts[0] : both(parts[0], parts[1]);
}

async function azureMonitor(connectionString: string): Promise<Telemetry> {
  const { useAzureMonitor, shutdownAzureMonitor } = await import('@azure/monitor-opentelemetry');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString },
    // Application Insights' cloud role name (the default is "unknown_service:node").
    resource: resourceFromAttributes({ 'service.name': SCOPE }) as never,
    enableLiveMetrics: false,
    // Our own spans and events only: no HTTP auto-instrumentation (URLs carry conversation ids).
    instrumentationOptions: { http: { enabled: false }, azureSdk: { enabled: false }, mongoDb: { enabled: false }, mySql: { enabled: false }, postgreSql: { enabled: false }, redis: { enabled: false }, redis4: { enabled: false } },
  });
  const api = await import('@opentelemetry/api');
  const { logs } = await import('@opentelemetry/api-logs');
  return new OtelTelemetry(api.trace.getTracer(SCOPE), api.metrics.getMeter(SCOPE), logs.getLogger(SCOPE), () => shutdownAzureMonitor());
}

/** Loaded with require, and only here: without an endpoint the SDK is never loaded. */
function otlp(endpoint: string): Telemetry {
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { BasicTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { MeterProvider, PeriodicExportingMetricReader } = require('@opentelemetry/sdk-metrics') as typeof import('@opentelemetry/sdk-metrics');
  const { LoggerProvider, BatchLogRecordProcessor } = require('@opentelemetry/sdk-logs') as typeof import('@opentelemetry/sdk-logs');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { OTLPMetricExporter } = require('@opentelemetry/exporter-metrics-otlp-http') as typeof import('@opentelemetry/exporter-metrics-otlp-http');
  const { OTLPLogExporter } = require('@opentelemetry/exporter-logs-otlp-http') as typeof import('@opentelemetry/exporter-logs-otlp-http');
  const base = endpoint.replace(/\/+$/, '');
  const resource = resourceFromAttributes({ 'service.name': SCOPE, 'service.version': process.env.npm_package_version ?? 'dev' });
  const tracing = new BasicTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${base}/v1/traces` }))] });
  const interval = Number(process.env.OTEL_METRIC_EXPORT_INTERVAL) || 60_000;
  const metering = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter({ url: `${base}/v1/metrics` }), exportIntervalMillis: interval, exportTimeoutMillis: Math.min(interval, 30_000) })],
  });
  const logging = new LoggerProvider({ resource, processors: [new BatchLogRecordProcessor({ exporter: new OTLPLogExporter({ url: `${base}/v1/logs` }) })] });
  return new OtelTelemetry(tracing.getTracer(SCOPE), metering.getMeter(SCOPE), logging.getLogger(SCOPE), async () => {
    await Promise.all([tracing.shutdown(), metering.shutdown(), logging.shutdown()]);
  });
}

class OtelTelemetry implements Telemetry {
  private readonly conversations: Counter;
  private readonly satisfaction: Histogram;
  private readonly reAsks: Counter;
  private readonly handoffs: Counter;

  constructor(
    private readonly tracer: Tracer,
    meter: Meter,
    private readonly events: OtelLogger,
    private readonly stop: () => Promise<void>,
  ) {
    this.conversations = meter.createCounter('support.conversations', { description: 'Sessions by outcome, channel and language' });
    this.satisfaction = meter.createHistogram('support.satisfaction', { description: 'Satisfaction, 1 (poor) to 5 (great)', advice: { explicitBucketBoundaries: [1, 2, 3, 4, 5] } });
    this.reAsks = meter.createCounter('support.question.reasks', { description: 'Questions shown again, per question' });
    this.handoffs = meter.createCounter('support.handoffs', { description: 'Hand-offs to a person and the hub answers' });
  }

  trackEvent(name: string, p: Props): void {
    if (name === 'handoff') this.handoffs.add(1, { stage: 'requested', phase: String(p.phase ?? '') });
    if (name === 'handoffStatus') this.handoffs.add(1, { stage: String(p.status) });
    if (name !== 'conversationOutcome') return;
    const dims = { outcome: String(p.outcome), resolution: String(p.resolution ?? 'none'), channel: String(p.channel), language: String(p.language) };
    this.conversations.add(1, dims);
    if (typeof p.satisfaction === 'number') this.satisfaction.record(p.satisfaction, { channel: dims.channel, language: dims.language });
    for (const [question, n] of Object.entries(parseCounts(p.reAsksBy))) this.reAsks.add(n, { question });
    // An event: Azure Monitor files a log record with this attribute under customEvents.
    this.events.emit({ eventName: name, body: name, attributes: { 'microsoft.custom_event.name': name, ...p } });
  }

  async turn<T>(attributes: Record<string, string>, run: () => Promise<T>): Promise<T> {
    const span = this.tracer.startSpan('bot.turn', { attributes });
    try {
      const result = await run();
      if (typeof result === 'string') span.setAttribute('bot.turn.result', result);
      return result;
    } catch (error) {
      span.setStatus({ code: 2, message: (error as Error).name });
      throw error;
    } finally {
      span.end();
    }
  }

  close(): Promise<void> {
    return this.stop();
  }
}

function parseCounts(value: unknown): Record<string, number> {
  try {
    const parsed = typeof value === 'string' ? (JSON.parse(value) as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, number] => typeof e[1] === 'number'));
  } catch {
    return {};
  }
}

function both(a: Telemetry, b: Telemetry): Telemetry {
  return {
    trackEvent: (name, p) => {
      a.trackEvent(name, p);
      b.trackEvent(name, p);
    },
    turn: (attributes, run) => (a.turn ? a.turn(attributes, () => (b.turn ? b.turn(attributes, run) : run())) : run()),
    close: async () => {
      await Promise.all([a.close?.(), b.close?.()]);
    },
  };
}

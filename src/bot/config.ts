/**
 * All configuration, read once from the environment (and `.env` through dotenv) and
 * validated with zod. A mistake stops the start with a message that names the variable
 * and what is wrong; secret values are never echoed.
 */
import { z } from 'zod';
import { DEFAULT_ACCOUNT_CUTOFF, parseIsoDate } from '../rules';

/** Bot Framework authentication settings botbuilder reads; passed through unchanged. */
export const BOT_FRAMEWORK_PASSTHROUGH = [
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToBotFromEnterpriseChannelOpenIdMetadataUrl',
  'ToBotFromWebChatOpenIdMetadataUrl',
  'OAuthUrl',
  'ChannelService',
  'ValidateAuthority',
  'CallerId',
  'CertificateThumbprint',
  'CertificatePrivateKey',
] as const;

const SECRETS = new Set(['MicrosoftAppPassword', 'DIRECT_LINE_SECRET', 'COSMOS_KEY', 'BLOB_CONNECTION_STRING', 'APPLICATIONINSIGHTS_CONNECTION_STRING']);

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));
const url = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => /^https?:\/\/[^\s]+$/.test(v), 'must be an http(s) URL');
const hostName = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine((v) => /^[a-zA-Z0-9.-]+$/.test(v), 'must be a host name such as mail.example.com');
/** One of `values`; unset or empty means `fallback`. Anything else is refused, naming the choices. */
const oneOf = <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : typeof v === 'string' ? v.trim() : v),
    z.enum(values, { errorMap: () => ({ message: `must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}` }) }).default(fallback),
  );
const positiveInt = (fallback: number, max: number) =>
  z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(1).max(max).default(fallback);

const schema = z
  .object({
    /** Exactly these: "Production" or "prod" once started an unauthenticated bot with the local Direct Line on. */
    NODE_ENV: oneOf(['development', 'test', 'production'], 'development'),
    PORT: z.coerce
      .number({ invalid_type_error: 'must be a number' })
      .int('must be a whole number')
      .min(0, 'must be 0-65535')
      .max(65535, 'must be 0-65535')
      .default(3978),
    HOST: optionalText,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    /** Creating multi-tenant Azure Bots ended on 2025-07-31: new bots are single-tenant (or a managed identity). */
    MicrosoftAppType: oneOf(['SingleTenant', 'UserAssignedMSI', 'MultiTenant'], 'SingleTenant'),
    MicrosoftAppTenantId: optionalText,

    STORAGE: z.enum(['memory', 'blob', 'cosmos']).default('memory'),
    STATE_TTL_HOURS: positiveInt(24, 24 * 365),
    /** STORAGE=memory keeps at most this many conversations (~1 KB each); past it the least recently used go. */
    MEMORY_MAX_CONVERSATIONS: positiveInt(50_000, 10_000_000),
    /** Conversations played in the background after the start so the first customers' turns are fast (0: none). */
    WARM_UP_CONVERSATIONS: z.coerce.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').min(0).max(10_000).default(100),
    BLOB_CONNECTION_STRING: optionalText,
    BLOB_CONTAINER: z
      .string()
      .trim()
      .default('conversation-state')
      .refine((v) => /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(v), 'must be 3-63 lowercase letters, digits or dashes'),
    COSMOS_ENDPOINT: optionalText,
    COSMOS_KEY: optionalText,
    COSMOS_DATABASE: z.string().trim().default('support-bot'),
    COSMOS_CONTAINER: z.string().trim().default('conversation-state'),

    DIRECT_LINE_SECRET: optionalText,
    /**
     * The built-in Direct Line (chat without Azure, no Bot Framework auth): "auto" turns it on
     * only with no credentials at all (no MicrosoftAppId, no DIRECT_LINE_SECRET) outside
     * production; "on" also with a MicrosoftAppId, for local testing; never in production.
     */
    LOCAL_DIRECT_LINE: oneOf(['auto', 'on', 'off'], 'auto'),
    DIRECT_LINE_DOMAIN: url('https://directline.botframework.com'),
    TOKEN_RATE_LIMIT_PER_MINUTE: positiveInt(10, 10000),
    /** Other sites allowed to ask for a Web Chat token (the support site embedding the chat). */
    WEBCHAT_ALLOWED_ORIGINS: z
      .string()
      .trim()
      .default('')
      .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
      .refine((list) => list.every((o) => /^https?:\/\/[a-zA-Z0-9.-]+(:\d{1,5})?$/.test(o)), 'must be origins like https://support.example.com, comma-separated'),
    /** Behind a reverse proxy (App Service): the client address is the last X-Forwarded-For entry. */
    TRUST_PROXY: z
      .enum(['true', 'false', ''])
      .default('false')
      .transform((v) => v === 'true'),

    ACCOUNT_CUTOFF_DATE: z
      .string()
      .trim()
      .default(DEFAULT_ACCOUNT_CUTOFF)
      .refine((v) => parseIsoDate(v) !== undefined, 'must be a date written YYYY-MM-DD, for example 2015-08-06'),
    SETUP_GUIDE_URL: url('https://support.livebooks.com/hc/en-us/articles/email-setup'),
    SUPPORT_REQUEST_URL: url('https://support.livebooks.com/hc/en-us/requests/new'),
    MAIL_IMAP_HOST: hostName('imap.livebooks.com'),
    MAIL_POP_HOST: hostName('pop.livebooks.com'),
    MAIL_SMTP_HOST: hostName('smtp.livebooks.com'),

    /** A session ends after this many minutes without a message; its outcome is counted then. */
    SESSION_IDLE_MINUTES: z.coerce.number({ invalid_type_error: 'must be a number of minutes' }).positive('must be more than 0').max(24 * 60, 'must be at most 1440 (a day)').default(30),
    /** Outcome events also go to this local file, one JSON object a line (for `npm run report`); empty: none. */
    OUTCOMES_FILE: optionalText,
    /**
     * Where "talk to a person" goes: "directline" sends the Bot Framework hand-off event
     * (handoff.initiate with a summary and the transcript) for a hub behind Direct Line;
     * "omnichannel" adds Dynamics 365 Omnichannel's escalation (channelData.tags, type Escalate);
     * "link" only shows the request form. Channels without a hub (Teams, Slack) always get the link.
     * "link" is the default: only the operator knows whether a hub listens, and the card says a
     * summary was passed on only where one really was.
     */
    HANDOFF_PROFILE: oneOf(['link', 'directline', 'omnichannel'], 'link'),
    /** Azure Monitor (Application Insights): traces and outcome events go there when set. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: optionalText,
    /** An OpenTelemetry collector (OTLP over HTTP, e.g. http://127.0.0.1:4318): traces, metrics and outcome events go there when set. */
    OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), 'must be an http(s) URL such as http://127.0.0.1:4318'),

    BRAND_NAME: z.string().trim().min(1).max(60).default('liveBooks'),
    BRAND_COLOR: z
      .string()
      .trim()
      .default('#0063B1')
      .refine((v) => /^#[0-9a-fA-F]{6}$/.test(v), 'must be a colour like #0063B1'),
    /** The chat page header's logo (the page allows images from this URL's origin); empty: none. */
    BRAND_LOGO_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^\s"'<>]+$/.test(v), 'must be an http(s) URL of an image'),
  })
  ;

/**
 * Rules across variables. Checked on the raw values so they are reported together with
 * any single-variable mistakes, not only once those are fixed.
 */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const value = (k: string) => (env[k] ?? '').trim();
  const problems: string[] = [];
  const need = (key: string, why: string) => {
    if (!value(key)) problems.push(`${key} is required ${why}`);
  };
  const appType = value('MicrosoftAppType') || 'SingleTenant';
  if (value('NODE_ENV') === 'production') need('MicrosoftAppId', 'when NODE_ENV=production');
  if (value('NODE_ENV') === 'production' && value('LOCAL_DIRECT_LINE') === 'on') {
    problems.push('LOCAL_DIRECT_LINE=on is not allowed when NODE_ENV=production: the local Direct Line skips Bot Framework authentication');
  }
  if (value('LOCAL_DIRECT_LINE') === 'on' && value('DIRECT_LINE_SECRET')) {
    problems.push('LOCAL_DIRECT_LINE=on and DIRECT_LINE_SECRET exclude each other: the chat page uses one Direct Line');
  }
  if (value('MicrosoftAppId') && appType !== 'UserAssignedMSI') {
    need('MicrosoftAppPassword', 'when MicrosoftAppId is set (unless MicrosoftAppType=UserAssignedMSI)');
  }
  if (value('MicrosoftAppId') && appType !== 'MultiTenant') need('MicrosoftAppTenantId', `when MicrosoftAppType=${appType}`);
  if (value('STORAGE') === 'blob') need('BLOB_CONNECTION_STRING', 'when STORAGE=blob');
  if (value('STORAGE') === 'cosmos') {
    need('COSMOS_ENDPOINT', 'when STORAGE=cosmos');
    need('COSMOS_KEY', 'when STORAGE=cosmos');
  }
  return problems;
}

export type AppConfig = z.infer<typeof schema> & {
  production: boolean;
  /** Local mode: no app id, so requests need no Bot Framework token. */
  anonymous: boolean;
  /** The built-in Direct Line is served (see LOCAL_DIRECT_LINE). */
  localDirectLine: boolean;
  host: string;
  /** The settings handed to ConfigurationBotFrameworkAuthentication. */
  botFrameworkAuth: Record<string, string | undefined>;
};

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from `env`; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'configuration');
        const value = env[name];
        const shown = value === undefined || SECRETS.has(name) ? '' : ` (got "${value.slice(0, 40)}")`;
        return `${name} ${issue.message}${shown}`;
      });
  problems.push(...crossFieldProblems(env));
  if (!parsed.success || problems.length) throw new ConfigError(problems);
  const c = parsed.data;
  const production = c.NODE_ENV === 'production';
  const botFrameworkAuth: Record<string, string | undefined> = {
    MicrosoftAppId: c.MicrosoftAppId,
    MicrosoftAppPassword: c.MicrosoftAppPassword,
    // Anonymous (no app id): botbuilder refuses a SingleTenant type without an app id, and needs none.
    MicrosoftAppType: c.MicrosoftAppId ? c.MicrosoftAppType : undefined,
    MicrosoftAppTenantId: c.MicrosoftAppTenantId,
  };
  for (const key of BOT_FRAMEWORK_PASSTHROUGH) if (env[key] !== undefined) botFrameworkAuth[key] = env[key];
  const localDirectLine =
    !production && !c.DIRECT_LINE_SECRET && (c.LOCAL_DIRECT_LINE === 'on' || (c.LOCAL_DIRECT_LINE === 'auto' && !c.MicrosoftAppId));
  return {
    ...c,
    production,
    anonymous: !c.MicrosoftAppId,
    localDirectLine,
    host: c.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    botFrameworkAuth,
  };
}

/**
 * deploy/azure/main.bicep read as text (no Bicep compiler installs offline here): the app
 * settings it writes must be configuration the bot reads and must load without error.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { loadConfig } from '../../src/bot/config';
import { BicepFile, Entry } from './bicep-text';

const dir = join(__dirname, '../../deploy/azure');
const bicep = new BicepFile(readFileSync(join(dir, 'main.bicep'), 'utf8'));

/** Every variable loadConfig looks up, seen through an env that records each lookup. */
function variablesConfigReads(): Set<string> {
  const seen = new Set<string>();
  const env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, key) {
      if (typeof key === 'string') seen.add(key);
      return undefined;
    },
  });
  loadConfig(env);
  return seen;
}

const entry = (entries: Entry[], key: string): string => {
  const e = entries.find((x) => x.key === key);
  if (!e) throw new Error(`no "${key}" in ${entries.map((x) => x.key).join(', ')}`);
  return bicep.text(e.from, e.to);
};
const nested = (entries: Entry[], key: string): Entry[] => {
  const e = entries.find((x) => x.key === key);
  if (!e) throw new Error(`no "${key}"`);
  return bicep.objectAt(e.from);
};
const literal = (text: string): string | undefined => /^'([^'$\\]*)'$/.exec(text)?.[1];

/** The app settings: the variables the `appsettings` config resource's properties name. */
function appSettingSources(): { name: string; entries: Entry[]; text: string }[] {
  const [config] = bicep.resources('Microsoft.Web/sites/config').filter((r) => entry(r.entries, 'name') === "'appsettings'");
  if (!config) throw new Error('no Microsoft.Web/sites/config resource named appsettings');
  const names = entry(config.entries, 'properties').match(/\b[A-Za-z_]\w*\b/g)!.filter((n) => n !== 'union');
  return names.map((name) => ({ name, entries: bicep.variableObject(name), text: bicep.variableText(name)! }));
}
/** App Service's own settings (read by the platform, not the bot), each documented by Microsoft. */
const PLATFORM_SETTINGS = new Set(['WEBSITE_HEALTHCHECK_MAXPINGFAILURES']);
const settings = appSettingSources();
const allSettings = settings.flatMap((s) => s.entries).filter((e) => !PLATFORM_SETTINGS.has(e.key));
const platformSettings = settings.flatMap((s) => s.entries).filter((e) => PLATFORM_SETTINGS.has(e.key));

// Values that only exist at deployment time: a resource's keys, the identity's ids, secrets.
const DEPLOY_TIME: Record<string, string> = {
  MicrosoftAppId: '2f1e4c5a-9b7d-4e3f-8a6b-1c2d3e4f5a6b',
  MicrosoftAppTenantId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  MicrosoftAppPassword: 'client-secret-from-the-deployment',
  BLOB_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=a2V5;EndpointSuffix=core.windows.net',
  DIRECT_LINE_SECRET: 'site-key-from-the-channel',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/',
};

/** A setting's value as the web app would see it, given the parameters' defaults. */
function resolve(e: Entry, params: Record<string, string> = {}): string {
  const text = bicep.text(e.from, e.to);
  const lit = literal(text);
  if (lit !== undefined) return lit;
  const name = /^(?:string\()?(\w+)\)?$/.exec(text)?.[1];
  const param = name ? bicep.params.get(name) : undefined;
  if (param && !param.secure) {
    if (params[param.name] !== undefined) return params[param.name];
    const def = param.defaultText ?? '';
    const value = literal(def) ?? (/^\d+$/.test(def) ? def : undefined);
    if (value !== undefined) return value;
  }
  if (DEPLOY_TIME[e.key]) return DEPLOY_TIME[e.key];
  throw new Error(`cannot tell the value of ${e.key} (${text}); add it to DEPLOY_TIME`);
}

describe('deploy/azure/main.bicep app settings', () => {
  it('sets only variables that src/bot/config.ts reads', () => {
    const read = variablesConfigReads();
    expect(read.has('MicrosoftAppId')).toBe(true); // the recording env works
    expect(allSettings.map((e) => e.key).filter((k) => !read.has(k))).toEqual([]);
    expect(settings.flatMap((x) => x.entries).filter((e) => e.key.startsWith('WEBSITE_')).every((e) => PLATFORM_SETTINGS.has(e.key))).toBe(true);
  });

  it('sets every variable a production start needs', () => {
    const keys = allSettings.map((e) => e.key);
    for (const k of ['NODE_ENV', 'MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'STORAGE', 'BLOB_CONNECTION_STRING']) {
      expect(keys).toContain(k);
    }
    const value = (k: string) => bicep.text(allSettings.find((e) => e.key === k)!.from, allSettings.find((e) => e.key === k)!.to);
    expect(value('NODE_ENV')).toBe("'production'");
    expect(value('STORAGE')).toBe("'blob'");
    expect(value('BLOB_CONNECTION_STRING')).toMatch(/AccountKey=\$\{storage\.listKeys\(\)/);
  });

  it.each(bicep.params.get('microsoftAppType')!.allowed!)('loads as a valid production configuration for %s', (appType) => {
    const msi = appType === 'UserAssignedMSI';
    const env: Record<string, string> = {};
    for (const source of settings) {
      // passwordSetting is `isMsi ? {} : {...}`: a managed identity gets no password.
      const onlyWithoutMsi = /^isMsi\s*\?\s*\{\s*\}\s*:/.test(source.text);
      if (msi && onlyWithoutMsi) continue;
      for (const e of source.entries) env[e.key] = resolve(e, { microsoftAppType: appType });
    }
    expect('MicrosoftAppPassword' in env).toBe(!msi);
    const config = loadConfig(env);
    expect(config).toMatchObject({ production: true, anonymous: false, STORAGE: 'blob', MicrosoftAppType: appType });
  });

  it('resolves every setting (so the loading test above covers them all)', () => {
    for (const e of allSettings) expect(() => resolve(e)).not.toThrow();
  });
});

describe('deploy/azure/main.bicep resources', () => {
  const [bot] = bicep.resources('Microsoft.BotService/botServices');
  const botProps = nested(bot.entries, 'properties');

  it('creates an Azure Bot of kind azurebot that can never be MultiTenant', () => {
    expect(entry(bot.entries, 'kind')).toBe("'azurebot'");
    const appType = entry(botProps, 'msaAppType');
    const param = bicep.params.get(appType);
    const possible = literal(appType) !== undefined ? [literal(appType)!] : param?.allowed;
    expect(possible).toBeDefined(); // a free-form string parameter could be MultiTenant
    expect(possible).not.toContain('MultiTenant');
    expect(possible).toEqual(expect.arrayContaining(['SingleTenant', 'UserAssignedMSI']));
  });

  it('uses a user-assigned identity for UserAssignedMSI and posts to /api/messages', () => {
    const [identity] = bicep.resources('Microsoft.ManagedIdentity/userAssignedIdentities');
    expect(identity).toBeDefined();
    expect(entry(botProps, 'msaAppMSIResourceId')).toContain(`${identity.name}.id`);
    expect(entry(botProps, 'endpoint')).toMatch(/^'https:\/\/\$\{webApp\.properties\.defaultHostName\}\/api\/messages'$/);
  });

  it('adds the Teams, Slack (secrets secure) and Direct Line (one site) channels', () => {
    const channels = bicep.resources('Microsoft.BotService/botServices/channels');
    const byName = new Map(channels.map((c) => [literal(entry(c.entries, 'name')), c]));
    expect([...byName.keys()].sort()).toEqual(['DirectLineChannel', 'MsTeamsChannel', 'SlackChannel']);
    const slack = nested(nested(byName.get('SlackChannel')!.entries, 'properties'), 'properties');
    for (const key of ['clientSecret', 'verificationToken', 'signingSecret']) {
      expect(bicep.params.get(entry(slack, key))?.secure).toBe(true);
    }
    const directLine = entry(nested(byName.get('DirectLineChannel')!.entries, 'properties'), 'properties');
    expect(directLine).toMatch(/siteName: '[\w-]+'/);
  });

  it('runs Node 20 on Linux, always on, HTTPS only, starting the built bot', () => {
    const [site] = bicep.resources('Microsoft.Web/sites');
    const props = nested(site.entries, 'properties');
    expect(entry(props, 'httpsOnly')).toBe('true');
    const siteConfig = nested(props, 'siteConfig');
    expect(entry(siteConfig, 'linuxFxVersion')).toBe("'NODE|20-lts'");
    expect(entry(siteConfig, 'alwaysOn')).toBe('true');
    expect(entry(siteConfig, 'appCommandLine')).toMatch(/^'(node dist\/bot\/index\.js|npm start)'$/);
    const [plan] = bicep.resources('Microsoft.Web/serverfarms');
    expect(entry(nested(plan.entries, 'properties'), 'reserved')).toBe('true');
  });

  it('keeps state in a private TLS 1.2 StorageV2 account and deletes it once idle past the TTL', () => {
    const [storage] = bicep.resources('Microsoft.Storage/storageAccounts');
    expect(entry(storage.entries, 'kind')).toBe("'StorageV2'");
    const props = nested(storage.entries, 'properties');
    expect(entry(props, 'minimumTlsVersion')).toBe("'TLS1_2'");
    expect(entry(props, 'allowBlobPublicAccess')).toBe('false');

    const [policy] = bicep.resources('Microsoft.Storage/storageAccounts/managementPolicies');
    const text = entry(policy.entries, 'properties');
    expect(text).toContain("prefixMatch: ['${blobContainer}/']");
    const days = /daysAfterModificationGreaterThan: (\w+)/.exec(text)![1];
    const retention = Number(bicep.params.get(days)?.defaultText ?? days);
    const ttlHours = Number(bicep.params.get('stateTtlHours')!.defaultText);
    expect(retention).toBe(2);
    expect(retention * 24).toBeGreaterThan(ttlHours); // never delete a conversation still in use
  });

  it('outputs the web app URL and the bot name', () => {
    expect(bicep.src).toMatch(/^output webAppUrl string = 'https:\/\/\$\{webApp\.properties\.defaultHostName\}'$/m);
    expect(bicep.src).toMatch(/^output botName string = bot\.name$/m);
  });
});

describe('deploy/azure/main.bicep scale-out', () => {
  const [plan] = bicep.resources('Microsoft.Web/serverfarms');
  const [autoscale] = bicep.resources('Microsoft.Insights/autoscalesettings');
  const int = (name: string) => bicep.params.get(name);

  it('takes an instance count (1 to 30) as the plan capacity', () => {
    expect(int('instanceCount')).toMatchObject({ type: 'int', minValue: 1, maxValue: 30, defaultText: '1' });
    expect(entry(nested(plan.entries, 'sku'), 'capacity')).toBe('instanceCount');
  });

  it('has an optional autoscale rule on the plan, off by default, between min and max instances', () => {
    expect(int('autoscaleEnabled')).toMatchObject({ type: 'bool', defaultText: 'false' });
    expect(bicep.src).toMatch(/^resource autoscale 'Microsoft\.Insights\/autoscalesettings@[\w-]+' = if \(autoscaleEnabled\) \{$/m);
    const props = nested(autoscale.entries, 'properties');
    expect(entry(props, 'targetResourceUri')).toBe('plan.id');
    const profile = entry(props, 'profiles');
    expect(profile).toMatch(/minimum: string\(autoscaleMinInstances\)/);
    expect(profile).toMatch(/maximum: string\(max\(autoscaleMinInstances, autoscaleMaxInstances\)\)/);
    for (const p of ['autoscaleMinInstances', 'autoscaleMaxInstances']) expect(int(p)).toMatchObject({ type: 'int', minValue: 1, maxValue: 30 });
    // The starting count stays within the bounds, whatever instanceCount is.
    expect(bicep.variableText('autoscaleDefault')).toBe('max(autoscaleMinInstances, min(instanceCount, autoscaleMaxInstances))');
  });

  it('scales out on CPU or HTTP queue length, and back in only slowly on low CPU', () => {
    const rules = entry(nested(autoscale.entries, 'properties'), 'profiles');
    const out = [...rules.matchAll(/metricName: '(\w+)'[^}]*operator: 'GreaterThan'[^}]*\}\)\s*scaleAction: \{ direction: 'Increase'/g)].map((m) => m[1]);
    expect(out.sort()).toEqual(['CpuPercentage', 'HttpQueueLength']);
    expect(rules).toMatch(/metricName: 'CpuPercentage'[^}]*operator: 'LessThan'[^}]*timeWindow: 'PT10M' \}\)\s*scaleAction: \{ direction: 'Decrease', type: 'ChangeCount', value: '1', cooldown: 'PT10M' \}/);
    expect(rules.match(/metricResourceUri: plan\.id/g)).toHaveLength(3);
  });

  it.each([
    { instanceCount: '1', autoscaleEnabled: 'false' },
    { instanceCount: '3', autoscaleEnabled: 'false' },
    { instanceCount: '1', autoscaleEnabled: 'true' },
    { instanceCount: '30', autoscaleEnabled: 'true' },
  ])('keeps no conversation state in memory when more than one instance can run: %j', (params) => {
    const storage = allSettings.find((e) => e.key === 'STORAGE')!;
    const several = Number(params.instanceCount) > 1 || params.autoscaleEnabled === 'true';
    const value = resolve(storage, params);
    expect(several ? ['blob', 'cosmos'] : ['blob', 'cosmos', 'memory']).toContain(value);
    expect(loadConfig({ ...Object.fromEntries(allSettings.map((e) => [e.key, resolve(e, params)])), MicrosoftAppPassword: 'x' }).STORAGE).toBe(value);
  });

  it('uses the health check to take a failing instance out and replace it', () => {
    const [site] = bicep.resources('Microsoft.Web/sites');
    expect(entry(nested(nested(site.entries, 'properties'), 'siteConfig'), 'healthCheckPath')).toBe("'/healthz'");
    const failures = Number(literal(bicep.text(platformSettings[0].from, platformSettings[0].to)));
    expect(failures).toBeGreaterThanOrEqual(2); // App Service accepts 2-10 pings, one a minute
    expect(failures).toBeLessThanOrEqual(10);
  });
});

describe('names in deploy/azure', () => {
  it('uses no parameter, variable or resource that is not declared', () => {
    expect(bicep.undeclaredReferences()).toEqual([]);
  });

  it('the check above does catch an undeclared name', () => {
    const sample = new BicepFile("param a string\nvar b = '${a}-${c}'\nvar d = {\n  key: e.prop\n  other: a\n}\n");
    expect(sample.undeclaredReferences().sort()).toEqual(['c', 'e']);
  });

  it('main.parameters.example.json names only declared parameters, with allowed values and no secrets', () => {
    const example = JSON.parse(readFileSync(join(dir, 'main.parameters.example.json'), 'utf8'));
    const given = Object.keys(example.parameters);
    expect(given.filter((n) => !bicep.params.has(n))).toEqual([]);
    for (const p of bicep.params.values()) {
      if (p.defaultText === undefined) expect(given).toContain(p.name);
      if (p.secure) expect(given).not.toContain(p.name);
      if (p.allowed && given.includes(p.name)) expect(p.allowed).toContain(example.parameters[p.name].value);
    }
  });
});

import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import { ConfigError, loadConfig } from '../../src/bot/config';
import { baseEnv, ENTRY } from '../support/bot-process';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('starts with embedded defaults: port 3978, memory state, local-only host, anonymous, single-tenant', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3978, STORAGE: 'memory', host: '127.0.0.1', anonymous: true, ACCOUNT_CUTOFF_DATE: '2015-08-06', production: false, MicrosoftAppType: 'SingleTenant', localDirectLine: true });
  });

  const credentials = { MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 'tenant' };
  it.each([
    ['no credentials', {}, true],
    ['empty NODE_ENV (as `NODE_ENV=` in .env)', { NODE_ENV: '' }, true],
    ['a MicrosoftAppId', credentials, false],
    ['a MicrosoftAppId and LOCAL_DIRECT_LINE=on', { ...credentials, LOCAL_DIRECT_LINE: 'on' }, true],
    ['a DIRECT_LINE_SECRET', { DIRECT_LINE_SECRET: 'secret' }, false],
    ['LOCAL_DIRECT_LINE=off', { LOCAL_DIRECT_LINE: 'off' }, false],
    ['production, DIRECT_LINE_SECRET empty', { ...credentials, NODE_ENV: 'production' }, false],
    ['production, LOCAL_DIRECT_LINE=off', { ...credentials, NODE_ENV: 'production', LOCAL_DIRECT_LINE: 'off' }, false],
  ])('the local Direct Line with %s: %s', (_name, env, on) => {
    expect(loadConfig(env as Record<string, string>).localDirectLine).toBe(on);
  });

  it('listens on every interface in production', () => {
    const c = loadConfig({ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'MultiTenant' });
    expect(c.host).toBe('0.0.0.0');
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a number/],
    [{ PORT: '70000' }, /PORT must be 0-65535/],
    [{ PORT: '80.5' }, /PORT must be a whole number/],
    [{ STORAGE: 'disk' }, /STORAGE .*memory.*blob.*cosmos/],
    [{ MicrosoftAppType: 'Everyone' }, /MicrosoftAppType .*SingleTenant/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ ACCOUNT_CUTOFF_DATE: '08.06.2015' }, /ACCOUNT_CUTOFF_DATE must be a date written YYYY-MM-DD/],
    [{ ACCOUNT_CUTOFF_DATE: '2015-02-30' }, /ACCOUNT_CUTOFF_DATE must be a date/],
    [{ SETUP_GUIDE_URL: 'support page' }, /SETUP_GUIDE_URL must be an http\(s\) URL/],
    [{ SUPPORT_REQUEST_URL: 'javascript:alert(1)' }, /SUPPORT_REQUEST_URL must be an http\(s\) URL/],
    [{ MAIL_IMAP_HOST: 'imap host' }, /MAIL_IMAP_HOST must be a host name/],
    [{ BRAND_COLOR: 'blue' }, /BRAND_COLOR must be a colour like #0063B1/],
    [{ BRAND_LOGO_URL: 'logo.svg' }, /BRAND_LOGO_URL must be an http\(s\) URL of an image/],
    [{ STATE_TTL_HOURS: '0' }, /STATE_TTL_HOURS/],
    [{ BLOB_CONTAINER: 'Bad_Name' }, /BLOB_CONTAINER must be 3-63 lowercase/],
    [{ NODE_ENV: 'production' }, /MicrosoftAppId is required when NODE_ENV=production/],
    [{ NODE_ENV: 'Production' }, /NODE_ENV must be development, test or production \(got "Production"\)/],
    [{ NODE_ENV: 'prod' }, /NODE_ENV must be development, test or production \(got "prod"\)/],
    [{ LOCAL_DIRECT_LINE: 'yes' }, /LOCAL_DIRECT_LINE must be auto, on or off/],
    [{ NODE_ENV: 'production', MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: 't', LOCAL_DIRECT_LINE: 'on' }, /LOCAL_DIRECT_LINE=on is not allowed when NODE_ENV=production/],
    [{ LOCAL_DIRECT_LINE: 'on', DIRECT_LINE_SECRET: 's' }, /LOCAL_DIRECT_LINE=on and DIRECT_LINE_SECRET exclude each other/],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' }, /MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant/],
    [{ MicrosoftAppId: 'id' }, /MicrosoftAppPassword is required when MicrosoftAppId is set/],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant/],
    [{ STORAGE: 'blob' }, /BLOB_CONNECTION_STRING is required when STORAGE=blob/],
    [{ STORAGE: 'cosmos' }, /COSMOS_ENDPOINT is required when STORAGE=cosmos[\s\S]*COSMOS_KEY is required/],
  ])('names the variable and what is wrong: %j', (env, message) => {
    expect(problems(env as Record<string, string>)).toMatch(message);
  });

  it('never prints a secret, even when the secret is what is wrong', () => {
    const secret = 'sup3r-s3cret-value';
    const msg = problems({ NODE_ENV: 'production', MicrosoftAppPassword: secret, DIRECT_LINE_SECRET: secret, COSMOS_KEY: secret, STORAGE: 'cosmos', BLOB_CONNECTION_STRING: secret });
    expect(msg).not.toContain(secret);
  });

  it('lists every problem at once', () => {
    const msg = problems({ PORT: 'x', STORAGE: 'y', BRAND_COLOR: 'z' });
    expect(msg).toMatch(/PORT[\s\S]*STORAGE[\s\S]*BRAND_COLOR/);
  });

  it('passes Bot Framework authentication settings through unchanged', () => {
    const c = loadConfig({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/meta', ChannelService: 'https://botframework.azure.us' });
    expect(c.botFrameworkAuth).toMatchObject({ ToBotFromChannelOpenIdMetadataUrl: 'http://127.0.0.1:1/meta', ChannelService: 'https://botframework.azure.us' });
  });

  it('stops the start of the real process with the message, exit code 78 and no secret', () => {
    const r = spawnSync(process.execPath, [ENTRY], {
      env: baseEnv({ NODE_ENV: 'production', MicrosoftAppPassword: 'hunter2-secret', PORT: 'nope' }),
      encoding: 'utf8',
      timeout: 15000,
    });
    expect(r.status).toBe(78);
    expect(r.stderr).toMatch(/Configuration error/);
    expect(r.stderr).toMatch(/PORT must be a number/);
    expect(r.stderr).toMatch(/MicrosoftAppId is required when NODE_ENV=production/);
    expect(r.stderr + r.stdout).not.toContain('hunter2-secret');
  });

  it('documents every variable it reads in the README and in .env.example', () => {
    const read = new Set<string>();
    loadConfig(new Proxy({} as NodeJS.ProcessEnv, { get: (_t, key) => (typeof key === 'string' && read.add(key), undefined) }));
    expect(read.size).toBeGreaterThan(30);
    const root = join(__dirname, '../..');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const example = readFileSync(join(root, '.env.example'), 'utf8');
    // ("then": something checks whether the env is a promise.)
    const undocumented = [...read].filter((k) => k !== 'then' && (!readme.includes(`\`${k}\``) || !example.includes(k)));
    expect(undocumented).toEqual([]);
  });
});

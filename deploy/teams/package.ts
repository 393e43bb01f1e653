/**
 * `npm run teams:package`: fills the app id into deploy/teams/manifest.json, validates it
 * offline against the Teams JSON schema shipped in @microsoft/app-manifest plus the rules the
 * schema cannot express (one bot, with our id; icon sizes), and zips manifest and icons.
 *
 * Environment: MicrosoftAppId (the bot's app id; a placeholder GUID when unset) and BOT_DOMAIN
 * (the Web App host name, for validDomains; left out when unset).
 */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { basename, dirname, join } from 'path';
import { decodeRgba, readPngInfo } from './png';

export const PLACEHOLDER_APP_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const ICON_SIZES: Record<string, number> = { color: 192, outline: 32 };
const REQUIRED_SCOPES = ['personal', 'team', 'groupChat'];
// Same Ajv set-up as @microsoft/app-manifest's own validator (its schemas are draft-04).
const FORMATS = ['uri', 'email', 'regex'] as const;

export class TeamsPackageError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Teams app package not written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

export type PackageOptions = {
  appId?: string;
  botDomain?: string;
  manifestPath?: string;
  iconDir?: string;
  outFile?: string;
  warn?: (message: string) => void;
};

export type Manifest = Record<string, unknown> & { bots?: { botId?: string; scopes?: string[] }[]; icons?: Record<string, string> };

/** Replaces {{NAME}} placeholders; a placeholder without a value is a problem. */
export function renderManifest(template: string, values: Record<string, string>): Manifest {
  const missing = new Set<string>();
  const text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (values[name] === undefined) missing.add(name);
    return values[name] ?? whole;
  });
  if (missing.size) throw new TeamsPackageError([...missing].map((n) => `{{${n}}} in the manifest has no value`));
  const manifest = JSON.parse(text) as Manifest;
  // An unset BOT_DOMAIN leaves an empty entry: drop it rather than ship "".
  if (Array.isArray(manifest.validDomains)) manifest.validDomains = manifest.validDomains.filter((d) => d !== '');
  return manifest;
}

const validators = new Map<string, ReturnType<Ajv['compile']>>();

function schemaValidator(version: string): ReturnType<Ajv['compile']> | undefined {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
  if (!/^\d+\.\d+$/.test(version) || !existsSync(file)) return undefined;
  if (!validators.has(version)) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv, [...FORMATS]);
    validators.set(version, ajv.compile(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return validators.get(version);
}

/** Everything wrong with the manifest, as messages naming the field. Empty when valid. */
export function checkManifest(manifest: Manifest, appId: string): string[] {
  const problems: string[] = [];
  const version = String(manifest.manifestVersion ?? '');
  const validate = schemaValidator(version);
  if (!validate) problems.push(`manifestVersion "${version}": @microsoft/app-manifest ships no Teams schema for it`);
  else if (!validate(manifest)) {
    for (const e of validate.errors ?? []) {
      const extra = e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : '';
      problems.push(`${e.instancePath || '/'} ${e.message}${extra}`);
    }
  }
  if (validate && !String(manifest.$schema ?? '').endsWith(`/v${version}/MicrosoftTeams.schema.json`)) {
    problems.push(`$schema does not name the v${version} schema that manifestVersion says`);
  }
  const bots = manifest.bots ?? [];
  if (bots.length !== 1) problems.push(`bots: the app must declare exactly one bot (found ${bots.length})`);
  else {
    if (bots[0].botId !== appId) problems.push(`bots[0].botId is "${bots[0].botId}", not the app id ${appId}`);
    const missing = REQUIRED_SCOPES.filter((s) => !(bots[0].scopes ?? []).includes(s));
    if (missing.length) problems.push(`bots[0].scopes lacks ${missing.join(', ')}`);
  }
  return problems;
}

/** Reads the icons the manifest names; problems name the file and what is wrong. */
export function checkIcons(manifest: Manifest, iconDir: string): { files: Map<string, Buffer>; problems: string[] } {
  const files = new Map<string, Buffer>();
  const problems: string[] = [];
  for (const [kind, size] of Object.entries(ICON_SIZES)) {
    const name = manifest.icons?.[kind];
    if (!name) continue; // the schema reports a missing icon
    if (basename(name) !== name) { problems.push(`icons.${kind} "${name}" must be a file at the package root`); continue; }
    const path = join(iconDir, name);
    if (!existsSync(path)) { problems.push(`${name} (icons.${kind}) not found in ${iconDir}`); continue; }
    const png = readFileSync(path);
    const info = readPngInfo(png);
    if (!info) { problems.push(`${name} (icons.${kind}) is not a PNG file`); continue; }
    if (info.width !== size || info.height !== size) {
      problems.push(`${name} (icons.${kind}) is ${info.width}x${info.height}, must be ${size}x${size}`);
    }
    if (kind === 'outline') problems.push(...outlineProblems(name, png));
    files.set(name, png);
  }
  return { files, problems };
}

/** Teams shows the outline icon tinted: it must be white on a transparent background. */
function outlineProblems(name: string, png: Buffer): string[] {
  const pixels = decodeRgba(png);
  if (!pixels) return [`${name} (icons.outline) must be an 8-bit RGBA PNG, white on transparent`];
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] > 0 && (pixels[i] < 250 || pixels[i + 1] < 250 || pixels[i + 2] < 250)) {
      return [`${name} (icons.outline) has a pixel that is not white; it must be white on transparent`];
    }
  }
  return pixels[3] === 0 ? [] : [`${name} (icons.outline) has no transparent background`];
}

/** Validates and writes the zip; throws TeamsPackageError listing every problem. */
export async function packageTeamsApp(options: PackageOptions = {}): Promise<{ zipPath: string; manifest: Manifest; warnings: string[] }> {
  const warnings: string[] = [];
  const warn = (m: string) => { warnings.push(m); options.warn?.(m); };
  const appId = (options.appId ?? process.env.MicrosoftAppId ?? '').trim() || PLACEHOLDER_APP_ID;
  if (appId === PLACEHOLDER_APP_ID) warn(`MicrosoftAppId is not set: using ${PLACEHOLDER_APP_ID}; Teams will not reach your bot with this package`);
  if (!GUID.test(appId)) throw new TeamsPackageError([`MicrosoftAppId "${appId}" is not a GUID`]);
  const botDomain = (options.botDomain ?? process.env.BOT_DOMAIN ?? '').trim();
  if (!botDomain) warn('BOT_DOMAIN is not set: validDomains will be empty (set it to the Web App host name)');
  else if (!/^[a-zA-Z0-9.-]+$/.test(botDomain)) throw new TeamsPackageError([`BOT_DOMAIN "${botDomain}" must be a host name without scheme or path`]);

  const manifestPath = options.manifestPath ?? join(__dirname, 'manifest.json');
  const iconDir = options.iconDir ?? __dirname;
  const manifest = renderManifest(readFileSync(manifestPath, 'utf8'), { MicrosoftAppId: appId, BOT_DOMAIN: botDomain });
  const icons = checkIcons(manifest, iconDir);
  const problems = [...checkManifest(manifest, appId), ...icons.problems];
  if (problems.length) throw new TeamsPackageError(problems);

  const zip = new JSZip();
  const date = new Date('2025-01-01T00:00:00Z'); // same input, same zip
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n', { date });
  for (const [name, png] of icons.files) zip.file(name, png, { date });
  const zipPath = options.outFile ?? join(__dirname, 'build', 'support-bot-teams.zip');
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { zipPath, manifest, warnings };
}

if (require.main === module) {
  packageTeamsApp({ warn: (m) => console.warn(`warning: ${m}`) })
    .then(({ zipPath }) => console.log(`wrote ${zipPath}`))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}

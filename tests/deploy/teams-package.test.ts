import JSZip from 'jszip';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { colorIcon, outlineIcon } from '../../deploy/teams/make-icons';
import { packageTeamsApp, PLACEHOLDER_APP_ID, TeamsPackageError } from '../../deploy/teams/package';
import { decodeRgba, encodePng, readPngInfo } from '../../deploy/teams/png';

const teamsDir = join(__dirname, '../../deploy/teams');
const APP_ID = '2f1e4c5a-9b7d-4e3f-8a6b-1c2d3e4f5a6b';
let tmp: string;

beforeEach(() => { tmp = mkdtempSync(join(tmpdir(), 'teams-package-')); });
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const template = () => JSON.parse(readFileSync(join(teamsDir, 'manifest.json'), 'utf8'));
const writeTemplate = (manifest: unknown) => {
  const path = join(tmp, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  return path;
};
const problemsOf = async (options: Parameters<typeof packageTeamsApp>[0]): Promise<string[]> => {
  try {
    await packageTeamsApp({ appId: APP_ID, outFile: join(tmp, 'out.zip'), ...options });
  } catch (e) {
    if (e instanceof TeamsPackageError) return e.problems;
    throw e;
  }
  throw new Error('the package was written');
};

describe('Teams app package', () => {
  it('zips exactly the manifest and the two icons, with the app id filled in', async () => {
    const outFile = join(tmp, 'support-bot-teams.zip');
    const result = await packageTeamsApp({ appId: APP_ID, botDomain: 'bot.example.net', outFile });
    expect(result.zipPath).toBe(outFile);
    const zip = await JSZip.loadAsync(readFileSync(outFile));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['bot.example.net']);
    expect(JSON.stringify(manifest)).not.toContain('{{');
    const commands = manifest.bots[0].commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title));
    expect(commands).toEqual(expect.arrayContaining(['help', 'start over', 'why']));
    // Prompt starters in personal chats only, where the bot sends no welcome of its own (tests/channels/teams-scopes).
    expect(manifest.bots[0].commandLists.map((l: { scopes: string[] }) => l.scopes)).toEqual([['personal']]);
    expect(manifest.bots[0].scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));

    const color = await zip.file('color.png')!.async('nodebuffer');
    expect(readPngInfo(color)).toMatchObject({ width: 192, height: 192 });
  });

  it('uses a placeholder id with a warning when MicrosoftAppId is unset', async () => {
    const warn = jest.fn();
    const result = await packageTeamsApp({ appId: '', botDomain: '', outFile: join(tmp, 'p.zip'), warn });
    expect(result.manifest.id).toBe(PLACEHOLDER_APP_ID);
    expect(result.manifest.validDomains).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('MicrosoftAppId is not set'));
  });

  it('rejects an app id that is not a GUID', async () => {
    expect(await problemsOf({ appId: 'my-bot' })).toEqual([expect.stringContaining('MicrosoftAppId "my-bot" is not a GUID')]);
  });

  it('rejects a manifest without bots, naming bots', async () => {
    const { bots: _removed, ...noBots } = template();
    const problems = await problemsOf({ manifestPath: writeTemplate(noBots) });
    expect(problems).toEqual([expect.stringMatching(/^bots: .*exactly one bot \(found 0\)/)]);
    expect(existsSync(join(tmp, 'out.zip'))).toBe(false);
  });

  it('rejects what the Teams schema forbids, naming the field', async () => {
    const m = template();
    m.accentColor = 'blue';
    m.bots[0].scopes.push('everywhere');
    m.colour = 'extra';
    const problems = await problemsOf({ manifestPath: writeTemplate(m) });
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^\/accentColor /),
      expect.stringMatching(/^\/bots\/0\/scopes\/3 must be equal to one of the allowed values/),
      expect.stringMatching(/must NOT have additional properties \(colour\)/),
    ]));
  });

  it('rejects a placeholder that has no value', async () => {
    const m = template();
    m.developer.name = '{{COMPANY}}';
    expect(await problemsOf({ manifestPath: writeTemplate(m) })).toEqual(['{{COMPANY}} in the manifest has no value']);
  });

  it('rejects a manifestVersion whose schema is not shipped', async () => {
    const m = template();
    m.manifestVersion = '9.99';
    expect(await problemsOf({ manifestPath: writeTemplate(m) })).toEqual(
      expect.arrayContaining([expect.stringContaining('manifestVersion "9.99"')]),
    );
  });

  it('rejects an icon of the wrong size, naming the file and the size', async () => {
    writeFileSync(join(tmp, 'color.png'), encodePng(100, 100, Buffer.alloc(100 * 100 * 4, 255)));
    copyFileSync(join(teamsDir, 'outline.png'), join(tmp, 'outline.png'));
    expect(await problemsOf({ iconDir: tmp })).toEqual(['color.png (icons.color) is 100x100, must be 192x192']);
  });

  it('rejects an outline icon that is not white on transparent', async () => {
    copyFileSync(join(teamsDir, 'color.png'), join(tmp, 'color.png'));
    writeFileSync(join(tmp, 'outline.png'), colorIcon(32));
    expect(await problemsOf({ iconDir: tmp })).toEqual([expect.stringContaining('outline.png (icons.outline) has a pixel that is not white')]);
  });
});

describe('Teams icons', () => {
  // Compared as pixels: zlib's output may differ between Node versions.
  it.each([
    ['color.png', colorIcon, 192],
    ['outline.png', outlineIcon, 32],
  ])('%s is what make-icons.ts draws now', (file, draw, size) => {
    const committed = readFileSync(join(teamsDir, file));
    expect(readPngInfo(committed)).toMatchObject({ width: size, height: size, bitDepth: 8, colorType: 6 });
    expect(decodeRgba(committed)!.equals(decodeRgba(draw())!)).toBe(true);
  });

  it('color.png is the brand blue with a white envelope in the middle', () => {
    const px = decodeRgba(readFileSync(join(teamsDir, 'color.png')))!;
    const at = (x: number, y: number) => [...px.subarray((y * 192 + x) * 4, (y * 192 + x) * 4 + 4)];
    expect(at(4, 4)).toEqual([0x00, 0x63, 0xb1, 255]);
    expect(at(96, 120)).toEqual([255, 255, 255, 255]);
  });
});

/**
 * deploy/azure: Application Insights on a Log Analytics workspace, wired to the bot's
 * APPLICATIONINSIGHTS_CONNECTION_STRING, and the support team's workbook. Checked as text
 * (no Bicep compiler offline), and the workbook's queries against the fields the bot's
 * outcome event really has.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { beginSession, summaryOf } from '../../src/analytics/session';
import { BicepFile, type Entry } from './bicep-text';

const dir = join(__dirname, '../../deploy/azure');
const bicep = new BicepFile(readFileSync(join(dir, 'main.bicep'), 'utf8'));
const entry = (entries: Entry[], key: string): string => {
  const e = entries.find((x) => x.key === key);
  if (!e) throw new Error(`no "${key}" in ${entries.map((x) => x.key).join(', ')}`);
  return bicep.text(e.from, e.to);
};
const nested = (entries: Entry[], key: string): Entry[] => bicep.objectAt(entries.find((x) => x.key === key)!.from);

interface WorkbookItem {
  type: number;
  content: { query?: string; title?: string; visualization?: string; resourceType?: string };
}
const workbook = JSON.parse(readFileSync(join(dir, 'outcomes-workbook.json'), 'utf8')) as { version: string; items: WorkbookItem[] };
const queries = workbook.items.filter((i) => i.type === 3).map((i) => i.content);

describe('deploy/azure Application Insights and the outcomes workbook', () => {
  it('creates Application Insights on a Log Analytics workspace', () => {
    const [workspace] = bicep.resources('Microsoft.OperationalInsights/workspaces');
    const [insights] = bicep.resources('Microsoft.Insights/components');
    expect(workspace && insights).toBeTruthy();
    const props = nested(insights.entries, 'properties');
    expect(entry(props, 'Application_Type')).toBe("'web'");
    expect(entry(props, 'WorkspaceResourceId')).toBe(`${workspace.name}.id`);
  });

  it('hands the bot its connection string, so OpenTelemetry exports there', () => {
    expect(bicep.variableText('appSettings')).toMatch(/^\s*APPLICATIONINSIGHTS_CONNECTION_STRING: insights\.properties\.ConnectionString$/m);
    expect(bicep.variableText('appSettings')).toMatch(/^\s*SESSION_IDLE_MINUTES: string\(sessionIdleMinutes\)$/m);
    expect(bicep.params.get('handoffProfile')).toMatchObject({ defaultText: "'link'", allowed: ['link', 'directline', 'omnichannel'] });
  });

  it('creates a shared workbook on that Application Insights, from outcomes-workbook.json', () => {
    const [wb] = bicep.resources('Microsoft.Insights/workbooks');
    expect(entry(wb.entries, 'kind')).toBe("'shared'");
    const props = nested(wb.entries, 'properties');
    expect(entry(props, 'sourceId')).toBe('insights.id');
    expect(entry(props, 'category')).toBe("'workbook'");
    expect(entry(props, 'serializedData')).toBe("loadTextContent('outcomes-workbook.json')");
    expect(workbook.version).toBe('Notebook/1.0');
  });

  it('shows outcomes over time, resolution and escalation rates, drop-off per question, satisfaction, and by channel', () => {
    const titles = queries.map((q) => q.title);
    expect(titles).toEqual(expect.arrayContaining(['Outcomes over time', 'Resolution, escalation and abandon rates', 'Drop-off per question (abandoned sessions)', 'Satisfaction (1 poor - 5 great)', 'Outcomes by channel']));
    const byTitle = (t: string) => queries.find((q) => q.title === t)!.query!;
    expect(byTitle('Outcomes over time')).toMatch(/bin\(timestamp, 1d\)/);
    expect(byTitle('Resolution, escalation and abandon rates')).toMatch(/resolutionRate = .*escalationRate = /);
    expect(byTitle('Drop-off per question (abandoned sessions)')).toMatch(/outcome == 'abandoned'[\s\S]*customDimensions\.dropOff/);
    expect(byTitle('Outcomes by channel')).toMatch(/by channel, outcome/);
    for (const q of queries) {
      expect(q.resourceType).toBe('microsoft.insights/components');
      expect(q.query).toMatch(/^customEvents\n\| where name == 'conversationOutcome'\n/);
    }
  });

  it("reads only fields the bot's outcome event has", () => {
    const s = { ...beginSession(0, 'webchat', 'en'), advised: 'IMAP' as const, helpful: true, rating: 5, reAsks: { devices: 1 } };
    const fields = new Set([...Object.keys(summaryOf(s, 'idle').properties), ...Object.keys(summaryOf({ ...beginSession(0, 'webchat', 'en'), answered: 1 }, 'idle').properties)]);
    const used = new Set(queries.flatMap((q) => [...q.query!.matchAll(/customDimensions\.(\w+)/g)].map((m) => m[1])));
    expect([...used].filter((f) => !fields.has(f))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(6);
  });
});

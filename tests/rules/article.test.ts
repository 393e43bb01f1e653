import { readFileSync } from 'fs';
import { join } from 'path';
import { CAVEAT_IDS, criteria, recommend, SITUATION_IDS } from '../../src/rules';
import { allProfiles, interview } from '../../src/rules/profiles';

const article = readFileSync(join(__dirname, '../fixtures/pop-vs-imap-help-article.txt'), 'utf8');

/** What people can actually be told: the explanations of every interview's recommendation. */
const reachable = new Set<string>();
for (const p of allProfiles()) {
  const r = recommend(interview(p).answers);
  for (const id of [...r.reasons, ...r.caveats]) reachable.add(id);
}

// Each "--" explanation of the article and the reason or caveat that carries it.
const explanationCarriers: Array<[RegExp, string[]]> = [
  [/keep all of your messages, file attachments and folders in sync/, ['imapSeveralDevices']],
  [/synchronized between Web Mail and your email program/, ['imapWebmail']],
  [/filter out junk email before you download/, ['imapSpamShield', 'popMissesSpamShield']],
  [/automatically backed up on the actual email server/, ['imapServerBackup']],
  [/selectively download messages and file attachments/, ['imapSlowConnection']],
  [/keep an eye on mailbox storage limits by periodically logging into your webmail/, ['imapStorageLimit']],
  [/avoid the pitfalls of leaving messages on the server/, ['imapLeaveOnServer', 'popLeaveOnServer']],
];

describe('the help article is fully represented', () => {
  it('has seven "--" explanations, each carried by a reason or caveat someone can be told', () => {
    const lines = article.split('\n').filter((l) => l.trim().startsWith('--'));
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      const carrier = explanationCarriers.find(([re]) => re.test(line.replace(/\s+/g, ' ')));
      expect(carrier).toBeDefined();
      for (const id of carrier![1]) expect(reachable).toContain(id);
    }
  });

  it('turns each of the twelve situations into an answer that some people get as a reason', () => {
    const bullets = article.split('\n').filter((l) => l.trim().startsWith('•'));
    expect(bullets).toHaveLength(12);
    const situations = [...SITUATION_IDS];
    expect(situations).toHaveLength(12);
    const answerSituations = criteria.flatMap((c) => c.options.map((o) => o.situation).filter(Boolean));
    expect([...answerSituations].sort()).toEqual([...situations].sort());
    for (const s of situations) expect(reachable).toContain(s);
  });

  it('shows every caveat it has to somebody (at most two per card, so none is dead copy)', () => {
    for (const id of CAVEAT_IDS) expect(reachable).toContain(id);
  });

  it('applies from the article\'s cutoff date, 08.06.2015 read as 6 August 2015', () => {
    expect(article).toMatch(/before 08\.06\.2015/);
  });
});

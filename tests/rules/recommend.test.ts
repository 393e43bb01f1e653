import { criteria, recommend, SITUATION_IDS, GENERAL_IMAP_REASON, type Answers } from '../../src/rules';
import { allProfiles, interview } from '../../src/rules/profiles';
import { tally } from '../../src/rules/scoring';

const profiles = [...allProfiles()];
const reasonIds = new Set<string>([...SITUATION_IDS, GENERAL_IMAP_REASON]);

describe('recommend over every combination of answers', () => {
  it('enumerates every combination (each answer plus "not sure")', () => {
    const expected = criteria.reduce((n, c) => n * (c.options.length + 1), 1);
    expect(profiles).toHaveLength(expected);
    expect(expected).toBeGreaterThan(1000);
  });

  it('stops early soundly: the skipped questions, answered any way, never change the protocol', () => {
    for (const profile of profiles) {
      const { answers } = interview(profile);
      const early = recommend(answers);
      expect(early.settled).toBe(true);
      // Every profile sharing these answers is in the list, so this covers every way to answer the rest.
      expect(recommend(profile).protocol).toBe(early.protocol);
    }
  });

  it('applies the hard rule: a program without IMAP always means POP, with a caveat for other devices', () => {
    const hard = profiles.filter((p) => p.program === 'no');
    expect(hard.length).toBeGreaterThan(0);
    for (const p of hard) {
      const r = recommend(p);
      expect(r.protocol).toBe('POP');
      expect(r.reasons[0]).toBe('popProgramWithoutImap');
      expect(r.caveats).toContain('popOtherDevices');
    }
  });

  it('gives ties to IMAP', () => {
    const ties = profiles.filter((p) => {
      const t = tally(p);
      return !t.decidedBy && t.score.IMAP === t.score.POP;
    });
    expect(ties.length).toBeGreaterThan(100);
    for (const p of ties) expect(recommend(p).protocol).toBe('IMAP');
  });

  it('recommends IMAP, with the article\'s general advice as the reason, when everything is "not sure"', () => {
    const unsure = Object.fromEntries(criteria.map((c) => [c.id, 'unsure'])) as Answers;
    const r = recommend(unsure);
    expect(r.protocol).toBe('IMAP');
    expect(r.settled).toBe(true);
    expect(r.reasons).toEqual(['generalImap']);
    expect(recommend({}).protocol).toBe('IMAP');
  });

  it('always gives at least one reason from the article, strongest first', () => {
    for (const profile of profiles) {
      for (const answers of [profile, interview(profile).answers]) {
        const r = recommend(answers);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reasonIds.has(reason)).toBe(true);
        const weights = r.reasons.map((reason) => weightOf(answers, reason));
        expect([...weights].sort((a, b) => b - a)).toEqual(weights);
      }
    }
  });

  it('always warns about the storage limit with IMAP and about where the mail goes with POP (its own words for a program without IMAP), in at most two caveats', () => {
    for (const p of profiles) {
      const r = recommend(p);
      expect(r.caveats.length).toBeLessThanOrEqual(2);
      const expected = r.protocol === 'IMAP' ? ['imapStorageLimit', 'imapNoLimitsConflict'] : ['popMailLeavesServer', 'popLeaveOnServer', 'popOtherDevices'];
      expect(r.caveats.some((c) => expected.includes(c))).toBe(true);
    }
  });

  it('never says something the person contradicted: no "removed from the server" for someone who leaves copies there', () => {
    for (const p of profiles.filter((x) => x.popToday === 'leaveOnServer')) {
      const r = recommend(p);
      expect(r.caveats).not.toContain('popMailLeavesServer');
      if (r.protocol === 'POP') expect(r.caveats).toContain('popLeaveOnServer');
    }
  });

  it('answers a conflict (several devices, but no wish to watch storage limits) with IMAP and the caveat for it instead of the general one', () => {
    const r = recommend({ devices: 'severalDevices', program: 'yes', storage: 'noLimits' });
    expect(r.protocol).toBe('IMAP');
    expect(r.settled).toBe(true);
    expect(r.caveats).toEqual(['imapNoLimitsConflict']);
  });

  it('recommends POP for a person who reads mail on one computer and keeps their own backups', () => {
    const r = recommend({ devices: 'oneComputer', program: 'yes', backups: 'self', popToday: 'no' });
    expect(r.protocol).toBe('POP');
    expect(r.reasons).toEqual(['popOneComputer', 'popOwnBackups']);
  });

  it('lets several IMAP conveniences outweigh a single computer', () => {
    const r = recommend({ devices: 'oneComputer', backups: 'server', spamShield: 'yes', program: 'yes' });
    expect(r.protocol).toBe('IMAP');
    expect(r.reasons).toEqual(['imapServerBackup', 'imapSpamShield']);
  });
});

function weightOf(answers: Answers, situation: string): number {
  if (situation === 'generalImap') return 0;
  for (const c of criteria) {
    const o = c.options.find((x) => x.situation === situation && answers[c.id] === x.value);
    if (o) return o.decisive ? 100 : o.weight;
  }
  throw new Error(`no answer produced ${situation}`);
}

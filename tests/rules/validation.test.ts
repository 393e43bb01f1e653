import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import {
  ageFromDate, ageFromYear, DEFAULT_ACCOUNT_CUTOFF, eligibility, validateAnswers, withAnswer,
} from '../../src/rules';

describe('answer validation', () => {
  it('accepts known answers, "not sure" included', () => {
    const r = validateAnswers({ devices: 'oneComputer', program: 'unsure' });
    expect(r).toEqual({ ok: true, value: { devices: 'oneComputer', program: 'unsure' } });
  });

  it('returns a typed error for an unknown question', () => {
    expect(validateAnswers({ favouriteColour: 'blue' })).toEqual({
      ok: false, error: { kind: 'unknownCriterion', criterion: 'favouriteColour' },
    });
  });

  it('returns a typed error, with the allowed values, for an unknown answer', () => {
    const r = withAnswer({}, 'devices', 'seven');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.kind === 'invalidAnswer') {
      expect(r.error.allowed).toEqual(['oneComputer', 'webmail', 'severalDevices', 'unsure']);
    } else throw new Error('expected invalidAnswer');
  });

  it.each([null, 42, 'yes', [1], { devices: 3 }])('rejects malformed input %p without throwing', (input) => {
    const r = validateAnswers(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.kind).toBe('malformed');
  });
});

describe('eligibility', () => {
  it('defaults to the article\'s cutoff, 6 August 2015', () => {
    expect(DEFAULT_ACCOUNT_CUTOFF).toBe('2015-08-06');
  });

  it('gives advice only to accounts created before the cutoff', () => {
    expect(eligibility('before')).toBe('eligible');
    expect(eligibility('after')).toBe('ineligible');
    expect(eligibility('unsure')).toBe('unknown');
    expect(ageFromDate('2015-08-05', DEFAULT_ACCOUNT_CUTOFF)).toBe('before');
    expect(ageFromDate('2015-08-06', DEFAULT_ACCOUNT_CUTOFF)).toBe('after');
    expect(ageFromDate('2015-02-30', DEFAULT_ACCOUNT_CUTOFF)).toBe('unsure');
  });

  it('decides from a year unless it is the cutoff year, and honours a configured cutoff', () => {
    expect(ageFromYear(2012, DEFAULT_ACCOUNT_CUTOFF)).toBe('before');
    expect(ageFromYear(2019, DEFAULT_ACCOUNT_CUTOFF)).toBe('after');
    expect(ageFromYear(2015, DEFAULT_ACCOUNT_CUTOFF)).toBe('unsure');
    expect(ageFromYear(2016, '2017-01-01')).toBe('before');
  });
});

describe('the rules module', () => {
  it('imports nothing but zod and its own files: no botbuilder, restify or Node I/O', () => {
    const dir = join(__dirname, '../../src/rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
      for (const spec of imports) expect([f, spec]).toEqual([f, spec.startsWith('./') ? spec : 'zod']);
      expect(text).not.toMatch(/\b(Date\.now|new Date\(\)|process\.|Math\.random)/);
    }
  });
});

/**
 * The understanding corpus (tests/understanding/corpus/*.ts: messages written the way
 * customers type, each labelled with what must be recorded, asked back or recognised),
 * played through the real conversation step. Targets: precision of recorded answers ≥ 0.995,
 * recall ≥ 0.90, no customer question taken as an answer. `npm run bench:understanding -- --verbose`
 * lists every message that isn't taken as labelled.
 */
import { LANGUAGES } from '../../src/copy';
import { corpora } from './corpora';
import { cases as en } from './corpus/en';
import { score } from './score';

describe('understanding what English-speaking customers type', () => {
  const s = score(en);

  it('has a corpus of at least 600 labelled messages', () => {
    expect(s.n).toBeGreaterThanOrEqual(600);
  });

  it('records only what people said: precision ≥ 0.995', () => {
    const wrong = s.outcomes.filter((o) => o.wrong.length).map((o) => `${o.case.at}: ${o.case.say} -> ${o.wrong.join(', ')}`);
    expect({ precision: s.precision >= 0.995, wrong }).toEqual({ precision: true, wrong: expect.any(Array) });
  });

  it('understands nine messages in ten without asking back when it needn\'t: recall ≥ 0.90', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never takes a customer\'s question as an answer', () => {
    expect(s.outcomes.filter((o) => o.case.expect.question && o.wrong.length).map((o) => o.case.say)).toEqual([]);
  });
});

describe.each(LANGUAGES.filter((l) => l !== 'en'))('understanding what %s-speaking customers type', (language) => {
  const s = score(corpora[language], language);

  it('has a corpus of at least 250 labelled messages', () => {
    expect(s.n).toBeGreaterThanOrEqual(250);
  });

  it('records only what people said: precision ≥ 0.995', () => {
    const wrong = s.outcomes.filter((o) => o.wrong.length).map((o) => `${o.case.at}: ${o.case.say} -> ${o.wrong.join(', ')}`);
    expect({ precision: s.precision >= 0.995, wrong }).toEqual({ precision: true, wrong: expect.any(Array) });
  });

  it('understands most messages without asking back when it needn\'t: recall ≥ 0.85', () => {
    expect(s.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('never takes a customer\'s question as an answer', () => {
    expect(s.outcomes.filter((o) => o.case.expect.question && o.wrong.length).map((o) => o.case.say)).toEqual([]);
  });
});

import { criteria, nextQuestion, recommend } from '../../src/rules';
import { allProfiles, interview } from '../../src/rules/profiles';

const profiles = [...allProfiles()];

describe('nextQuestion', () => {
  it('starts with where the person reads their email', () => {
    expect(nextQuestion({})?.id).toBe('devices');
  });

  it('never asks a question twice, and asks nothing once the answer is settled', () => {
    for (const p of profiles) {
      const { asked, answers } = interview(p);
      expect(new Set(asked).size).toBe(asked.length);
      expect(nextQuestion(answers)).toBeUndefined();
    }
  });

  it('keeps asking while an answer could still change the protocol', () => {
    for (const p of profiles.slice(0, 500)) {
      const { asked } = interview(p);
      const partial: Record<string, string> = {};
      for (const id of asked.slice(0, -1)) {
        partial[id] = p[id];
        expect(recommend(partial).settled).toBe(false);
      }
    }
  });

  it('needs only two questions for several devices', () => {
    expect(interview({ devices: 'severalDevices', program: 'yes' }).asked).toEqual(['devices', 'program']);
  });

  it('meets the question budget: median at most 3, and nine people in ten asked at most 5 of the 7', () => {
    const counts = profiles.map((p) => interview(p).asked.length).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(3);
    expect(counts[Math.floor(counts.length * 0.9)]).toBeLessThanOrEqual(5);
  });

  it('asks every question to somebody', () => {
    const everAsked = new Set(profiles.flatMap((p) => interview(p).asked));
    expect([...everAsked].sort()).toEqual(criteria.map((c) => c.id).sort());
  });
});

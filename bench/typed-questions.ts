import { dialogSettings } from '../src/bot/app';
import { loadConfig } from '../src/bot/config';
import { freshState, type ConversationState } from '../src/dialogs/conversation-state';
import { takeTurn } from '../src/dialogs/turn';
import { allProfiles } from '../src/rules/profiles';
import type { CriterionId } from '../src/rules';
import { cases } from '../tests/understanding/corpus/en';
import { seeded } from '../tests/support/seeded-random';

const TODAY = '2026-12-01';

/** Typed answers from the corpus: at question X, labelled with exactly X = value and nothing else. */
function typedAnswers(): Map<string, string[]> {
  const pool = new Map<string, string[]>();
  for (const k of cases) {
    const record = k.expect.record ?? {};
    const keys = Object.keys(record);
    if (keys.length !== 1 || keys[0] !== (k.at === 'eligibility' ? 'age' : k.at) || k.given) continue;
    const key = `${keys[0]}=${(record as Record<string, string>)[keys[0]]}`;
    pool.set(key, [...(pool.get(key) ?? []), k.say]);
  }
  return pool;
}

export function typedBudget(): { questions: number[]; turns: number[]; unfinished: number } {
  const settings = dialogSettings(loadConfig({}));
  const pool = typedAnswers();
  const rand = seeded(42);
  const pick = (key: string, fallback: string) => {
    const list = pool.get(key);
    return list?.length ? list[Math.floor(rand() * list.length)] : fallback;
  };
  const questions: number[] = [];
  const turns: number[] = [];
  let unfinished = 0;
  for (const profile of allProfiles()) {
    const channel = { handoff: false };
    let state: ConversationState = takeTurn(freshState(), { kind: 'message', text: 'hi', today: TODAY, channel }, settings).state;
    const asked = new Set<CriterionId>();
    let n = 0;
    for (; n < 20 && state.phase !== 'advised'; n++) {
      let text: string;
      if (state.pending) text = 'yes';
      else if (state.phase === 'eligibility') text = pick('age=before', 'yes');
      else if (state.asking) {
        asked.add(state.asking);
        text = pick(`${state.asking}=${profile[state.asking]}`, 'not sure');
      } else text = 'yes';
      state = takeTurn(state, { kind: 'message', text, today: TODAY, channel }, settings).state;
    }
    if (state.phase !== 'advised') unfinished++;
    questions.push(asked.size);
    turns.push(n);
  }
  questions.sort((a, b) => a - b);
  turns.sort((a, b) => a - b);
  return { questions, turns, unfinished };
}

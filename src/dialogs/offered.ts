import type { Words } from '../copy';
import { wordsOf } from '../understanding/matcher';
import { parseChoice, type Picked } from './choices';
import type { ConversationState } from './conversation-state';
import type { Reply } from './replies';
import { choiceLabel } from './replies';

/**
 * A message that picks one of the choices on screen: a click (which sends the label), the
 * label typed, or its number (`pick`: "2", "option 2", "the second one", read by the
 * understanding). The one place where typed numbers become choices, for every question and menu.
 */
export function pickOffered(said: string, pick: number | undefined, state: ConversationState, w: Words): Picked | undefined {
  const offered = state.offered;
  if (!offered?.length) return undefined;
  if (pick !== undefined) {
    const id = pick === -1 ? offered[offered.length - 1] : offered[pick - 1];
    return id !== undefined ? parseChoice(id) : undefined;
  }
  const words = wordsOf(said).join(' ');
  if (!words) return undefined;
  const id = offered.find((o) => {
    const label = choiceLabel(o, state, w);
    if (label === undefined) return false;
    if (label === said) return true; // a click sends the label as it is
    // Folding keeps a label's length within a few characters, so only labels of about the message's length can match.
    return Math.abs(label.length - said.length) <= said.length / 2 + 4 && wordsOf(label).join(' ') === words;
  });
  return id ? parseChoice(id) : undefined;
}

/** The ids of the choices the person sees last in these replies, if any reply offers some. */
export function choicesShown(replies: Reply[]): string[] | undefined {
  for (let i = replies.length - 1; i >= 0; i--) {
    const r = replies[i];
    if (r.kind === 'question') return r.choices.map((c) => c.id);
    if (r.kind === 'recommendation' || r.kind === 'card') return r.actions.map((c) => c.id);
  }
  return undefined;
}

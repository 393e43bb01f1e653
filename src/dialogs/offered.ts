import type { Words } from '../copy';
import { parseChoice, type Picked } from './choices';
import type { ConversationState } from './conversation-state';
import type { Reply } from './replies';
import { choiceLabel } from './replies';
import { choiceNumber, normalize } from './understand';

/**
 * A message that picks one of the choices on screen: a click (which sends the label), the
 * label typed, or its number ("2", "option 2", "the second one"). The one place where typed
 * numbers become choices, for every question and menu.
 */
export function pickOffered(said: string, state: ConversationState, w: Words): Picked | undefined {
  const offered = state.offered;
  if (!offered?.length) return undefined;
  const t = normalize(said);
  if (!t) return undefined;
  const n = choiceNumber(t);
  if (n !== undefined) return offered[n - 1] !== undefined ? parseChoice(offered[n - 1]) : undefined;
  const id = offered.find((o) => {
    const label = choiceLabel(o, state, w);
    return label !== undefined && normalize(label) === t;
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

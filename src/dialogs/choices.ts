/**
 * The answers and menu entries the bot offers, by id. A click sends the label as the person's
 * message, and typing "2" or "the second one" picks from what was on screen; both come back
 * here as the id, so no behaviour depends on a label's wording.
 */
import type { Command } from '../understanding';

export interface Choice {
  id: ChoiceId;
  label: string;
}

/**
 * `a:<value>` answers the question on screen (the account date too: a:before, a:after,
 * a:unsure); `c:<command>` runs a command; `q:<question id>` picks the answer to change;
 * `f:<yes|no>` answers "Did this help?"; `k:<yes|no>` answers "Just to check: ...?"; `s:<1-5>`
 * rates the chat (asked after a "yes").
 */
export type ChoiceId = `a:${string}` | `c:${Command}` | `q:${string}` | `f:${'yes' | 'no'}` | `k:${'yes' | 'no'}` | `s:${1 | 2 | 3 | 4 | 5}`;

export type Picked =
  | { kind: 'answer'; value: string }
  | { kind: 'command'; command: Command }
  | { kind: 'change'; question: string }
  | { kind: 'feedback'; helpful: boolean }
  | { kind: 'confirm'; yes: boolean }
  | { kind: 'rating'; rating: number };

export function parseChoice(id: string): Picked | undefined {
  const rest = id.slice(2);
  switch (id.slice(0, 2)) {
    case 'a:': return { kind: 'answer', value: rest };
    case 'c:': return { kind: 'command', command: rest as Command };
    case 'q:': return { kind: 'change', question: rest };
    case 'f:': return { kind: 'feedback', helpful: rest === 'yes' };
    case 'k:': return { kind: 'confirm', yes: rest === 'yes' };
    case 's:': return ['1', '2', '3', '4', '5'].includes(rest) ? { kind: 'rating', rating: Number(rest) } : undefined;
    default: return undefined;
  }
}

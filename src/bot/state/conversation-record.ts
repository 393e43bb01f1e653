import type { DialogState } from 'botbuilder-dialogs';

/** Everything stored for one conversation. */
export interface ConversationRecord {
  /** The welcome was shown; a conversation (on Teams, months long) is welcomed once. */
  welcomed?: boolean;
  dialog?: DialogState;
  /** Last activity (ms since epoch), to forget idle conversations. */
  at?: number;
}

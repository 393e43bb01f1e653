import type { DialogState } from 'botbuilder-dialogs';

/** Everything stored for one conversation. */
export interface ConversationRecord {
  /** The welcome was shown; a conversation (on Teams, months long) is welcomed once. */
  welcomed?: boolean;
  dialog?: DialogState;
  /**
   * Ids of the last few messages handled. A channel resends a message it thinks went
   * unanswered (Teams after 15 s); the copy must not answer the next question too.
   */
  seen?: string[];
  /** Last activity (ms since epoch), to forget idle conversations. */
  at?: number;
}

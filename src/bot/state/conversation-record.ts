import type { ConversationState } from '../../dialogs/conversation-state';

/** Everything stored for one conversation. */
export interface ConversationRecord {
  conversation?: ConversationState;
  /**
   * Hashes of the last few message ids handled. A channel resends a message it thinks went
   * unanswered (Teams after 15 s); the copy must not answer the next question too.
   */
  seen?: string[];
  /** Last save (ms since epoch), to forget idle conversations. */
  at?: number;
}

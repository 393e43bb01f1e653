/** What the conversation needs from configuration; src/bot fills it from the validated environment. */
export interface DialogSettings {
  brandName: string;
  /** YYYY-MM-DD: accounts created before this date get the advice. */
  accountCutoff: string;
  setupGuideUrl: string;
  supportRequestUrl: string;
  imapHost: string;
  popHost: string;
  smtpHost: string;
  /** A session ends after this long without a message (its outcome is counted then); default 30 minutes. */
  sessionIdleMs?: number;
}

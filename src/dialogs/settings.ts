import { DEFAULT_ACCOUNT_CUTOFF } from '../rules';

/** What the conversation needs from configuration; src/bot fills it from the environment. */
export interface DialogSettings {
  brandName: string;
  accountCutoff: string;
  setupGuideUrl: string;
  supportRequestUrl: string;
  imapHost: string;
  popHost: string;
  smtpHost: string;
}

export const defaultDialogSettings: DialogSettings = {
  brandName: 'liveBooks',
  accountCutoff: DEFAULT_ACCOUNT_CUTOFF,
  setupGuideUrl: 'https://support.livebooks.com/hc/en-us/articles/email-setup',
  supportRequestUrl: 'https://support.livebooks.com/hc/en-us/requests/new',
  imapHost: 'imap.livebooks.com',
  popHost: 'pop.livebooks.com',
  smtpHost: 'smtp.livebooks.com',
};

/**
 * Which caveats go with a recommendation. Each row: for this protocol, when this
 * criterion has this answer (or always), add this caveat. Order is the order shown.
 */
import type { CaveatId } from './explanations';
import type { CriterionId, Protocol } from './types';

export interface CaveatRule {
  protocol: Protocol;
  when?: { criterion: CriterionId; values: string[] };
  caveat: CaveatId;
}

export const caveatRules: readonly CaveatRule[] = [
  // The hard rule first: it speaks to the person's other devices.
  { protocol: 'POP', when: { criterion: 'program', values: ['no'] }, caveat: 'popOtherDevices' },
  { protocol: 'POP', caveat: 'popMailLeavesServer' },
  { protocol: 'POP', when: { criterion: 'popToday', values: ['leaveOnServer'] }, caveat: 'popLeaveOnServer' },
  { protocol: 'POP', when: { criterion: 'backups', values: ['server'] }, caveat: 'popNoServerBackup' },
  { protocol: 'POP', when: { criterion: 'storage', values: ['shortOfSpace'] }, caveat: 'popLimitedStorage' },
  { protocol: 'POP', when: { criterion: 'spamShield', values: ['yes'] }, caveat: 'popMissesSpamShield' },
  { protocol: 'POP', when: { criterion: 'connection', values: ['yes'] }, caveat: 'popSlowConnection' },

  { protocol: 'IMAP', when: { criterion: 'program', values: ['unsure'] }, caveat: 'imapProgramUnsure' },
  { protocol: 'IMAP', when: { criterion: 'storage', values: ['noLimits'] }, caveat: 'imapNoLimitsConflict' },
  { protocol: 'IMAP', caveat: 'imapStorageLimit' },
  { protocol: 'IMAP', when: { criterion: 'popToday', values: ['satisfied'] }, caveat: 'imapFromPop' },
  { protocol: 'IMAP', when: { criterion: 'backups', values: ['self'] }, caveat: 'imapOwnBackups' },
];

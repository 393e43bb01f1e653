/**
 * Which caveats go with a recommendation. Each row: for this protocol, when this criterion
 * has this answer (or always), add this caveat — unless another row it `yields` to applies
 * ("messages are removed from the server" is wrong for someone who leaves copies there).
 * Order is importance; a person is shown at most the first MAX_CAVEATS that apply.
 */
import type { CaveatId } from './explanations';
import type { CriterionId, Protocol } from './types';

export interface CaveatRule {
  protocol: Protocol;
  when?: { criterion: CriterionId; values: string[] };
  caveat: CaveatId;
  /** Caveats that say this better for this person; when one of them applies, this one is left out. */
  yields?: CaveatId[];
}

/** Two is what a person reads on a card; more and the first ones are skimmed. */
export const MAX_CAVEATS = 2;

export const caveatRules: readonly CaveatRule[] = [
  // The hard rule first: it speaks to the person's other devices.
  { protocol: 'POP', when: { criterion: 'program', values: ['no'] }, caveat: 'popOtherDevices' },
  { protocol: 'POP', when: { criterion: 'popToday', values: ['leaveOnServer'] }, caveat: 'popLeaveOnServer' },
  // Where the mail goes; the hard rule's caveat already says it, and so does the one about copies left on the server.
  { protocol: 'POP', caveat: 'popMailLeavesServer', yields: ['popLeaveOnServer', 'popOtherDevices'] },
  { protocol: 'POP', when: { criterion: 'backups', values: ['server'] }, caveat: 'popNoServerBackup' },
  { protocol: 'POP', when: { criterion: 'storage', values: ['shortOfSpace'] }, caveat: 'popLimitedStorage' },
  { protocol: 'POP', when: { criterion: 'spamShield', values: ['yes'] }, caveat: 'popMissesSpamShield' },
  // A slow connection never outweighs the caveats above for someone advised POP (it would have
  // tipped the advice to IMAP otherwise), so with two caveats at most it has none of its own.

  { protocol: 'IMAP', when: { criterion: 'program', values: ['unsure'] }, caveat: 'imapProgramUnsure' },
  { protocol: 'IMAP', when: { criterion: 'storage', values: ['noLimits'] }, caveat: 'imapNoLimitsConflict' },
  { protocol: 'IMAP', caveat: 'imapStorageLimit', yields: ['imapNoLimitsConflict'] },
  { protocol: 'IMAP', when: { criterion: 'popToday', values: ['satisfied'] }, caveat: 'imapFromPop' },
  { protocol: 'IMAP', when: { criterion: 'backups', values: ['self'] }, caveat: 'imapOwnBackups' },
];

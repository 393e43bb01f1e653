/**
 * The article's situations and the caveats that go with advice, by id. Their words, in
 * every language, are in src/copy (situations, reasons, caveats); the ids tie them to the
 * criteria here.
 */
export const SITUATION_IDS = [
  'popOneComputer',
  'popOwnBackups',
  'popProgramWithoutImap',
  'popNoStorageLimits',
  'popSatisfied',
  'imapSeveralDevices',
  'imapWebmail',
  'imapSpamShield',
  'imapServerBackup',
  'imapSlowConnection',
  'imapLimitedStorage',
  'imapLeaveOnServer',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** Used when no answer spoke for IMAP (everything "not sure"): the article's general advice. */
export const GENERAL_IMAP_REASON = 'generalImap';
export type ReasonId = SituationId | typeof GENERAL_IMAP_REASON;

export const CAVEAT_IDS = [
  'imapStorageLimit',
  'imapNoLimitsConflict',
  'imapFromPop',
  'imapOwnBackups',
  'imapProgramUnsure',
  'popMailLeavesServer',
  'popOtherDevices',
  'popMissesSpamShield',
  'popLimitedStorage',
  'popNoServerBackup',
  'popLeaveOnServer',
] as const;
export type CaveatId = (typeof CAVEAT_IDS)[number];

/**
 * The help article as data: one entry per question, with which protocol each answer
 * favours and how strongly. Validated with zod when this module loads, so a bad edit
 * fails at start-up, not in a conversation.
 *
 * Weights: a need for sync (several devices, Web Mail, copies left on the server)
 * outweighs every POP preference together; the program that can't do IMAP is the
 * article's hard rule. Ties and "not sure" go to IMAP, the article's general advice.
 */
import { z } from 'zod';
import { SITUATION_IDS } from './explanations';
import { criterionSchema, type Criterion, type CriterionId, UNSURE } from './types';

/**
 * `means` marks the answers a plain "yes" or "no" gives: where two answers mean yes ("Do you
 * use POP today?"), a bare yes is asked which one.
 */
const data: Criterion[] = [
  {
    id: 'devices',
    priority: 1,
    options: [
      { value: 'oneComputer', favours: 'POP', weight: 4, decisive: false, situation: 'popOneComputer' },
      { value: 'webmail', favours: 'IMAP', weight: 6, decisive: false, situation: 'imapWebmail' },
      { value: 'severalDevices', favours: 'IMAP', weight: 8, decisive: false, situation: 'imapSeveralDevices' },
    ],
  },
  {
    id: 'program',
    priority: 2,
    options: [
      { value: 'yes', weight: 0, decisive: false, means: 'yes' },
      { value: 'no', favours: 'POP', weight: 0, decisive: true, situation: 'popProgramWithoutImap', means: 'no' },
    ],
  },
  {
    id: 'popToday',
    priority: 3,
    options: [
      { value: 'no', weight: 0, decisive: false, means: 'no' },
      { value: 'satisfied', favours: 'POP', weight: 2, decisive: false, situation: 'popSatisfied', means: 'yes' },
      { value: 'leaveOnServer', favours: 'IMAP', weight: 5, decisive: false, situation: 'imapLeaveOnServer', means: 'yes' },
    ],
  },
  {
    id: 'backups',
    priority: 4,
    options: [
      { value: 'self', favours: 'POP', weight: 2, decisive: false, situation: 'popOwnBackups' },
      { value: 'server', favours: 'IMAP', weight: 3, decisive: false, situation: 'imapServerBackup' },
    ],
  },
  {
    id: 'storage',
    priority: 5,
    options: [
      { value: 'shortOfSpace', favours: 'IMAP', weight: 2, decisive: false, situation: 'imapLimitedStorage' },
      { value: 'noLimits', favours: 'POP', weight: 2, decisive: false, situation: 'popNoStorageLimits' },
    ],
  },
  {
    id: 'spamShield',
    priority: 6,
    options: [
      { value: 'yes', favours: 'IMAP', weight: 2, decisive: false, situation: 'imapSpamShield', means: 'yes' },
      { value: 'no', weight: 0, decisive: false, means: 'no' },
    ],
  },
  {
    id: 'connection',
    priority: 7,
    options: [
      { value: 'yes', favours: 'IMAP', weight: 1, decisive: false, situation: 'imapSlowConnection', means: 'yes' },
      { value: 'no', weight: 0, decisive: false, means: 'no' },
    ],
  },
];

const situationIds: readonly string[] = SITUATION_IDS;
const listSchema = z
  .array(criterionSchema)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'criterion ids must be unique')
  .refine(
    (list) => list.every((c) => c.options.every((o) => !o.situation || situationIds.includes(o.situation))),
    'every situation must be one of the article situations (explanations.ts)',
  )
  .refine(
    (list) => list.every((c) => c.options.every((o) => o.value !== UNSURE)),
    `"${UNSURE}" is added to every question; don't list it as an option`,
  );

function load(): Criterion[] {
  return listSchema.parse(data).sort((a, b) => a.priority - b.priority);
}

/** All criteria, in the order they are asked when several could still change the outcome. */
export const criteria: readonly Criterion[] = Object.freeze(load());

const byId = new Map(criteria.map((c) => [c.id, c]));

export function criterion(id: CriterionId): Criterion {
  const c = byId.get(id);
  if (!c) throw new Error(`unknown criterion ${id}`);
  return c;
}

/** The values an answer to this criterion may take, "unsure" included. */
export function allowedValues(id: CriterionId): string[] {
  return [...criterion(id).options.map((o) => o.value), UNSURE];
}

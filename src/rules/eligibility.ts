/**
 * The article applies only to accounts created before a cutoff date. The article writes
 * 08.06.2015; read month first (the US reading) that is 6 August 2015, the default here.
 * Read day first it would be 8 June 2015: which one is meant is a configured choice
 * (ACCOUNT_CUTOFF_DATE) that support should confirm.
 */
export const DEFAULT_ACCOUNT_CUTOFF = '2015-08-06';

export type AccountAge = 'before' | 'after' | 'unsure';
export type Eligibility = 'eligible' | 'ineligible' | 'unknown';

export function eligibility(age: AccountAge): Eligibility {
  if (age === 'before') return 'eligible';
  if (age === 'after') return 'ineligible';
  return 'unknown';
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A valid ISO calendar date (YYYY-MM-DD), or undefined. */
export function parseIsoDate(text: string): { year: number; month: number; day: number } | undefined {
  const m = isoDate.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return undefined;
  }
  return { year, month, day };
}

/** Compares a creation date with the cutoff; both YYYY-MM-DD. */
export function ageFromDate(created: string, cutoff: string): AccountAge {
  if (!parseIsoDate(created) || !parseIsoDate(cutoff)) return 'unsure';
  return created < cutoff ? 'before' : 'after';
}

/** A year alone decides unless it is the cutoff's own year. */
export function ageFromYear(year: number, cutoff: string): AccountAge {
  const c = parseIsoDate(cutoff);
  if (!c) return 'unsure';
  if (year < c.year) return 'before';
  if (year > c.year) return 'after';
  return 'unsure';
}

import { isThing, type Analysis } from './analyze';

export interface YesNo {
  value: 'yes' | 'no';
  /** "I think so", "probably not". */
  hedged: boolean;
  /** The yes or no is all the clause says ("no", "nope, never"), not the start of something else ("I don't remember"). */
  bare: boolean;
}

const PRONOUNS = new Set(['i', 'it', 'im', 'its', 'ive', 'thats', 'that', 'ich', 'es', 'je', 'jai', 'cest', 'yo', 'es', 'eso']);

/** After "no phone": the list of what the person has goes on ("no phone just a laptop"), where "no outlook is set to imap" answers. */
const LIST_GOES_ON = new Set(['just', 'only', 'and', 'or', 'but', 'nur', 'und', 'oder', 'seulement', 'juste', 'et', 'ou', 'solo', 'y', 'o', 'pero', 'mais', 'aber']);

const KINDS: Record<string, Omit<YesNo, 'bare'>> = {
  't:yes': { value: 'yes', hedged: false },
  't:no': { value: 'no', hedged: false },
  't:yesHedged': { value: 'yes', hedged: true },
  't:noHedged': { value: 'no', hedged: true },
};

/**
 * A yes or a no that answers the question: one that starts a clause ("yes I do", "nope,
 * never", "I think so"). Different clauses saying yes and no ("yes... no wait") answer nothing.
 */
export function yesNoOf(a: Analysis): YesNo | undefined {
  let found: YesNo | undefined;
  for (const c of a.clauses) {
    if (c.question) continue;
    const lead = c.hits.filter((h) => KINDS[h.key] && h.start === c.start).sort((x, y) => y.end - x.end)[0];
    if (!lead) continue;
    // "not sure", "no idea" overlapping the yes or no: that is not knowing, not an answer.
    if (c.hits.some((h) => h.key === 't:unsure' && h.start < lead.end)) continue;
    // "no phone, just a laptop", "kein Handy": a no in front of a thing denies the thing, it answers nothing.
    if (KINDS[lead.key].value === 'no' && c.hits.some((h) => isThing(h) && h.start === lead.end && (h.end === c.tokens.length || LIST_GOES_ON.has(c.tokens[h.end])))) continue;
    const rest = c.tokens.length - lead.end;
    const bare = rest === 0 || (rest <= 3 && c.hits.some((h) => KINDS[h.key] && h.start === lead.end && h.end === c.tokens.length));
    // "I have a laptop", "I do my own backups": a statement that starts like "I have" / "I do", not a yes.
    if (!bare && PRONOUNS.has(c.tokens[lead.start]) && lead.end - lead.start > 1) continue;
    const said = { ...KINDS[lead.key], bare };
    if (found && found.value !== said.value) return undefined;
    found = found ? { value: said.value, hedged: found.hedged || said.hedged, bare: found.bare && said.bare } : said;
  }
  return found;
}

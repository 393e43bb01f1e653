/**
 * What the person can ask for at any point: help, why, back, start over, stop, what did I
 * say, change an answer, set-up steps, a person, done.
 */
import { criterion, recommend } from '../rules';
import type { Conversation } from './conversation';
import { changeMenuReply, feedbackReply, handoffReply, reasonText, requestReply, setupReply, summaryLines, whyOf } from './replies';
import type { Command } from '../understanding';

/** Whether a command means something where the conversation is ("done" mid-interview doesn't). */
export function accepts(c: Conversation, command: Command): boolean {
  if (command === 'done') return ['advised', 'feedback', 'ineligible'].includes(c.state.phase);
  return true;
}

export function runCommand(c: Conversation, command: Command): void {
  const s = c.state;
  const w = c.words;
  switch (command) {
    case 'help': return c.ask(w.t('help'));
    case 'why': return why(c);
    case 'back': return back(c);
    case 'startOver':
      c.restart();
      return c.ask(w.t('startOver'));
    case 'stop':
      c.finish();
      return c.say(w.t('stopped'));
    case 'summary': {
      const lines = summaryLines(s.answers, w);
      if (s.age) lines.unshift(w.labelled(w.t('eligibility.topic', { cutoff: c.cutoff }), ageLabel(c)));
      return c.ask(lines.length ? `${w.t('summaryTitle')}\n\n${lines.map((l) => `- ${l}`).join('\n')}` : w.t('nothingYet'));
    }
    case 'change':
      if (!s.history.length) return c.ask(w.t('nothingYet'));
      s.phase = 'pickChange';
      c.replies.push(changeMenuReply(s, w));
      return;
    case 'setup':
      if (!s.advised || s.phase === 'interview') return c.ask(w.t('setup.afterAdvice'));
      c.replies.push(setupReply(s.advised, c.settings, w));
      return;
    case 'request':
      c.replies.push(requestReply(c.settings, w, c.channel.handoff));
      if (c.channel.handoff) c.replies.push(handoffReply(s, w));
      c.emit('handoff', { phase: s.phase, answered: s.history.length });
      if (s.phase !== 'advised' && s.phase !== 'ineligible') c.ask();
      return;
    case 'done':
      if (s.phase === 'ineligible') {
        c.finish();
        return c.say(w.t('ended'));
      }
      s.phase = 'feedback';
      c.replies.push(feedbackReply(w));
      return;
  }
}

function why(c: Conversation): void {
  const s = c.state;
  const w = c.words;
  if (s.phase === 'eligibility' || s.phase === 'ineligible') return c.ask(w.t('eligibility.why', { cutoff: c.cutoff }));
  if (s.phase === 'interview' && s.asking) return c.ask(w.t('why', { text: whyOf(criterion(s.asking).id, w) }));
  if (s.advised) {
    const r = recommend(s.answers);
    return c.say(`${w.t('recommendation.why', { protocol: r.protocol })}\n\n${r.reasons.map((x) => `- ${reasonText(x, w)}`).join('\n')}`);
  }
  c.ask(w.t('help'));
}

/** The previous question again, with its answer forgotten. */
function back(c: Conversation): void {
  const s = c.state;
  const w = c.words;
  if (s.phase === 'eligibility') return c.ask(w.t('backAtFirst'));
  const last = s.history.pop();
  if (!last) {
    s.phase = 'eligibility';
    s.age = undefined;
    return c.ask(w.t('backTo'));
  }
  delete s.answers[last];
  s.phase = 'interview';
  s.asking = last;
  s.misses = 0;
  c.ask(w.t('backTo'));
}

function ageLabel(c: Conversation): string {
  const age = c.state.age;
  return age === 'before' ? c.words.t('actions.yes') : age === 'after' ? c.words.t('actions.no') : c.words.t('notSure');
}

/**
 * The customer's own questions, answered where they are asked (before, during and after the
 * interview): from the article where it speaks, from configuration where it doesn't. Nothing
 * is recorded; the conversation then goes back to where it was.
 */
import type { CopyKey } from '../copy';
import type { QuestionTopic } from '../understanding';
import type { Conversation } from './conversation';
import { hintOf } from './replies';

const SETUP_STEPS: Partial<Record<QuestionTopic, CopyKey>> = {
  setupAppleMail: 'setup.appleMail',
  setupOutlook: 'setup.outlook',
  setupThunderbird: 'setup.thunderbird',
  setupIphone: 'setup.iphone',
  setupAndroidGmail: 'setup.android',
  setupWindowsMail: 'setup.windowsMail',
};

/** The answer, as the line before the question on screen is shown again. */
export function answerOf(c: Conversation, topic: QuestionTopic): string {
  const w = c.words;
  const s = c.settings;
  const steps = SETUP_STEPS[topic];
  if (steps) {
    const protocol = c.state.advised ?? w.t('setup.eitherProtocol');
    const servers = w.t('answers.serversPorts', { imapHost: s.imapHost, popHost: s.popHost, smtpHost: s.smtpHost });
    // The servers first: the steps send the person to "the servers above", as on the set-up card.
    const lines = [servers, w.t(steps, { protocol })];
    return c.state.advised ? lines.join('\n\n') : `${w.t('answers.setupBeforeAdvice')}\n\n${lines.join('\n\n')}`;
  }
  switch (topic) {
    case 'serversPorts':
      return w.t('answers.serversPorts', { imapHost: s.imapHost, popHost: s.popHost, smtpHost: s.smtpHost });
    case 'thisQuestion':
      // The question's hint says what it means and how to tell; at no question, it's a question we can't place.
      return c.state.phase === 'interview' && c.state.asking ? hintOf(c.state.asking, w) : w.t('answers.unknown', { url: s.supportRequestUrl });
    case 'unknown':
      return w.t('answers.unknown', { url: s.supportRequestUrl });
    default:
      return w.t(`answers.${topic}` as CopyKey);
  }
}

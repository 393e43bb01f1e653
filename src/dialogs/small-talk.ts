import type { SmallTalk } from '../understanding';
import type { Conversation } from './conversation';

/** Thanks, ok, hello, "so which one?": a fitting line, then what is on screen again. */
export function smallTalk(c: Conversation, kind: SmallTalk): void {
  const w = c.words;
  const advised = c.state.advised && (c.state.phase === 'advised' || c.state.phase === 'feedback');
  switch (kind) {
    case 'greeting': return c.ask(w.t('smallTalk.greeting'));
    case 'thanks': return c.ask(w.t(advised ? 'smallTalk.thanksAdvised' : 'smallTalk.thanks'));
    case 'ok': return c.ask(w.t('smallTalk.ok'));
    case 'whichOne':
      return c.ask(advised ? w.t('smallTalk.whichOneAdvised', { protocol: c.state.advised as string }) : w.t('smallTalk.whichOneEarly'));
    case 'other': return c.ask(w.t('smallTalk.other'));
  }
}

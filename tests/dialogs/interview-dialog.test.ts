import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { ChannelRenderer } from '../../src/bot/render/channel-renderer';
import { InterviewDialog, inputText } from '../../src/dialogs/interview-dialog';
import { noTelemetry } from '../../src/dialogs/ports';
import { defaultDialogSettings } from '../../src/dialogs/settings';
import { scripts } from './scripts';

type Turn = (context: TurnContext, state: DialogState, welcomed: boolean) => Promise<void>;

/** The stock way: a DialogSet holding the dialog, a DialogContext per turn. */
const throughDialogContext = (dialog: InterviewDialog): Turn => {
  let current: DialogState = { dialogStack: [] };
  const set = new DialogSet({ get: async () => current, set: async () => undefined, delete: async () => undefined });
  set.add(dialog);
  return async (context, state, welcomed) => {
    current = state;
    const dc = await set.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(InterviewDialog.dialogId, { welcome: !welcomed, text: inputText(context.activity) });
  };
};

/** What SupportBot does: runTurn on the stored stack, no DialogContext. */
const direct = (dialog: InterviewDialog): Turn => async (context, state, welcomed) => {
  if (state.dialogStack.length) await dialog.runTurn(context, state);
  else await dialog.runTurn(context, state, { welcome: !welcomed, text: inputText(context.activity) });
};

function chat(turn: Turn) {
  const state: DialogState = { dialogStack: [] };
  let welcomed = false;
  const adapter = new TestAdapter(async (context) => {
    await turn(context, state, welcomed);
    welcomed = true;
  });
  return async (text: string) => {
    await adapter.receiveActivity(text);
    const replies = (adapter.activeQueue.splice(0) as Activity[]).map(({ text: t, attachments, suggestedActions, type }) => ({ type, t, attachments, suggestedActions }));
    return { replies, stored: JSON.parse(JSON.stringify(state)) };
  };
}

describe.each(scripts)('InterviewDialog.runTurn is the DialogContext turn: $name', ({ steps }) => {
  it('sends the same replies and stores the same dialog stack', async () => {
    const dialog = new InterviewDialog(defaultDialogSettings, new ChannelRenderer(), noTelemetry);
    const stock = chat(throughDialogContext(dialog));
    const ours = chat(direct(dialog));
    for (const step of [...steps, { say: 'stop' }, { say: 'hi' }]) {
      expect({ say: step.say, ...(await ours(step.say)) }).toEqual({ say: step.say, ...(await stock(step.say)) });
    }
  });
});

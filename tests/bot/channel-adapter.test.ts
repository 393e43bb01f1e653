import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import { ChannelAdapter } from '../../src/bot/http/channel-adapter';

function activity(serviceUrl: string, id: string): Activity {
  return {
    type: 'message', text: 'hi', id, channelId: 'webchat', serviceUrl, deliveryMode: 'expectReplies',
    conversation: { id: 'c1' }, from: { id: 'u1' }, recipient: { id: 'bot' },
  } as Activity;
}

describe('ChannelAdapter', () => {
  it('reuses one connector client and one user-token client per service URL, instead of building them every turn', async () => {
    const adapter = new ChannelAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const seen: Array<{ connector: unknown; tokens: unknown }> = [];
    const logic = async (context: TurnContext) => {
      seen.push({ connector: context.turnState.get(adapter.ConnectorClientKey), tokens: context.turnState.get(adapter.UserTokenClientKey) });
    };
    await adapter.handle('', activity('http://127.0.0.1:9/a/', 'm1'), logic);
    await adapter.handle('', activity('http://127.0.0.1:9/a/', 'm2'), logic);
    await adapter.handle('', activity('http://127.0.0.1:9/b/', 'm3'), logic);
    expect(seen[0].connector).toBeDefined();
    expect(seen[1].connector).toBe(seen[0].connector);
    expect(seen[2].connector).not.toBe(seen[0].connector);
    expect(seen[1].tokens).toBe(seen[0].tokens);
  });
});

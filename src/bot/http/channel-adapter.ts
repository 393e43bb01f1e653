import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';

type Authentication = ConstructorParameters<typeof CloudAdapter>[0] & {};
type AuthResult = Awaited<ReturnType<Authentication['authenticateRequest']>>;
type Claims = AuthResult['claimsIdentity'];
type ConnectorFactory = NonNullable<AuthResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Authentication['createUserTokenClient']>>;

/** Different service URLs (channels, regions) and app ids a bot sees: a handful. */
const MAX_CLIENTS = 256;

/**
 * CloudAdapter with its activity processing exposed, so the HTTP layer owns every response.
 *
 * It also reuses the outbound clients: stock CloudAdapter builds a new ConnectorClient and a
 * new UserTokenClient (each an Azure HTTP pipeline) on every turn, about a fifth of a turn's CPU
 * here. They hold no per-turn state (the credentials keep their own token cache), so one per
 * app id and service URL (and audience) serves every turn.
 */
export class ChannelAdapter extends CloudAdapter {
  constructor(auth: Authentication) {
    super(reusingClients(auth));
  }

  handle(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** The same authentication, handing out shared connector and user-token clients. */
function reusingClients(auth: Authentication): Authentication {
  const connectors = new Map<string, Promise<ConnectorClient>>();
  const tokenClients = new Map<string, Promise<UserTokenClient>>();
  const reuse = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    let hit = cache.get(key);
    if (!hit) {
      if (cache.size >= MAX_CLIENTS) cache.clear();
      hit = make();
      cache.set(key, hit);
      hit.catch(() => cache.delete(key)); // a failure is not remembered
    }
    return hit;
  };
  function factory(inner: ConnectorFactory, claims: Claims): ConnectorFactory;
  function factory(inner: ConnectorFactory | undefined, claims: Claims): ConnectorFactory | undefined;
  function factory(inner: ConnectorFactory | undefined, claims: Claims): ConnectorFactory | undefined {
    if (!inner) return undefined;
    const appId = appIdOf(claims);
    // A plain object: ConnectorFactory's whole interface is create(); a fresh prototype per turn would cost more.
    return {
      create: (serviceUrl: string, audience?: string) =>
        reuse(connectors, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => inner.create(serviceUrl, audience)),
    };
  }
  // Everything else (token validation, caller id, skills) is the original's own code.
  const shared = Object.create(auth) as Authentication;
  shared.authenticateRequest = async (activity, authHeader) => {
    const result = await auth.authenticateRequest(activity, authHeader);
    return { ...result, connectorFactory: factory(result.connectorFactory, result.claimsIdentity) };
  };
  shared.authenticateStreamingRequest = async (authHeader, channelIdHeader) => {
    const result = await auth.authenticateStreamingRequest(authHeader, channelIdHeader);
    return { ...result, connectorFactory: factory(result.connectorFactory, result.claimsIdentity) };
  };
  shared.createConnectorFactory = (claims) => factory(auth.createConnectorFactory(claims), claims);
  shared.createUserTokenClient = (claims) => reuse(tokenClients, appIdOf(claims), () => auth.createUserTokenClient(claims));
  return shared;
}

/** What botbuilder keys its clients on: the audience claim (channels) or appid claim (Emulator). */
function appIdOf(claims: Claims): string {
  return claims.getClaimValue('aud') ?? claims.getClaimValue('appid') ?? '';
}

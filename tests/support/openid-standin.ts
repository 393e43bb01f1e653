/**
 * A local stand-in for the Bot Framework's OpenID metadata and signing keys, so token
 * validation runs for real without leaving the machine.
 */
import { createServer, type Server } from 'http';
import { generateKeyPairSync, type KeyObject } from 'crypto';
import jwt from 'jsonwebtoken';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface OpenIdStandIn {
  metadataUrl: string;
  /** A token as Azure Bot Service would send it, signed by the published key unless told otherwise. */
  token(claims: { audience: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string; key?: KeyObject; kid?: string; noExpiry?: boolean }): string;
  otherKey: KeyObject;
  /** Hanging: connections are accepted and requests never answered, like a key service that hangs. */
  hang(on: boolean): void;
  /** Requests received so far (answered or not). */
  requests(): number;
  close(): Promise<void>;
}

export async function startOpenIdStandIn(endorsements: string[]): Promise<OpenIdStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  let base = '';
  let hanging = false;
  let received = 0;
  const server: Server = createServer((req, res) => {
    received++;
    if (hanging) return; // never answered; close() ends the connection
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
    } else if (req.url === '/v1/keys') {
      res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: 'test-key', n: jwk.n, e: jwk.e, endorsements }] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    otherKey: other.privateKey,
    hang: (on) => {
      hanging = on;
    },
    requests: () => received,
    token: ({ audience, serviceUrl, expiresInSeconds = 300, issuer = CHANNEL_ISSUER, key = privateKey, kid = 'test-key', noExpiry = false }) => {
      const now = Math.floor(Date.now() / 1000);
      const claims = { serviceurl: serviceUrl, serviceUrl, nbf: now - 60, iat: now - 60, ...(noExpiry ? {} : { exp: now + expiresInSeconds }) };
      return jwt.sign(claims, key, {
        algorithm: 'RS256',
        keyid: kid,
        issuer,
        audience,
      });
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

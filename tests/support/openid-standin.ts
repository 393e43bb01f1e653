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
  token(claims: { audience: string; serviceUrl: string; expiresInSeconds?: number; issuer?: string; key?: KeyObject; kid?: string }): string;
  otherKey: KeyObject;
  close(): Promise<void>;
}

export async function startOpenIdStandIn(endorsements: string[]): Promise<OpenIdStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  let base = '';
  const server: Server = createServer((req, res) => {
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
    token: ({ audience, serviceUrl, expiresInSeconds = 300, issuer = CHANNEL_ISSUER, key = privateKey, kid = 'test-key' }) => {
      const now = Math.floor(Date.now() / 1000);
      return jwt.sign({ serviceurl: serviceUrl, serviceUrl, nbf: now - 60, exp: now + expiresInSeconds, iat: now - 60 }, key, {
        algorithm: 'RS256',
        keyid: kid,
        issuer,
        audience,
      });
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

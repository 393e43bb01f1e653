/**
 * HTTP the way a misbehaving client speaks it: bytes written on a raw socket to 127.0.0.1, as
 * slowly as the test likes. Resolves with what the server answered and when it closed.
 */
import { connect, type Socket } from 'net';

export interface RawExchange {
  /** Everything the server sent. */
  response: string;
  /** The status of the first response line, or 0. */
  status: number;
  /** Milliseconds from connecting until the server closed the connection (or `giveUpMs`). */
  closedAfterMs: number;
  closed: boolean;
}

/**
 * Connects, runs `talk` (which writes on the socket, may wait between writes), and waits for
 * the server to close the connection, at most `giveUpMs` from the start.
 */
export function rawExchange(port: number, talk: (socket: Socket, stillOpen: () => boolean) => Promise<void>, giveUpMs = 30_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let response = '';
    let open = true;
    const done = (closed: boolean) => {
      clearTimeout(timer);
      open = false;
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);
      resolve({ response, status, closedAfterMs: Date.now() - started, closed });
    };
    const timer = setTimeout(() => done(false), giveUpMs);
    socket.on('data', (d) => (response += d.toString('latin1')));
    socket.on('close', () => open && done(true));
    socket.on('error', () => undefined); // a reset is a close too
    socket.once('connect', () => {
      void talk(socket, () => open).catch(() => undefined);
    });
  });
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Writes `text` one byte at a time, every `everyMs`, while the connection is open. */
export async function trickle(socket: Socket, stillOpen: () => boolean, text: string, everyMs: number): Promise<void> {
  for (const ch of text) {
    if (!stillOpen()) return;
    socket.write(ch);
    await pause(everyMs);
  }
}

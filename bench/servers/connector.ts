/**
 * The channel's connector service, stood in for normal delivery: the bots POST each reply
 * to {serviceUrl}v3/conversations/{id}/activities/{replyToId}; this answers 200 {"id":"x"}
 * at once and counts what it got (reported on SIGUSR2 and at exit).
 */
import { createServer } from 'http';

let replies = 0;
let other = 0;
const answer = Buffer.from('{"id":"x"}');
const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url?.startsWith('/v3/conversations/')) replies++;
  else other++;
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': answer.length });
    res.end(answer);
  });
});
server.keepAliveTimeout = 30_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
const report = () => process.stdout.write(`${JSON.stringify({ replies, other })}\n`);
process.on('SIGUSR2', report);
process.on('SIGTERM', () => {
  report();
  process.exit(0);
});

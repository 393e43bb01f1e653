/**
 * Reference 2: a bare restify 11 handler (same bodyParser) that answers every POST
 * /api/messages with the same small JSON: the ceiling of HTTP + restify on this machine.
 */
import restify from 'restify';

const body = { activities: [{ type: 'message', text: 'ok' }] };
const server = restify.createServer({ name: 'bare' });
server.use(restify.plugins.bodyParser());
server.post('/api/messages', (_req, res, next) => {
  res.json(200, body);
  return next();
});
server.get('/healthz', (_req, res, next) => {
  res.json(200, { status: 'ok' });
  return next();
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => process.exit(0));

// Preloaded (node -r) into the Agents Playground: every server it opens listens on
// 127.0.0.1 only. Left alone it binds all interfaces.
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0])) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  } else if (typeof args[0] === 'number' || typeof args[0] === 'string') {
    // listen(port[, host][, backlog][, cb]): put the host in second place.
    const [port, ...rest] = args;
    const tail = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    args = [port, '127.0.0.1', ...tail];
  }
  return listen.apply(this, args);
};

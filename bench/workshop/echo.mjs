// The bench's baseline: a bare `ws` server on the same machine that answers the live protocol
// with no work at all (welcome, then an ack per command); prints "listening PORT".

import { randomUUID } from 'node:crypto';
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ port: 0, host: '127.0.0.1', maxPayload: 16 * 1024 });
server.on('connection', (socket) => {
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    if (message.type === 'hello')
      socket.send(
        JSON.stringify({ type: 'welcome', participantId: randomUUID(), token: randomUUID() }),
      );
    else if (message.type === 'command')
      socket.send(JSON.stringify({ type: 'ack', id: message.id, ok: true }));
  });
});
server.on('listening', () => console.log(`listening ${server.address().port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));

// The workshop bench's servers as child processes: started until they print "listening PORT
// [SETUP_TOKEN]", stopped by their pid.

import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository's root, the children's working folder. */
export const root = resolve(import.meta.dirname, '../..');

/** Starts a child that prints "listening PORT [TOKEN]"; resolves with the child, port and token. */
export function startChild(args, env = {}) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)(?: (\S+))?/.exec(out);
      if (match) done({ child, port: Number(match[1]), setupToken: match[2] ?? null });
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening`)));
  });
}

/** Stops a child by its pid (SIGTERM) and waits for it to exit. */
export function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((done) => child.once('exit', done));
  process.kill(child.pid, 'SIGTERM');
  return exited;
}

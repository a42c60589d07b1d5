// Runs the `kume` command in-process and captures what it prints, by spying on the console and
// the standard streams (commander writes help and errors straight to the streams).

import { format } from 'node:util';
import { vi } from 'vitest';
import { main } from '../src/main';

export interface KumeRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runKume(argv: string[]): Promise<KumeRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line =
    (into: string[]) =>
    (...args: unknown[]) => {
      into.push(`${format(...args)}\n`);
    };
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(line(stdout)),
    vi.spyOn(console, 'info').mockImplementation(line(stdout)),
    vi.spyOn(console, 'warn').mockImplementation(line(stderr)),
    vi.spyOn(console, 'error').mockImplementation(line(stderr)),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    }),
  ];
  try {
    const code = await main(argv);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

// The `kume` command line: help for the program and every command, and exit code 2 for options
// and commands it does not know.

import { describe, expect, it } from 'vitest';
import { runKume } from '../test/runKume';
import { buildProgram } from './main';

const commands = buildProgram().commands.map((command) => command.name());
/** The commands that open a database; `stats`, `network` and `workshop` work on files only. */
const databaseCommands = commands.filter(
  (command) => !['stats', 'network', 'workshop'].includes(command),
);

describe('kume', () => {
  it('has the serve, migrate, sample, export, import, stats, network and workshop commands', () => {
    expect(commands).toEqual([
      'serve',
      'migrate',
      'sample',
      'export',
      'import',
      'stats',
      'network',
      'workshop',
    ]);
  });

  it('--help exits 0 and lists every command', async () => {
    const run = await runKume(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kume/);
    for (const command of commands) expect(run.stdout).toContain(command);
  });

  for (const command of databaseCommands) {
    it(`${command} --help exits 0 and documents its options`, async () => {
      const run = await runKume([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: kume ${command}`));
      expect(run.stdout).toContain('--help');
      expect(run.stdout).toContain('--data-dir');
      expect(run.stdout).toContain('--database-url');
    });
  }

  it('--version exits 0 and prints the version', async () => {
    const run = await runKume(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an unknown option exits 2 and names it', async () => {
    const run = await runKume(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it('an unknown option of a command exits 2 and names it', async () => {
    const run = await runKume(['sample', '--data-dri', '/tmp/x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--data-dri'");
  });

  it('an unknown command exits 2', async () => {
    const run = await runKume(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });

  it('a missing required option exits 2 and names it', async () => {
    const run = await runKume(['export']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--project <slug>');
  });

  it('serve with a port that is not a number exits 2 naming --port', async () => {
    const run = await runKume(['serve', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--port: "eighty" is not a port number');
  });
});

// @kume/cli: the `kume` command.

export { main, buildProgram } from './main';
export { parseBundleText } from './commands/parseBundleText';

// Runs the CLI: parses argv, runs one command, turns every failure into one line and an exit status.
import { CommanderError } from 'commander';
import { isPinkslipError } from '../domain/index.js';
import { buildProgram } from './program.js';
import type { Runtime } from './runtime.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** Runs `pinkslip ...args` and returns the exit status; never throws. */
export async function runCli(args: readonly string[], runtime: Runtime): Promise<number> {
  const program = buildProgram(runtime);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    const command = commandName(args);
    const prefix = command ? `pinkslip: ${command}: ` : 'pinkslip: ';
    if (isPinkslipError(error)) {
      runtime.stderr.write(`${prefix}${oneLine(error.message)}\n`);
      return error.code === 'usage' ? EXIT_USAGE : EXIT_FAILURE;
    }
    const message = error instanceof Error ? error.message : String(error);
    runtime.stderr.write(`${prefix}unexpected error: ${oneLine(message)}\n`);
    if (runtime.env.PINKSLIP_DEBUG && error instanceof Error) runtime.stderr.write(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
}

function commandName(args: readonly string[]): string | undefined {
  let skipValue = false;
  for (const arg of args) {
    if (skipValue) skipValue = false;
    else if (arg === '--db') skipValue = true;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

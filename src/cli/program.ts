// The pinkslip command line: global options, commands and how commander reports mistakes.
import { Command } from 'commander';
import { DEFAULT_DB, loadConfig } from './config.js';
import type { Config } from './config.js';
import type { CommandContext } from './context.js';
import type { Runtime } from './runtime.js';
import { registerEvents } from './commands/events.js';
import { registerExtract } from './commands/extract.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';

export function buildProgram(runtime: Runtime): Command {
  const program = new Command('pinkslip')
    .description(
      'Self-hosted layoffs tracker: reads articles, extracts job cuts with evidence, stores and serves them.',
    )
    .option('--db <path>', `SQLite database file (env PINKSLIP_DB; default ${DEFAULT_DB})`)
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => runtime.stdout.write(text),
      writeErr: (text) => runtime.stderr.write(text),
      outputError: (text, write) => write(`pinkslip: ${text.replace(/^error: /, '').trim()}\n`),
    });
  let config: Config | undefined;
  const ctx: CommandContext = { runtime, config: () => (config ??= loadConfig(program.opts(), runtime.env)) };
  registerExtract(program, ctx);
  registerIngest(program, ctx);
  registerEvents(program, ctx);
  registerServe(program, ctx);
  return program;
}

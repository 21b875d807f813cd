#!/usr/bin/env node
// Composition root: the real process (streams, env, clock, signals) + the SQLite store → the CLI.
import { runCli } from './cli/index.js';
import { openSqliteStore } from './store/index.js';

const stopSignal = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
  openStore: openSqliteStore,
  stopSignal,
});

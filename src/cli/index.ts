// The cli module: run the pinkslip command line against a runtime.
export { runCli } from './run.js';
export type { Output, Runtime } from './runtime.js';

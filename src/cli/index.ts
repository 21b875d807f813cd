// The cli module: run the pinkslip command line against a runtime.
export { runCli, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './run.js';
export type { Output, Runtime } from './runtime.js';

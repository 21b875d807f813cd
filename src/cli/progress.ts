// Progress of a round: a bar on a terminal (cli-progress), plain log lines otherwise.
import cliProgress from 'cli-progress';
import type { ItemOutcome, SourcePoll } from '../pipeline/index.js';
import type { Source } from '../store/index.js';
import type { Runtime } from './runtime.js';
import { formatItem, formatPoll } from './watch-format.js';

export interface RoundProgress {
  onStart(sources: readonly Source[]): void;
  onSource(poll: SourcePoll): void;
  onItem(item: ItemOutcome): void;
  stop(): void;
}

export function createProgress(runtime: Runtime): RoundProgress {
  if (!runtime.stderrIsTTY) {
    return {
      onStart: (sources) => runtime.stdout.write(`polling ${sources.length} sources\n`),
      onSource: (poll) => runtime.stdout.write(formatPoll(poll)),
      onItem: (item) => runtime.stdout.write(formatItem(item)),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'sources {bar} {value}/{total} | {items} new items | {errors} errors',
      stream: runtime.stderr as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let items = 0;
  let errors = 0;
  return {
    onStart: (sources) => bar.start(sources.length, 0, { items, errors }),
    onSource: (poll) => {
      errors += poll.errors.length;
      bar.increment(1, { items, errors });
    },
    onItem: (item) => {
      if (item.result?.status === 'new') items++;
      bar.update({ items, errors });
    },
    stop: () => bar.stop(),
  };
}

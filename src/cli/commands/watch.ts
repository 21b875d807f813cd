// `pinkslip watch`: poll the due sources on their schedule (or one round with --once) and store what they bring.
import type { Command } from 'commander';
import { z } from 'zod';
import { watchSources } from '../../services/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';
import { createProgress } from '../progress.js';
import { formatRound } from '../watch-format.js';

const watchOptions = z.object({ once: z.boolean().optional(), all: z.boolean().optional() });

export function registerWatch(program: Command, ctx: CommandContext): void {
  program
    .command('watch')
    .summary('follow the sources: poll the due ones on schedule, store new articles')
    .description(
      'Poll every source that is due (conditional GET), read each new item (its page when the feed\n' +
        'holds only a summary), extract and store it, then wait for the next source to fall due, until\n' +
        'stopped (Ctrl-C). An item is marked seen in the transaction that stores it, so a watch killed\n' +
        'at any moment loses and duplicates nothing. With no sources yet, the default feeds are added\n' +
        '(see `pinkslip sources`). Prints a summary after each round.',
    )
    .option('--once', 'run one round and exit')
    .option('--all', 'poll every source in the first round, due or not')
    .action(async (flags: unknown) => {
      const options = parseOptions(watchOptions, flags);
      const { runtime } = ctx;
      const stop = new AbortController();
      void runtime.stopSignal().then(() => stop.abort(new Error('watch: stopped')));
      await withServices(ctx, async (_events, sources) => {
        const added = await sources.addDefaultsWhenEmpty();
        if (added) runtime.stdout.write(`no sources yet: added the ${added} default feeds\n`);
        const progress = createProgress(runtime);
        await watchSources(sources, {
          once: options.once,
          all: options.all,
          signal: stop.signal,
          now: runtime.now,
          onStart: progress.onStart,
          onSource: progress.onSource,
          onItem: progress.onItem,
          onRound: (summary, seconds) => {
            progress.stop();
            runtime.stdout.write(formatRound(summary, seconds));
          },
          onIdle: (until) => runtime.stdout.write(`next round at ${until.toISOString()}\n`),
        });
        progress.stop();
      });
    });
}

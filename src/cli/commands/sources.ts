// `pinkslip sources`: add, list, remove, import and export the feeds and pages pinkslip follows.
import type { Command } from 'commander';
import { z } from 'zod';
import { DEFAULT_INTERVAL, intervalSchema, sourceJson } from '../../services/index.js';
import { parseOptions } from '../config.js';
import { withServices } from '../context.js';
import type { CommandContext } from '../context.js';
import { formatSource } from '../watch-format.js';

const addOptions = z.object({
  interval: intervalSchema.optional(),
  kind: z.enum(['feed', 'page']).default('feed'),
  title: z.string().trim().min(1).optional(),
});
const listOptions = z.object({ json: z.boolean().optional() });
const importOptions = z.object({ interval: intervalSchema.optional() });

export function registerSources(program: Command, ctx: CommandContext): void {
  const sources = program
    .command('sources')
    .summary('the feeds and pages followed by watch (add, list, remove, import, export)')
    .description(
      'Manage the sources `pinkslip watch` polls. Without a subcommand: list them. A source is a feed\n' +
        '(RSS 2.0, RSS 1.0/RDF, Atom or JSON Feed) or a single page, each with its own interval.',
    );
  const { stdout } = ctx.runtime;

  sources
    .command('add')
    .description('follow a feed (or, with --kind page, a single page)')
    .argument('<url>', 'http(s) URL of the feed or page')
    .option('--interval <every>', `how often to poll: 90s, 30m, 2h, 1d (default ${DEFAULT_INTERVAL})`)
    .option('--kind <kind>', 'feed or page (default feed)')
    .option('--title <text>', 'a name for the source (else the feed’s own title)')
    .action(async (url: string, flags: unknown) => {
      const options = parseOptions(addOptions, flags);
      const result = await withServices(ctx, (_, s) =>
        s.add(url, { kind: options.kind, intervalSeconds: options.interval, title: options.title ?? null }),
      );
      stdout.write(`${result.status === 'added' ? 'added' : 'already followed'}: ${result.source.url}\n`);
    });

  sources
    .command('list', { isDefault: true })
    .description('list the sources with their health: new, ok or failing (since when, last error)')
    .option('--json', 'print one JSON object per source (JSON Lines)')
    .action(async (flags: unknown) => {
      const options = parseOptions(listOptions, flags);
      const list = await withServices(ctx, (_, s) => s.list());
      const now = ctx.runtime.now();
      for (const source of list)
        stdout.write(options.json ? `${JSON.stringify(sourceJson(source))}\n` : formatSource(source, now));
      if (!options.json && list.length === 0)
        stdout.write('no sources: `pinkslip watch` starts with the default feeds, or add one\n');
    });

  sources
    .command('remove')
    .description('stop following a URL (its stored articles and events stay)')
    .argument('<url>', 'the URL as listed')
    .action(async (url: string) => {
      await withServices(ctx, (_, s) => s.remove(url));
      stdout.write(`removed: ${url}\n`);
    });

  sources
    .command('import')
    .description('follow every feed of an OPML file (feeds already followed are left as they are)')
    .argument('<file>', 'OPML file')
    .option('--interval <every>', `how often to poll the imported feeds (default ${DEFAULT_INTERVAL})`)
    .action(async (file: string, flags: unknown) => {
      const options = parseOptions(importOptions, flags);
      const results = await withServices(ctx, (_, s) =>
        s.importOpml(file, { intervalSeconds: options.interval }),
      );
      const added = results.filter((result) => result.status === 'added').length;
      stdout.write(`imported ${file}: ${added} added, ${results.length - added} already followed\n`);
    });

  sources
    .command('export')
    .description('print the followed feeds as OPML 2.0')
    .action(async () => {
      stdout.write(await withServices(ctx, (_, s) => s.exportOpml()));
    });
}

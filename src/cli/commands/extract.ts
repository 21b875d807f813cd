// `pinkslip extract` and `pinkslip text`: read (and extract) inputs without a database.
import type { Command } from 'commander';
import { z } from 'zod';
import {
  articleJson,
  extractInputs,
  extractionJson,
  isoDateSchema,
  readInputs,
} from '../../services/index.js';
import { parseOptions } from '../config.js';
import type { CommandContext } from '../context.js';
import { formatArticle, formatExtraction } from '../format.js';

const INPUTS = 'files (.txt or .html, detected by content too), http(s) URLs, or - for stdin';

const extractOptions = z.object({ json: z.boolean().default(false), published: isoDateSchema.optional() });
const textOptions = z.object({ json: z.boolean().default(false) });

export function registerExtract(program: Command, ctx: CommandContext): void {
  program
    .command('extract')
    .summary('find the layoffs an article reports (no database)')
    .description(
      'Read each input and print whether it reports layoffs and the events it reports, in input order.\n' +
        'With --json: JSON Lines {"input","title","published","is_layoff_report","events":[...]}.',
    )
    .argument('<input...>', INPUTS)
    .option('--json', 'print one JSON object per input (JSON Lines)')
    .option('--published <date>', 'publication date YYYY-MM-DD; resolves "Wednesday", "last month"')
    .action(async (inputs: string[], flags: unknown) => {
      const options = parseOptions(extractOptions, flags);
      const documents = await extractInputs(inputs, { published: options.published ?? null }, ctx.runtime);
      for (const document of documents) {
        ctx.runtime.stdout.write(
          options.json ? `${JSON.stringify(extractionJson(document))}\n` : formatExtraction(document),
        );
      }
    });

  program
    .command('text')
    .summary('print the main text and metadata of a page')
    .description(
      'Read each input and print its main text without boilerplate.\n' +
        'With --json: JSON Lines {"input","title","published","byline","publisher","url","language","text"}.',
    )
    .argument('<input...>', INPUTS)
    .option('--json', 'print one JSON object per input (JSON Lines)')
    .action(async (inputs: string[], flags: unknown) => {
      const options = parseOptions(textOptions, flags);
      for (const article of await readInputs(inputs, ctx.runtime)) {
        ctx.runtime.stdout.write(
          options.json ? `${JSON.stringify(articleJson(article))}\n` : formatArticle(article),
        );
      }
    });
}

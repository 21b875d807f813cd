// The configuration: one zod schema, filled once from flags and environment, passed down as a value.
import { z } from 'zod';
import { PinkslipError } from '../domain/index.js';
import { describeIssue } from '../services/index.js';

export const DEFAULT_DB = './pinkslip.sqlite';

export const configSchema = z.object({
  /** SQLite file: --db, else PINKSLIP_DB, else ./pinkslip.sqlite. */
  db: z.string().trim().min(1, 'the database path is empty').default(DEFAULT_DB),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(
  flags: { db?: string | undefined },
  env: Record<string, string | undefined>,
): Config {
  const parsed = configSchema.safeParse({ db: flags.db ?? (env.PINKSLIP_DB || undefined) });
  if (!parsed.success) throw new PinkslipError('usage', `config: ${describeIssue(parsed.error)}`);
  return parsed.data;
}

/** Parses command options with a schema; a bad value is a usage error naming the flag. */
export function parseOptions<T extends z.ZodType>(schema: T, options: unknown): z.infer<T> {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const flag = issue?.path.length ? `--${String(issue.path[0])}: ` : '';
    throw new PinkslipError('usage', `${flag}${issue?.message ?? 'invalid option'}`);
  }
  return parsed.data;
}

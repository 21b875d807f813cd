// The configuration: one zod schema, filled once from flags and environment, passed down as a value.
import { z } from 'zod';
import { PinkslipError } from '../domain/index.js';
import { describeIssue } from '../services/index.js';

export const DEFAULT_DB = './pinkslip.sqlite';

export const configSchema = z.object({
  /** SQLite file: --db, else PINKSLIP_DB, else ./pinkslip.sqlite. */
  db: z.string().trim().min(1, 'the database path is empty').default(DEFAULT_DB),
  /** Fetch from loopback, private and link-local addresses: --allow-private or PINKSLIP_ALLOW_PRIVATE=1. */
  allowPrivate: z.boolean().default(false),
  /** Minimum gap between two requests to one host, ms: PINKSLIP_HOST_DELAY_MS (default: the fetcher's 1000). */
  hostDelayMs: z.coerce.number().int('PINKSLIP_HOST_DELAY_MS: expected whole milliseconds').min(0).optional(),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(
  flags: { db?: string | undefined; allowPrivate?: boolean | undefined },
  env: Record<string, string | undefined>,
): Config {
  const parsed = configSchema.safeParse({
    db: flags.db ?? (env.PINKSLIP_DB || undefined),
    allowPrivate: flags.allowPrivate ?? isTrue(env.PINKSLIP_ALLOW_PRIVATE),
    hostDelayMs: env.PINKSLIP_HOST_DELAY_MS?.trim() || undefined,
  });
  if (!parsed.success) throw new PinkslipError('usage', `config: ${describeIssue(parsed.error)}`);
  return parsed.data;
}

function isTrue(value: string | undefined): boolean {
  return /^(1|true|yes|on)$/i.test(value?.trim() ?? '');
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

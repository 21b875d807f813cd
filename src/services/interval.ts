// Poll intervals as people write them ("90s", "30m", "2h", "1d") and back.
import { z } from 'zod';

export const DEFAULT_INTERVAL = '30m';
/** Shorter than this is not polite to any publisher. */
export const MIN_INTERVAL_SECONDS = 60;

const UNIT_SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };

/** "30m" → 1800; a bare number is minutes. */
export const intervalSchema = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+)?\s*[smhd]?$/i, 'expected an interval such as 90s, 30m, 2h or 1d')
  .transform((text) => {
    const unit = /[smhd]$/i.exec(text)?.[0]?.toLowerCase() ?? 'm';
    return Math.round(parseFloat(text) * UNIT_SECONDS[unit]!);
  })
  .refine(
    (seconds) => seconds >= MIN_INTERVAL_SECONDS,
    `the interval must be at least ${MIN_INTERVAL_SECONDS}s`,
  );

/** 1800 → "30m"; the largest unit that divides the seconds exactly. */
export function formatInterval(seconds: number): string {
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

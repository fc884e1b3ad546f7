/**
 * Build steps (search index, social images, exports…) report how long they took, so that the benchmark
 * (`npm run bench`) can say where a build spends its time. A step logs its duration; when the variable
 * TLPJ_TIMINGS_FILE names a file, it also appends one JSON line `{ "step", "ms", "count"? }` to it.
 */
import { appendFileSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';

/** What build steps log through: Astro's logger in `astro build`, the console in `scripts/recherche.ts`. */
export type BuildLogger = Pick<AstroIntegrationLogger, 'info'>;

export function recordTiming(logger: BuildLogger, step: string, ms: number, count?: number): void {
  const detail = count === undefined ? '' : ` (${count})`;
  logger.info(`${step} : ${(ms / 1000).toFixed(2)} s${detail}`);
  const file = process.env.TLPJ_TIMINGS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ step, ms: Math.round(ms), count })}\n`);
}

/** Runs a build step and records its duration. */
export async function timed<T>(logger: BuildLogger, step: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    recordTiming(logger, step, performance.now() - start);
  }
}

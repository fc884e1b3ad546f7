import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/**
 * How far V8 lets the heap grow past what was alive after a collection before it collects again.
 * V8's default grows it up to four times on a machine with memory to spare: measured at 5,000
 * organisations, Astro's build with about 600 MB alive then held 1.6 GB of heap and 2.5 GB of memory.
 * At 50 % its peak was 1.6 GB, for about 1.5 s more CPU in a warm build; at 20 %, 1.5 GB for 3 s more.
 */
export const HEAP_GROWING_PERCENT = 50;

/** V8 reads this flag at every collection: set once a process has started, it still applies to all of it. */
export function collectGarbageEarlier(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * Keeps the memory of a build close to what it really uses, so that a directory of thousands of
 * services builds on a small machine. This changes when V8 collects garbage, never how much it may
 * use: a bigger directory still builds, with more memory. `scripts/build.ts` does the same for the steps
 * it runs after Astro.
 */
export default function buildMemory(): AstroIntegration {
  return {
    name: 'tlpj:build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') collectGarbageEarlier();
      },
    },
  };
}

/**
 * A render thread for social images. Started by the og-images integration when many images are to be
 * rendered; it loads satori and the fonts once, then renders each task it receives into the cache.
 * Node runs this file directly (type stripping), hence the explicit `.ts` extension below.
 */
import { parentPort } from 'node:worker_threads';
import { loadOgFonts, renderOgImage, writeFileAtomic, type OgRenderTask } from '../lib/og-render.ts';

const port = parentPort;
if (!port) throw new Error('og-worker must run as a worker thread');
const fonts = loadOgFonts();

port.on('message', async (task: OgRenderTask) => {
  try {
    writeFileAtomic(task.cacheFile, await renderOgImage(task.card, fonts));
    port.postMessage({ done: task.cacheFile });
  } catch (error) {
    port.postMessage({ error: `${task.card.title} : ${error instanceof Error ? error.message : String(error)}` });
  }
});

import { socialCard } from '../src/lib/og';
import { loadOgFonts, renderOgImage } from '../src/lib/og-render';
const fonts = loadOgFonts();
const site = { name: 'Table de lutte à la pauvreté et à l’exclusion sociale de Jonquière', shortName: 'TLPJ' };
const mb = (n: number) => Math.round(n / 1048576);
const total = Number(process.argv[2] ?? 2000);
const concurrency = 4;
let done = 0;
const t0 = Date.now();
async function worker(offset: number) {
  for (let i = offset; i < total; i += concurrency) {
    await renderOgImage(socialCard(`/organismes/organisme-${i}/`, `Organisme numéro ${i} de la région, services d’aide ${i * 7}`, site), fonts);
    done++;
    if (done % 500 === 0) {
      const m = process.memoryUsage();
      console.log(done, 'rss', mb(m.rss), 'heapUsed', mb(m.heapUsed), 'heapTotal', mb(m.heapTotal), 'external', mb(m.external), 'ab', mb(m.arrayBuffers), 's', ((Date.now() - t0) / 1000).toFixed(1));
    }
  }
}
await Promise.all([0, 1, 2, 3].map(worker));

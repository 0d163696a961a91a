// Builds the web console (web/) into web/dist when it is missing or older than its sources, so `npm start`
// works on a fresh clone and restarts stay fast. `--force` always builds (npm run build:web).
// Next to each text asset it writes .gz and .br copies, which the server sends to browsers that accept them.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const DIST = join(WEB, 'dist');
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'public'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.ts'),
  join(ROOT, 'openapi.json'),
];
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** The newest modification time under a file or folder (0 when it does not exist). */
async function newest(path) {
  const info = await stat(path).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const entry of await readdir(path)) latest = Math.max(latest, await newest(join(path, entry)));
  return latest;
}

async function upToDate() {
  const built = await stat(join(DIST, 'index.html')).catch(() => undefined);
  if (!built) return false;
  const sources = Math.max(...(await Promise.all(SOURCES.map(newest))));
  return sources <= built.mtimeMs;
}

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

async function precompress() {
  const gz = promisify(gzip);
  const br = promisify(brotliCompress);
  const sizes = [];
  for await (const path of files(DIST)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const data = await readFile(path);
    const zipped = await gz(data, { level: 9 });
    await writeFile(`${path}.gz`, zipped);
    await writeFile(
      `${path}.br`,
      await br(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
    );
    sizes.push({ file: path.slice(DIST.length + 1), bytes: data.length, gzip: zipped.length });
  }
  return sizes;
}

export async function buildWeb({ force = false, quiet = false } = {}) {
  if (!force && (await upToDate())) return { built: false };
  const started = Date.now();
  if (!quiet) process.stdout.write('构建管理端 / building the web console …\n');
  const { build } = await import('vite');
  // Vite honours NODE_ENV, and a test runner sets it to "test": the console is always built for production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: WEB, configFile: join(WEB, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const sizes = await precompress();
  // The build's own index.html is the stamp upToDate() compares against; touch it last.
  const index = join(DIST, 'index.html');
  await writeFile(index, await readFile(index));
  if (!quiet) {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    for (const s of sizes.filter((s) => /\.(js|css)$/.test(s.file))) {
      process.stdout.write(`  ${s.file}  ${kb(s.bytes)}  gzip ${kb(s.gzip)}\n`);
    }
    process.stdout.write(
      `管理端已构建 / web console built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  }
  return { built: true, sizes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWeb({ force: process.argv.includes('--force') });
}

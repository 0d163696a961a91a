// The static checks of `npm test` — the type checker (server and console), eslint and prettier — in two lanes
// side by side. Each tool runs on one core and CI has two: one after another they took some 140 s of CPU, eslint
// alone (type-aware rules) 73 s, so eslint gets a lane and the other three share the second (~66 s). Each
// command's output is printed whole when it ends, so the lanes' lines do not interleave; the exit code is
// non-zero when any command failed.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const LANES = [
  [['eslint', '.']],
  [
    ['tsc', '-p', 'tsconfig.json'],
    ['tsc', '-p', 'web'],
    ['prettier', '--check', '.'],
  ],
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', ...command], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(`> ${command.join(' ')}${code === 0 ? '' : ` (exit ${code})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

async function lane(commands) {
  let ok = true;
  for (const command of commands) ok = (await run(command)) && ok;
  return ok;
}

const results = await Promise.all(LANES.map(lane));
process.exit(results.every(Boolean) ? 0 : 1);

/**
 * One job in a child process, so a load generator does not share the event loop of the server under test (it
 * still shares the machine's cores: say so next to the figures). The child is forked with this process's Node
 * flags (so tsx loads it), is sent `input` once and answers `{ result }` or `{ error }` once (`answerOnce`).
 */
import { fork } from 'node:child_process';

export function inChild<I, O>(file: string, input: I): Promise<O> {
  return new Promise((resolve, reject) => {
    const child = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let settled = false;
    child.once('message', (message: { result?: O; error?: string }) => {
      settled = true;
      if (message.result !== undefined) resolve(message.result);
      else reject(new Error(message.error ?? `${file} failed`));
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!settled) reject(new Error(`${file} exited with ${code}`));
    });
    child.send(input as object);
  });
}

/** The child's side: runs `job` on the one message it is sent and answers with its result or its error. */
export function answerOnce<I, O>(job: (input: I) => Promise<O>): void {
  process.once('message', (input: I) => {
    job(input).then(
      (result) => process.send?.({ result }),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  });
}

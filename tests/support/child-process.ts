import { spawn, type ChildProcess } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';

/** A running child with its stdout split into lines as they arrive. */
export interface RunningChild {
  readonly process: ChildProcess;
  readonly lines: string[];
  /** Resolves with the first line that satisfies `match`, or rejects when the child exits first. */
  waitForLine(match: (line: string) => boolean): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null; readonly stderr: string }>;
}

/**
 * Starts `node script ...args` and collects its output line by line. NODE_PATH points at the
 * repository's node_modules, so a bundle written to a temporary folder still finds its packages.
 */
export function startNodeChild(script: string, args: ReadonlyArray<string>, environment: NodeJS.ProcessEnv = {}): RunningChild {
  const nodePath = resolvePath(__dirname, '..', '..', 'node_modules');
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, NODE_PATH: nodePath, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: Array<{ match: (line: string) => boolean; resolve: (line: string) => void; reject: (error: Error) => void }> = [];
  let stderr = '';
  let partial = '';

  child.stdout?.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const waiter of waiters.splice(0)) {
        waiter.reject(new Error(`child exited (code ${code}, signal ${signal}) before the expected line; stderr: ${stderr}`));
      }
      resolve({ code, signal, stderr });
    });
  });

  return {
    process: child,
    lines,
    exited,
    waitForLine: (match) => {
      const seen = lines.find(match);
      if (seen !== undefined) {
        return Promise.resolve(seen);
      }
      return new Promise((resolve, reject) => waiters.push({ match, resolve, reject }));
    },
  };
}

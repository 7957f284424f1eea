import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type AddressInfo, type Server, type Socket, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A CUPS scheduler of its own for tests: its configuration, spool, cache, state and logs live
 * in a temporary folder, it listens only on 127.0.0.1 at a free port, and it neither browses nor
 * shares. Clients reach it through the CUPS_SERVER variable in `environment`, so the system's
 * /etc/cups and its default cupsd are never read or changed by the scheduler.
 */
export interface PrivateCupsd {
  /** Environment for `lp`, `lpstat` and `lpadmin`: this process's plus CUPS_SERVER. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  readonly server: string;
  /** Adds an enabled raw queue, which passes job files to `deviceUri` unchanged. */
  addRawQueue(name: string, deviceUri: string): void;
  /** Stops the scheduler and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
  /** Stops the scheduler and removes its folder. */
  dispose(): Promise<void>;
  /** The scheduler's error log, for failure messages. */
  readErrorLog(): string;
}

const cupsdCandidates = ['/usr/sbin/cupsd', '/usr/local/sbin/cupsd'];

/** Path of the cupsd binary, or undefined when CUPS is not installed (Debian package `cups`). */
export function findCupsd(): string | undefined {
  return cupsdCandidates.find((candidate) => existsSync(candidate));
}

async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
  return port;
}

function writeConfiguration(root: string, port: number): void {
  for (const folder of ['spool', 'spool/tmp', 'cache', 'state', 'log', 'ppd']) {
    mkdirSync(join(root, folder), { recursive: true });
  }
  // The backends run as the unprivileged lp user and must be able to reach the spool folder.
  chmodSync(root, 0o755);

  const policy = ['  <Limit All>', '    Order allow,deny', '    Allow 127.0.0.1', '  </Limit>'];
  writeFileSync(
    join(root, 'cupsd.conf'),
    [
      `Listen 127.0.0.1:${port}`,
      'Browsing No',
      'BrowseLocalProtocols none',
      'DefaultShared No',
      'WebInterface No',
      'DefaultAuthType None',
      'LogLevel info',
      '<Location />',
      '  Order allow,deny',
      '  Allow 127.0.0.1',
      '</Location>',
      '<Policy default>',
      ...policy,
      '</Policy>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(root, 'cups-files.conf'),
    [
      `ServerRoot ${root}`,
      `RequestRoot ${join(root, 'spool')}`,
      `TempDir ${join(root, 'spool', 'tmp')}`,
      `CacheDir ${join(root, 'cache')}`,
      `StateDir ${join(root, 'state')}`,
      `AccessLog ${join(root, 'log', 'access_log')}`,
      `ErrorLog ${join(root, 'log', 'error_log')}`,
      `PageLog ${join(root, 'log', 'page_log')}`,
      'FileDevice No',
      '',
    ].join('\n'),
  );
}

function schedulerIsRunning(environment: Readonly<Record<string, string | undefined>>): boolean {
  try {
    const output = execFileSync('lpstat', ['-r'], { env: { ...environment, LC_ALL: 'C' }, encoding: 'utf8', timeout: 5_000 });
    return /^scheduler is running/m.test(output);
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolveExit) => child.once('exit', () => resolveExit()));
}

/**
 * Starts cupsd in the foreground (`cupsd -f -c cupsd.conf -s cups-files.conf`) with a fresh
 * configuration and waits up to 10 s until `lpstat -r` reports it running. Throws with the
 * scheduler's log when it does not come up, after stopping it.
 */
export async function startPrivateCupsd(cupsdPath: string): Promise<PrivateCupsd> {
  const root = mkdtempSync(join(tmpdir(), 'packtrace-cupsd-'));
  const port = await findFreePort();
  writeConfiguration(root, port);
  const server = `127.0.0.1:${port}`;
  const environment = { ...process.env, CUPS_SERVER: server };

  const child = spawn(cupsdPath, ['-f', '-c', join(root, 'cupsd.conf'), '-s', join(root, 'cups-files.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let startupOutput = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    startupOutput += chunk.toString('utf8');
  });

  const readErrorLog = (): string => {
    const path = join(root, 'log', 'error_log');
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
    await waitForExit(child);
  };
  const dispose = async (): Promise<void> => {
    await stop();
    rmSync(root, { recursive: true, force: true });
  };

  const deadline = Date.now() + 10_000;
  while (!schedulerIsRunning(environment)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      await dispose();
      throw new Error(`Private cupsd on ${server} did not start.\n${startupOutput}`);
    }
    await new Promise((resolveDelay) => setTimeout(resolveDelay, 100));
  }

  return {
    environment,
    server,
    addRawQueue: (name, deviceUri) => {
      execFileSync('lpadmin', ['-p', name, '-E', '-v', deviceUri, '-m', 'raw'], { env: environment, stdio: 'pipe', timeout: 10_000 });
    },
    stop,
    dispose,
    readErrorLog,
  };
}

/** A fake network printer on 127.0.0.1 that stores the bytes of every connection, as a 9100 raw port would receive them. */
export interface RawPrinterListener {
  /** `socket://127.0.0.1:PORT` for a CUPS queue. */
  readonly deviceUri: string;
  /** Resolves with the bytes of the next connection once the sender closes it. */
  nextJob(timeoutMs: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Starts a `RawPrinterListener` on a free loopback port. */
export async function startRawPrinterListener(): Promise<RawPrinterListener> {
  const received: Buffer[] = [];
  const waiting: Array<(job: Buffer) => void> = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => sockets.delete(socket));
    socket.on('end', () => {
      const job = Buffer.concat(chunks);
      socket.end();
      const waiter = waiting.shift();
      if (waiter === undefined) {
        received.push(job);
      } else {
        waiter(job);
      }
    });
  });
  await new Promise<void>((resolveListen) => server.listen(0, '127.0.0.1', resolveListen));
  const { port } = server.address() as AddressInfo;

  return {
    deviceUri: `socket://127.0.0.1:${port}`,
    nextJob: (timeoutMs) => {
      const queued = received.shift();
      if (queued !== undefined) {
        return Promise.resolve(queued);
      }
      return new Promise((resolveJob, rejectJob) => {
        const timer = setTimeout(() => rejectJob(new Error(`No print job reached 127.0.0.1:${port} within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((job) => {
          clearTimeout(timer);
          resolveJob(job);
        });
      });
    },
    close: async () => {
      for (const socket of sockets) {
        socket.destroy();
      }
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

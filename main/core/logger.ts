/**
 * One logger per subsystem, writing single-line records to stderr. Callers log ids and counts,
 * never scanned payloads in bulk.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const levelOrder: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function thresholdFromEnvironment(): number {
  const configured = process.env.PACKTRACE_LOG_LEVEL as LogLevel | undefined;
  return levelOrder[configured ?? 'info'] ?? levelOrder.info;
}

export function createLogger(subsystem: string): Logger {
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>): void => {
    if (levelOrder[level] < thresholdFromEnvironment()) {
      return;
    }
    const suffix = fields === undefined ? '' : ` ${JSON.stringify(fields)}`;
    process.stderr.write(`${new Date().toISOString()} ${level.toUpperCase()} [${subsystem}] ${message}${suffix}\n`);
  };

  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}

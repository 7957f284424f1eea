import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok } from '../core/result';
import type { DeliveryRequest, PrintDriver } from './print-driver';

function safeFileStem(title: string): string {
  const stem = title.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return stem === '' ? 'label' : stem.slice(0, 80);
}

/**
 * Creates a driver that writes each job into the target folder as `<job id>-<title>.pdf` (or
 * `.zpl`), for printers that watch a hot folder and for operators who print by hand. The file
 * is written under a temporary name and renamed, so a folder watcher never reads half a label.
 */
export function createPdfFolderDriver(): PrintDriver {
  return (request: DeliveryRequest) => {
    const fileName = `${request.jobId}-${safeFileStem(request.title)}.${request.format}`;
    const finalPath = join(request.target, fileName);
    const partialPath = `${finalPath}.partial`;
    try {
      mkdirSync(request.target, { recursive: true });
      writeFileSync(partialPath, request.payload);
      renameSync(partialPath, finalPath);
    } catch (error) {
      const detail = `${finalPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      return Promise.resolve(err({ delivered: 'no', permanent: false, code: 'label-folder-write-failed', detail }));
    }
    return Promise.resolve(ok({ spoolerJobId: finalPath }));
  };
}

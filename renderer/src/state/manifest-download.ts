import type { OperatorMessage } from '../../../main/api/contract';
import { stationBridge } from '../api/client';

/**
 * Downloads the carton manifest of the shipment on screen. The browser saves the file; the
 * desktop app shows its save dialog. Returns null when the download started, else the message
 * saying why it did not.
 */
export async function downloadCartonManifest(shipmentId: number, format: 'csv' | 'xlsx'): Promise<OperatorMessage | null> {
  const result = await stationBridge()['exports.cartonManifest']({ shipmentId, format });
  if (!result.ok) {
    return result.error.message;
  }

  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  saveDownload(result.value.fileName, result.value.contentBase64, type);
  return null;
}

/** Hands base64 file content to the browser's download (or the desktop app's save dialog). */
export function saveDownload(fileName: string, contentBase64: string, type: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task, after the click has handed the URL to the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

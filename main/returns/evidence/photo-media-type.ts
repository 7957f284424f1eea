import { assertNever } from '../../core/assert';

/** The image formats the returns desk stores as evidence, as their media types. */
export type PhotoMediaType = 'image/jpeg' | 'image/png' | 'image/webp';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Detects the image format from the file's first bytes (its magic number), never from a name or
 * a declared type. JPEG starts with an SOI marker and a segment marker (FF D8 FF), and PNG with
 * its 8-byte signature followed by the IHDR chunk. WebP is a RIFF file of form type "WEBP".
 * Returns null for anything else, including a truncated header.
 */
export function detectPhotoMediaType(bytes: Uint8Array): PhotoMediaType | null {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.length >= 16 && Buffer.from(bytes.subarray(0, 8)).equals(pngSignature) && ascii(bytes, 12, 16) === 'IHDR') {
    return 'image/png';
  }
  if (bytes.length >= 16 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  return null;
}

const pngEnd = Buffer.from([0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/**
 * Returns true when the photo's bytes run to the end its format defines, so a file cut short in a
 * transfer or on disk never becomes evidence. A JPEG ends with the EOI marker (FF D9) and a PNG
 * with its IEND chunk. A WebP file is as long as its RIFF header says, plus a pad byte after an
 * odd size.
 */
export function isPhotoComplete(bytes: Uint8Array, mediaType: PhotoMediaType): boolean {
  switch (mediaType) {
    case 'image/jpeg':
      return bytes.length >= 4 && bytes[bytes.length - 2] === 0xff && bytes[bytes.length - 1] === 0xd9;
    case 'image/png':
      return bytes.length >= pngEnd.length && Buffer.from(bytes.subarray(bytes.length - pngEnd.length)).equals(pngEnd);
    case 'image/webp': {
      const riffSize = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(4);
      return bytes.length === riffSize + 8 || (riffSize % 2 === 1 && bytes.length === riffSize + 9);
    }
    default:
      return assertNever(mediaType, 'photo media type');
  }
}

/** File name extension of a stored photo of `mediaType`, without the dot. */
export function photoFileExtension(mediaType: PhotoMediaType): 'jpg' | 'png' | 'webp' {
  switch (mediaType) {
    case 'image/jpeg':
      return 'jpg';
    case 'image/png':
      return 'png';
    case 'image/webp':
      return 'webp';
    default:
      return assertNever(mediaType, 'photo media type');
  }
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, end)).toString('latin1');
}

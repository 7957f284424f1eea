import { describe, expect, it } from 'vitest';
import { detectPhotoMediaType, isPhotoComplete, photoFileExtension } from '../../../../main/returns/evidence/photo-media-type';
import { jpegPhoto, pngPhoto, webpPhoto } from './support/photo-bytes';

describe('detectPhotoMediaType', () => {
  it('detects JPEG, PNG and WebP', () => {
    expect(detectPhotoMediaType(jpegPhoto())).toBe('image/jpeg');
    expect(detectPhotoMediaType(pngPhoto())).toBe('image/png');
    expect(detectPhotoMediaType(webpPhoto())).toBe('image/webp');
  });

  it('rejects other formats and text', () => {
    expect(detectPhotoMediaType(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBeNull();
    expect(detectPhotoMediaType(Buffer.from('%PDF-1.7\n1 0 obj', 'latin1'))).toBeNull();
    expect(detectPhotoMediaType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });

  it('rejects a RIFF file that is not WebP', () => {
    const wave = webpPhoto();
    wave.write('WAVE', 8, 'latin1');
    expect(detectPhotoMediaType(wave)).toBeNull();
  });

  it('rejects truncated headers', () => {
    expect(detectPhotoMediaType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectPhotoMediaType(pngPhoto().subarray(0, 10))).toBeNull();
    expect(detectPhotoMediaType(Buffer.alloc(0))).toBeNull();
  });

  it('accepts whole photos', () => {
    expect(isPhotoComplete(jpegPhoto(), 'image/jpeg')).toBe(true);
    expect(isPhotoComplete(pngPhoto(), 'image/png')).toBe(true);
    expect(isPhotoComplete(webpPhoto(), 'image/webp')).toBe(true);
  });

  it('rejects photos cut short', () => {
    expect(isPhotoComplete(jpegPhoto().subarray(0, 100), 'image/jpeg')).toBe(false);
    expect(isPhotoComplete(pngPhoto().subarray(0, 40), 'image/png')).toBe(false);
    expect(isPhotoComplete(webpPhoto(64).subarray(0, 48), 'image/webp')).toBe(false);
  });

  it('maps media types to extensions', () => {
    expect(photoFileExtension('image/jpeg')).toBe('jpg');
    expect(photoFileExtension('image/png')).toBe('png');
    expect(photoFileExtension('image/webp')).toBe('webp');
  });
});

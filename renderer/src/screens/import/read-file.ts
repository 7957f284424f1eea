/** Reads a chosen file into base64 without its `data:` URL prefix, as `imports.file` expects. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      resolve(dataUrl.slice(dataUrl.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('reading the chosen file failed'));
    reader.readAsDataURL(file);
  });
}

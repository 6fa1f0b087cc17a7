// Base64 for the encrypted file's binary parts. Browsers with the native Uint8Array base64
// methods (Chromium 140+, Firefox 133+, Safari 18.2+) use them: on a 19 MB backup they save
// hundreds of milliseconds. Elsewhere, btoa/atob on "binary strings" built in chunks, so a large
// backup never overflows the call stack of String.fromCharCode.
const CHUNK = 0x8000;

interface NativeBase64 {
  toBase64?: (this: Uint8Array) => string;
}
interface NativeFromBase64 {
  fromBase64?: (text: string) => Uint8Array<ArrayBuffer>;
}

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    // apply reads the bytes as they are; spreading them walks an iterator first, which made the
    // whole encoding 4-5 times slower (20 MB: 3.3 s against 0.7 s in Node 20).
    const chunk = bytes.subarray(i, i + CHUNK) as unknown as number[];
    parts.push(String.fromCharCode.apply(null, chunk));
  }
  return btoa(parts.join(''));
}

/** Throws on text that is not base64; callers turn that into their own message. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as unknown as NativeFromBase64).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

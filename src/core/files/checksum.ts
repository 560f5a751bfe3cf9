/** SHA-256 of a file, recorded in the dossier so the back office can prove it received exactly what was sent. */

/** The SHA-256 of `blob`'s bytes as 64 lowercase hex digits. */
export async function sha256Hex(blob: Blob): Promise<string> {
  const bytes = await blob.arrayBuffer();
  // `crypto.subtle` exists only in secure contexts (https, localhost). A portal tried out over plain http on a
  // LAN address would otherwise refuse every file, so a small script version is loaded for that case only.
  const subtle = globalThis.crypto?.subtle;
  const digest = subtle
    ? new Uint8Array(await subtle.digest('SHA-256', bytes))
    : (await import('./sha256-fallback.js')).sha256(new Uint8Array(bytes));
  return toHex(digest);
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

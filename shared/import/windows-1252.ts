/**
 * Code points of bytes 0x80-0x9F in Windows-1252 (WHATWG Encoding Standard); every other byte is
 * its own code point. Node's TextDecoder('windows-1252') cannot be trusted for these: since Node
 * 20.18.3 / 22.13.0 it decodes them as Latin-1 control characters (nodejs/node#60888), so "€950"
 * would arrive as "\x80950". The decoding is therefore done here.
 */
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

const CHUNK = 8192;

/**
 * Text of Windows-1252 bytes. One byte is one character, so a file can be decoded chunk by chunk
 * with no state carried between chunks.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80] : b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    text += String.fromCharCode(...units.subarray(i, i + CHUNK));
  }
  return text;
}

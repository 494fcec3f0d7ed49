/**
 * Chinese systems export CSV as UTF-8 (with or without BOM) or GB18030/GBK. The encoding is
 * decided on the first bytes: a UTF-8 BOM, else UTF-8 if the sample decodes strictly, else
 * GB18030 (a superset of GBK and GB2312).
 */
export type TextEncodingName = "utf-8" | "gb18030";

const utf8Bom = [0xef, 0xbb, 0xbf];

export function detectEncoding(sample: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (sample.length >= 3 && utf8Bom.every((b, i) => sample[i] === b))
    return { encoding: "utf-8", bom: 3 };
  try {
    // stream: true tolerates a character cut at the end of the sample
    new TextDecoder("utf-8", { fatal: true }).decode(sample, { stream: true });
    return { encoding: "utf-8", bom: 0 };
  } catch {
    return { encoding: "gb18030", bom: 0 };
  }
}

/** Decode a byte stream as text chunks, detecting the encoding on the first 64 KiB. */
export async function* decodeText(
  bytes: AsyncIterable<Uint8Array>,
  onEncoding?: (encoding: TextEncodingName) => void,
): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for await (const chunk of bytes) {
    if (decoder === null) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < 65_536) continue;
      const sample = Buffer.concat(pending);
      pending = [];
      const { encoding, bom } = detectEncoding(sample);
      onEncoding?.(encoding);
      decoder = new TextDecoder(encoding, { ignoreBOM: false });
      yield decoder.decode(sample.subarray(bom), { stream: true });
      continue;
    }
    yield decoder.decode(chunk, { stream: true });
  }
  if (decoder === null) {
    const sample = Buffer.concat(pending);
    const { encoding, bom } = detectEncoding(sample);
    onEncoding?.(encoding);
    decoder = new TextDecoder(encoding);
    yield decoder.decode(sample.subarray(bom), { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

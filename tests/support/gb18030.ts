/**
 * GB18030 bytes of a text, as Chinese government systems export rosters. Node has no GB18030
 * encoder, so the two-byte table is built from the decoder itself; a character without a
 * two-byte form is an error in the test's data, not something to skip.
 */
export function gb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder("gb18030");
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GB18030 two-byte form for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

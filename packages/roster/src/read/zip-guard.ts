import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";
import { RosterFileError, type RosterLimits } from "../limits.ts";

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  offset: number;
}

const refuse = (message: string) => new RosterFileError("zip_refused", message);

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function centralDirectory(file: FileHandle, size: number): Promise<ZipEntry[]> {
  const tailLength = Math.min(size, 65_557);
  const tail = await readAt(file, size - tailLength, tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd === -1) throw refuse("不是有效的 XLSX 文件（找不到 zip 目录）");
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw refuse("XLSX 文件过大（ZIP64）");
  if (cdOffset + cdSize > size) throw refuse("XLSX 文件已损坏（zip 目录越界）");
  const cd = await readAt(file, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== 0x02014b50)
      throw refuse("XLSX 文件已损坏（zip 目录条目）");
    const nameLength = cd.readUInt16LE(p + 28);
    entries.push({
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      compressedSize: cd.readUInt32LE(p + 20),
      declaredSize: cd.readUInt32LE(p + 24),
      offset: cd.readUInt32LE(p + 42),
      name: cd.toString("utf8", p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return Object.assign(entries, { cdOffset });
}

function inflatedSize(
  path: string,
  start: number,
  length: number,
  budget: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    if (length === 0) return resolve(0);
    let total = 0;
    const source = createReadStream(path, { start, end: start + length - 1 });
    const inflate = createInflateRaw();
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        source.destroy();
        inflate.destroy();
        reject(refuse("XLSX 解压后超过大小上限（疑似压缩炸弹），已拒绝"));
      }
    });
    inflate.on("end", () => resolve(total));
    inflate.on("error", () => reject(refuse("XLSX 文件已损坏（无法解压）")));
    source.on("error", reject);
    source.pipe(inflate);
  });
}

/**
 * Check an XLSX (zip) file before any XML parser sees it: entry count, the entries lying
 * back to back from the start of the file to the directory (so a streaming reader meets no
 * entry the directory does not list), and the size of every entry inflated for real (the
 * declared sizes of a zip bomb lie), within `maxInflatedBytes` in total. Constant memory.
 */
export async function checkZip(
  path: string,
  limits: Pick<RosterLimits, "maxBytes" | "maxInflatedBytes" | "maxZipEntries">,
): Promise<void> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    if (size > limits.maxBytes)
      throw new RosterFileError(
        "too_large",
        `文件超过 ${Math.floor(limits.maxBytes / 1024 / 1024)} MB 上限，请分批上传`,
      );
    const entries = await centralDirectory(file, size);
    if (entries.length > limits.maxZipEntries) throw refuse("XLSX 内文件过多，已拒绝");
    const cdOffset = (entries as ZipEntry[] & { cdOffset: number }).cdOffset;
    const sorted = [...entries].sort((a, b) => a.offset - b.offset);
    let expected = 0;
    let budget = limits.maxInflatedBytes;
    for (const entry of sorted) {
      if (entry.offset !== expected) throw refuse("XLSX 文件结构异常（存在目录外的内容）");
      const local = await readAt(file, entry.offset, 30);
      if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
        throw refuse("XLSX 文件已损坏（zip 条目头）");
      const dataStart = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      let end = dataStart + entry.compressedSize;
      if (entry.flags & 8) {
        const descriptor = await readAt(file, end, 4);
        end += descriptor.length === 4 && descriptor.readUInt32LE(0) === 0x08074b50 ? 16 : 12;
      } else if (local.readUInt32LE(18) !== entry.compressedSize)
        throw refuse("XLSX 文件结构异常（条目大小前后不一）");
      if (entry.method === 0) budget -= entry.compressedSize;
      else if (entry.method === 8)
        budget -= await inflatedSize(path, dataStart, entry.compressedSize, budget);
      else throw refuse(`XLSX 使用了不支持的压缩方式（${entry.method}）`);
      if (budget < 0) throw refuse("XLSX 解压后超过大小上限（疑似压缩炸弹），已拒绝");
      expected = end;
    }
    if (expected !== cdOffset) throw refuse("XLSX 文件结构异常（存在目录外的内容）");
  } finally {
    await file.close();
  }
}

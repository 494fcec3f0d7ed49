import type { SlotTable } from "./types.ts";

/**
 * Fact key → slot lookup for the hot path. Profiles carry few keys and the engine maps each
 * through this table: a hash of the key's length and three of its characters into an open-
 * addressed Int16Array, verified by string identity (equal strings compare fast). Measured
 * faster than a dictionary-mode object, a Map or a fast-mode object on profiles whose
 * hidden classes vary (JSON rosters).
 */

function hashKey(key: string): number {
  const n = key.length;
  if (n === 0) return 0;
  return (
    (((n * 31 + key.charCodeAt(n - 1)) * 31 + key.charCodeAt(n >> 1)) * 31 + key.charCodeAt(0)) | 0
  );
}

export function slotTable(slots: ReadonlyMap<string, number>): SlotTable {
  let size = 64;
  while (size < slots.size * 4) size *= 2;
  const table = new Int16Array(size).fill(-1);
  const keys: string[] = [];
  const mask = size - 1;
  for (const [key, slot] of slots) {
    keys[slot] = key;
    let i = hashKey(key) & mask;
    while (table[i] !== -1) i = (i + 1) & mask;
    table[i] = slot;
  }
  return { table, mask, keys };
}

/** the slot of `key`, or -1 when no condition reads it */
export function lookupSlot(t: SlotTable, key: string): number {
  const table = t.table;
  const mask = t.mask;
  let i = hashKey(key) & mask;
  for (;;) {
    const slot = table[i]!;
    if (slot === -1) return -1;
    if (t.keys[slot] === key) return slot;
    i = (i + 1) & mask;
  }
}

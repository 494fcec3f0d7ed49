import {
  type BenefitRef,
  type Entitlement,
  type Payer,
  type Period,
  payerLabels,
  periodLabels,
} from "@jiangce/rule-schema";
import type { UnknownValue } from "../mapping/row-mapper.ts";
import { csvField, type ExportColumns, resultHeader } from "./export.ts";

/**
 * CSV result lines written straight from the engine's entitlements, for the CLI's million
 * rows: the same cells as `resultCells` + `csvLine` (a test holds them equal), without an
 * array per line; the cells of a benefit (program, clause, matter, label, payer, period) are
 * escaped once per benefit, not once per row.
 */
export function csvRowWriter(columns: ExportColumns) {
  const width = resultHeader(columns).length;
  const heads = new WeakMap<BenefitRef, string>();
  const tails = new WeakMap<BenefitRef, string>();
  const empty = ",".repeat(width - 1);

  function lead(
    line: number,
    id: string,
    name: string | null,
    identity: string | null,
    attributes: Record<string, string>,
  ): string {
    let s = `${line},${csvField(id)},${csvField(name ?? "")}`;
    if (columns.identity) s += `,${csvField(identity ?? "")}`;
    for (const a of columns.attributes) s += `,${csvField(attributes[a] ?? "")}`;
    return s;
  }

  return {
    row(
      line: number,
      id: string,
      name: string | null,
      identity: string | null,
      attributes: Record<string, string>,
      entitlements: readonly Entitlement[],
      unknown: readonly UnknownValue[],
    ): string {
      const start = lead(line, id, name, identity, attributes);
      const unknownText =
        unknown.length === 0
          ? ""
          : csvField(unknown.map((u) => `${u.column}：${u.value}`).join("；"));
      if (entitlements.length === 0) return `${start},,,,,,,,,,,${unknownText},\n`;
      let out = "";
      for (const e of entitlements) {
        const ref = e.ref;
        let head = heads.get(ref);
        if (head === undefined) {
          head = [ref.programId, ref.citation, ref.matter, ref.label].map(csvField).join(",");
          heads.set(ref, head);
          tails.set(
            ref,
            [
              payerLabels[ref.payer as Payer] ?? ref.payer,
              periodLabels[ref.period as Period] ?? ref.period,
              ref.validUntil ?? "",
            ]
              .map(csvField)
              .join(","),
          );
        }
        const amount = e.amount === "unspecified" ? "按规定" : String(e.amount);
        out += `${start},${head},${csvField(e.tier?.label ?? "")},${amount},${e.upTo ? "是" : ""},${tails.get(ref)},${unknownText},\n`;
      }
      return out;
    },
    error(line: number, reason: string): string {
      return `${line}${empty.slice(0, -1)},${csvField(reason)}\n`;
    },
  };
}

import { nationalFacts } from "@jiangce/rule-schema";

/** Where a column can go, as staff read it: the envelope first, then the catalogue's facts. */
export function targetOptions(extra: readonly string[]) {
  const envelope = [
    { value: "ignore", label: "不使用" },
    { value: "name", label: "姓名 / 名称" },
    { value: "identityNumber", label: "身份证号（仅确认名单时保存）" },
    { value: "id", label: "档案编号" },
    { value: "regionCode", label: "所在区（行政区划代码或名称）" },
    { value: "attribute", label: "随结果保留（证书编号、工作单位等）" },
  ];
  const facts = nationalFacts
    .filter((f) => f.key !== "recipientKind" && f.key !== "regionCode")
    .flatMap((f) =>
      f.type === "records"
        ? (f.fields ?? []).map((field) => ({
            value: `record:${f.key}.${field.key}`,
            label: `${f.label} · ${field.label}`,
          }))
        : [{ value: `fact:${f.key}`, label: f.label }],
    );
  const known = new Set([...envelope, ...facts].map((o) => o.value));
  const others = extra.filter((t) => !known.has(t)).map((t) => ({ value: t, label: t }));
  return [
    { label: "档案信息", options: envelope },
    { label: "事实", options: [...facts, ...others] },
  ];
}

/** Money in fen as staff read it (integer arithmetic: no floating point). */
export function yuan(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${Math.floor(abs / 100).toLocaleString("zh-CN")}${cents === 0 ? "" : `.${String(cents).padStart(2, "0")}`} 元`;
}

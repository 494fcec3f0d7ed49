import { readFileSync } from "node:fs";
import { importPolicyText } from "./src/index.ts";

for (const s of process.argv.slice(2)) {
  const text = readFileSync(`../programs/src/${s}/source.txt`, "utf8");
  const r = importPolicyText(text);
  for (const p of r.proposals) {
    if (p.kind === "benefit" || p.kind === "responsible-units" || p.kind === "annex") continue;
    const v =
      p.kind === "target"
        ? `${p.value.label}|${p.value.value}${p.value.unit}|${p.value.byDate ?? ""}`
        : p.kind === "treatment"
          ? `${p.value.kind}|${p.value.label}`
          : JSON.stringify(p.value).slice(0, 80);
    console.log(s, p.clauseId ?? "-", p.kind, p.confidence.score, v.slice(0, 100));
  }
}

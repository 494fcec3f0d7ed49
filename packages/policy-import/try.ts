import { readFileSync } from "node:fs";
import { importPolicyText } from "./src/index.ts";

for (const s of process.argv.slice(2)) {
  const text = readFileSync(`../programs/src/${s}/source.txt`, "utf8");
  const t0 = performance.now();
  const r = importPolicyText(text);
  console.log(
    "==",
    s,
    (performance.now() - t0).toFixed(1),
    "ms",
    r.program.title,
    r.program.stage,
    JSON.stringify(r.program.validity),
    JSON.stringify(r.program.precedence),
  );
  for (const p of r.proposals) {
    if (p.kind !== "benefit") continue;
    const b = p.value;
    const a = b.amount
      ? JSON.stringify(b.amount)
      : JSON.stringify(b.tiers?.map((t) => [t.label, t.amount]));
    console.log(
      p.clauseId,
      p.confidence.score,
      JSON.stringify(b.recipient),
      b.period,
      b.payer ?? "",
      a.slice(0, 200),
      "|",
      text.slice(p.span.start, p.span.end).slice(0, 50),
    );
  }
  console.log(
    "unread",
    r.unread.map((u) => `${u.reason}:${text.slice(u.start, u.end).slice(0, 30)}`),
  );
  console.log("validation", r.validation.issues.slice(0, 5));
}

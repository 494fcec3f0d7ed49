import { parsePrograms, seedProgramFiles } from "@jiangce/programs";
import { assessProfile, compile, nearMisses, evaluate, todayInChina } from "@jiangce/rule-schema";
const programs = parsePrograms(seedProgramFiles);
console.log(programs.map(p=>[p.id, p.jurisdiction?.regionCode ?? (p as any).issuer?.regionCode]));
const qz = programs.filter(p=>p.id.startsWith("quzhou"));
const c = compile(qz, { generateCode: false });
const facts: Record<string, unknown> = {};
const answered: string[] = [];
const asOf = todayInChina();
for (let i=0;i<8;i++){
  const a = assessProfile(c, { id:"x", kind:"person", regionCode:"330802", facts } as any, asOf, { answered });
  console.log(i, a.complete, a.questions.slice(0,4).map(q=>`${q.fact}:${q.fenAtStake}`).join(" "), "applies", a.applies.map(x=>x.label).join(","));
  const q = a.questions[0]; if(!q||a.complete) break;
  if(q.fact==="competitions") facts.competitions=[{event:"worldskills",medal:"gold",year:2025}];
  answered.push(q.fact);
}
const r = evaluate(c, { id:"x", kind:"person", regionCode:"330802", facts } as any, asOf);
console.log(r.entitlements.map(e=>[e.ref.label,e.amount]));
console.log(nearMisses(r,{limit:3}).map(n=>[n.label,n.tierLabel,n.failing.map(f=>f.text)]));

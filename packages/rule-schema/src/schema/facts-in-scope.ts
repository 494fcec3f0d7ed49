import { nationalFacts } from "../catalogue/national.ts";
import type { FactDeclaration, FactField, FactType } from "./fact.ts";

/** A fact as conditions see it: type, allowed values (ordered: in order), record fields. */
export interface ResolvedFact {
  key: string;
  label: string;
  type: FactType;
  values: string[];
  valueLabels: Map<string, string>;
  fields: Map<string, FactField>;
  /** where it was declared: "national" or a program id */
  origin: string;
  /** 年, 人, 岁 … (for sentences such as 一线工作年限4年，需满5年) */
  unit?: string;
}

function resolve(decl: FactDeclaration, origin: string): ResolvedFact {
  const values = (decl.values ?? []).map((v) => v.value);
  return {
    key: decl.key,
    label: decl.label,
    type: decl.type ?? "string",
    values,
    valueLabels: new Map((decl.values ?? []).map((v) => [v.value, v.label])),
    fields: new Map((decl.fields ?? []).map((f) => [f.key, f])),
    origin,
    ...(decl.unit === undefined ? {} : { unit: decl.unit }),
  };
}

/**
 * The national catalogue plus the declarations of the given programs (new facts and
 * extensions of set/enum facts). Conflicts are reported through `onConflict`.
 */
/** A copy of a fact with more allowed values (new ones appended; a repeated one relabelled). */
function withValues(fact: ResolvedFact, more: FactDeclaration["values"]): ResolvedFact {
  const values = [...fact.values];
  const valueLabels = new Map(fact.valueLabels);
  for (const v of more ?? []) {
    if (!valueLabels.has(v.value)) values.push(v.value);
    valueLabels.set(v.value, v.label);
  }
  return { ...fact, values, valueLabels };
}

export function factsInScope(
  programs: ReadonlyArray<{ id: string; facts?: readonly FactDeclaration[] }>,
  onConflict?: (programId: string, index: number, message: string) => void,
): Map<string, ResolvedFact> {
  const scope = new Map<string, ResolvedFact>();
  for (const f of nationalFacts) scope.set(f.key, resolve(f, "national"));
  for (const p of programs) {
    (p.facts ?? []).forEach((decl, index) => {
      const existing = scope.get(decl.key);
      if (decl.extends) {
        if (!existing) {
          onConflict?.(
            p.id,
            index,
            `要扩展的事实 ${decl.key} 不存在；新事实请去掉 extends 并填写 type`,
          );
          return;
        }
        if (existing.type === "records") {
          if (decl.fields === undefined || decl.fields.length === 0) {
            onConflict?.(p.id, index, `扩展记录事实 ${decl.key} 须列出新增字段 fields`);
            return;
          }
          const fields = new Map(existing.fields);
          for (const field of decl.fields) {
            const prior = fields.get(field.key);
            if (prior !== undefined && prior.type !== field.type) {
              onConflict?.(
                p.id,
                index,
                `记录 ${decl.key} 的字段 ${field.key} 已是 ${prior.type} 类型，这里声明为 ${field.type}；请改名或统一类型`,
              );
              return;
            }
            fields.set(field.key, field);
          }
          scope.set(decl.key, { ...existing, fields });
          return;
        }
        if (existing.type !== "set" && existing.type !== "enum") {
          onConflict?.(
            p.id,
            index,
            `只能扩展 set/enum 类型的事实（增加可选值）或 records 类型的事实（增加字段），${decl.key} 是 ${existing.type}`,
          );
          return;
        }
        if (decl.fields !== undefined && decl.fields.length > 0) {
          onConflict?.(p.id, index, `${decl.key} 不是记录事实，不能增加字段 fields`);
          return;
        }
        scope.set(decl.key, withValues(existing, decl.values));
        return;
      }
      if (existing) {
        if (existing.origin === "national") {
          onConflict?.(
            p.id,
            index,
            `事实 ${decl.key} 是全国通用事实，不能重新声明；如需增加可选值请写 extends: true`,
          );
          return;
        }
        if (existing.type !== decl.type) {
          onConflict?.(
            p.id,
            index,
            `事实 ${decl.key} 已由方案 ${existing.origin} 声明为 ${existing.type}，这里声明为 ${decl.type}；请改名或统一类型`,
          );
          return;
        }
        scope.set(decl.key, withValues(existing, decl.values));
        return;
      }
      scope.set(decl.key, resolve(decl, p.id));
    });
  }
  return scope;
}

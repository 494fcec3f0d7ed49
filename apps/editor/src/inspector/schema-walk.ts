// The program schema's editable leaves as paths ("clauses[].benefits[].amount.fen"): objects
// give their keys, lists "[]", records "{}", unions all their branches' fields; a condition is
// one leaf (the condition builder edits the whole of it).
import { conditionSchema, programSchema } from "@jiangce/rule-schema";
import type { z } from "zod";

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function schemaLeaves(root: z.ZodType = programSchema): Set<string> {
  const out = new Set<string>();
  const walk = (schema: z.ZodType, path: string, seen: ReadonlySet<z.ZodType>) => {
    if (schema === conditionSchema || seen.has(schema)) {
      out.add(path);
      return;
    }
    const next = new Set(seen).add(schema);
    const def = defOf(schema);
    const join = (key: string) => (path ? `${path}.${key}` : key);
    switch (def.type) {
      case "object":
        for (const [key, child] of Object.entries(def.shape ?? {})) walk(child, join(key), next);
        return;
      case "optional":
      case "default":
      case "nullable":
      case "prefault":
      case "readonly":
        if (def.innerType) walk(def.innerType, path, next);
        return;
      case "pipe":
        if (def.in) walk(def.in, path, next);
        return;
      case "array":
        if (def.element) walk(def.element, `${path}[]`, next);
        return;
      case "record":
        if (def.valueType) walk(def.valueType, `${path}{}`, next);
        return;
      case "union":
        for (const option of def.options ?? []) walk(option, path, next);
        return;
      default:
        // a list of plain values (basis, recipient kinds, lead units) is one control
        out.add(path.endsWith("[]") ? path.slice(0, -2) : path);
    }
  };
  walk(root, "", new Set());
  return out;
}

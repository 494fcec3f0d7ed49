// Where inherited facts come from, for the fact picker's groups: "catalogue:330800" → "衢州市目录",
// a program above → its title; and values an inherited source added to an existing fact
// (`valueSourceKey`: 衢州工匠 added to the national titles) → that source, shown beside the value.
// Provided by the workspace from the district's catalogue chain.
import { createContext } from "react";

export const FactSourcesContext = createContext<ReadonlyMap<string, string>>(new Map());

/** The key of a value added by an inherited source, in the same map. */
export const valueSourceKey = (fact: string, value: string) => `value:${fact}/${value}`;

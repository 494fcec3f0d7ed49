// Where inherited facts come from, for the fact picker's groups: "catalogue:330800" → "衢州市目录",
// a program above → its title. Provided by the workspace from the district's catalogue chain.
import { createContext } from "react";

export const FactSourcesContext = createContext<ReadonlyMap<string, string>>(new Map());

import type { JurisdictionContext, RegionalCatalogue } from "@jiangce/rule-schema";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { trpc } from "../trpc.ts";
import { contextOfChain, sourceLabels } from "./chain.ts";

const none: readonly RegionalCatalogue[] = [];

/**
 * The district's catalogue chain for the workspace: the context its drafts are validated with
 * (as the server will at submit), the catalogues to compile with, and the labels of sources.
 * Until it loads, the program is checked alone.
 */
export function useCatalogueChain(regionCode: string): {
  context: JurisdictionContext;
  catalogues: readonly RegionalCatalogue[];
  labels: ReadonlyMap<string, string>;
} {
  const chain = useQuery({
    ...trpc.catalogue.chain.queryOptions({ regionCode }),
    enabled: regionCode !== "",
    staleTime: 60_000,
  });
  return useMemo(
    () => ({
      context: contextOfChain(chain.data),
      catalogues: chain.data?.catalogues ?? none,
      labels: sourceLabels(chain.data),
    }),
    [chain.data],
  );
}

import type { AppRouter } from "@jiangce/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

export const queryClient = new QueryClient({
  defaultOptions: {
    // Published programs change rarely; a minute of freshness saves requests while browsing.
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      // a missing program or region stays missing; only network and server failures are retried
      retry: (failures, error) =>
        failures < 1 &&
        !(error instanceof TRPCClientError && (error.data?.httpStatus ?? 500) < 500),
    },
  },
});

const client = createTRPCClient<AppRouter>({
  // the server refuses a request of more than 20 calls (apps/server called-procedures.ts)
  links: [httpBatchLink({ url: "/api", maxItems: 20 })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });

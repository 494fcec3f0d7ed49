import type { AppRouter } from "@jiangce/api";
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

export const queryClient = new QueryClient({
  defaultOptions: {
    // Published programs change rarely; a minute of freshness saves requests while browsing.
    queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false },
  },
});

const client = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/api" })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });

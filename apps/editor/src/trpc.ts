import type { AppRouter } from "@jiangce/api";

export type { RouterInputs, RouterOutputs } from "@jiangce/api";

import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";

// When the session ends under us (expired, signed out elsewhere), forget the user: the shell then
// sends the browser to the login page, which brings it back afterwards.
const onError = (error: unknown) => {
  if (isAuthError(error)) queryClient.setQueryData(trpc.auth.me.queryKey(), null);
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      refetchOnWindowFocus: false,
      // An expired session or a missing right does not get better by asking again.
      retry: (failures, error) => failures < 1 && !isAuthError(error),
    },
  },
});

// The session cookie is http-only; mutations also send the session's CSRF token as a header
// (double submit). The token comes from auth.login / auth.me and lives only in memory.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const client = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: "/api",
      // the server refuses a request of more than 20 calls (apps/server called-procedures.ts)
      maxItems: 20,
      headers: () => (csrfToken ? { "x-csrf-token": csrfToken } : {}),
    }),
  ],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });

export function isAuthError(error: unknown): boolean {
  return error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED";
}

/** The domain code of an API error (REVISION_CONFLICT, CATALOGUE_IN_USE…), if it has one. */
export function appCode(error: unknown): string | undefined {
  return error instanceof TRPCClientError
    ? (error.data as { appCode?: string } | undefined)?.appCode
    : undefined;
}

/** The server's Chinese message when it sent one, else a generic Chinese one. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && /[\u4e00-\u9fff]/.test(error.message))
    return error.message;
  if (error instanceof TypeError) return "无法连接服务器，请检查网络后重试";
  return "操作失败，请稍后重试";
}

// A typed tRPC client over real HTTP, to compare what the pages show with what the API serves.
import type { AppRouter } from "@jiangce/api";
import { createTRPCClient, httpLink } from "@trpc/client";

export function apiClient(baseUrl: string, cookie?: string, csrfToken?: string) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${baseUrl}/api`,
        headers: () => ({
          ...(cookie ? { cookie } : {}),
          // mutations need the session's CSRF token (double submit)
          ...(csrfToken ? { "x-csrf-token": csrfToken } : {}),
        }),
      }),
    ],
  });
}

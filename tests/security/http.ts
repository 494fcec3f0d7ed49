// Plain HTTP helpers for the security regressions: they talk to the real server the way an
// attacker would (raw URLs, hand-made cookies and headers), not through a tRPC client.

export const DEMO_PASSWORD = "jiangce-demo";

export interface Session {
  cookie: string;
  csrfToken: string;
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

export async function request(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const response = await fetch(`${base}${path}`, { redirect: "manual", ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** `POST /api/auth.login`; the session when it worked, else the raw answer. */
export async function login(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ session: Session | null; answer: Answer }> {
  const answer = await request(base, "/api/auth.login", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ username, password }),
  });
  if (answer.status !== 200) return { session: null, answer };
  const cookie = (answer.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const csrfToken = JSON.parse(answer.text).result.data.csrfToken as string;
  return { session: { cookie, csrfToken }, answer };
}

export async function mutate(
  base: string,
  session: Session,
  path: string,
  input: unknown,
): Promise<Answer> {
  return request(base, `/api/${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: session.cookie,
      "x-csrf-token": session.csrfToken,
    },
    body: JSON.stringify(input),
  });
}

/** A draft program of the drafter's district, never published. */
export async function createDraft(base: string, session: Session, regionCode: string) {
  const slug = `secret-${Date.now().toString(36)}`;
  const created = await mutate(base, session, "program.create", {
    regionCode,
    slug,
    title: "未发布的机密草稿",
  });
  if (created.status !== 200) throw new Error(`program.create: ${created.status} ${created.text}`);
  const data = JSON.parse(created.text).result.data;
  const versionId: string = data.versionId ?? data.latestVersionId ?? data.version?.id;
  if (!versionId) throw new Error(`no version id in ${created.text}`);
  return { versionId, slug };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

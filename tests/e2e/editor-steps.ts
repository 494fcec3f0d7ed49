// Steps a drafter takes in the editor's Ant Design controls, for the browser journeys.
import type { Locator, Page } from "playwright-core";

/** Opens an antd Select (found by its label or the locator) and picks the option with that title. */
export async function pick(
  page: Page,
  select: Locator,
  option: string,
  search?: string,
): Promise<void> {
  await select.click();
  if (search) await select.pressSequentially(search);
  const item = page.locator(
    `.ant-select-dropdown:visible .ant-select-item-option[title="${option}"]`,
  );
  await item.first().click();
}

export async function login(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/editor/login`);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/**
 * Builds "<fact> 达到 <level>" in the condition builder inside `scope`: 添加条件 → 事实条件 →
 * the fact from the searchable catalogue → the level from the ordered values.
 */
export async function buildLevelCondition(page: Page, scope: Locator, fact: string, level: string) {
  await scope.getByRole("button", { name: "添加条件" }).first().click();
  await page.locator(".ant-dropdown:visible").getByText("事实条件").click();
  await pick(page, scope.getByLabel("事实", { exact: true }).last(), fact, fact.slice(0, 4));
  // ordered facts start with 达到 (gte)
  await pick(page, scope.getByLabel("比较值", { exact: true }).last(), level);
}

export async function waitSaved(page: Page) {
  await page.locator('.save-status[data-status="saved"]').waitFor({ timeout: 15_000 });
}

/** A signed-in session (cookie and CSRF token) for the typed API client. */
export async function session(baseUrl: string, username: string, password: string) {
  const response = await fetch(`${baseUrl}/api/auth.login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const body = (await response.json()) as { result: { data: { csrfToken: string } } };
  return { cookie, csrfToken: body.result.data.csrfToken };
}

/** The cookie of a signed-in session, for API reads through the typed client. */
export async function sessionCookie(baseUrl: string, username: string, password: string) {
  return (await session(baseUrl, username, password)).cookie;
}

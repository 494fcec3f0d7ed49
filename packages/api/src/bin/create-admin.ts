// Creates the first admin account (or grants an existing account admin rights).
//
//   pnpm --filter @jiangce/api create-admin -- --username admin --region 420000 [--password …]
//
// --region takes a GB/T 2260 code (repeatable, or comma-separated) or "all" for every province;
// admin of a region covers all regions below it. Without --password (or JIANGCE_ADMIN_PASSWORD)
// a strong password is generated and printed once. Uses DATABASE_URL, else the embedded file,
// and applies pending migrations first.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createDb, migrate } from "@jiangce/db";
import { createAdmin } from "../services/user/create-admin.ts";

const { values } = parseArgs({
  options: {
    username: { type: "string" },
    "display-name": { type: "string" },
    password: { type: "string" },
    region: { type: "string", multiple: true },
    "database-url": { type: "string" },
  },
});

if (!values.username || !values.region?.length) {
  console.error(
    "用法：create-admin --username <用户名> --region <行政区划代码|all> [--display-name 姓名] [--password 密码]",
  );
  process.exit(2);
}

const given = values.password || process.env.JIANGCE_ADMIN_PASSWORD;
const password = given || randomBytes(12).toString("base64url");

const db = createDb(values["database-url"] ? { url: values["database-url"] } : {});
try {
  await migrate(db);
  const result = await createAdmin(db, {
    username: values.username.trim().toLowerCase(),
    displayName: values["display-name"] ?? "系统管理员",
    password,
    regions: values.region
      .flatMap((r) => r.split(","))
      .map((r) => r.trim())
      .filter(Boolean),
    now: new Date(),
  });
  console.log(
    result.created
      ? `已创建管理员账号 ${result.username}，管理范围：${result.regionCodes.join("、")}`
      : `账号 ${result.username} 已存在，已授予管理员：${result.granted.join("、") || "（原已具备）"}`,
  );
  if (result.created && !given) console.log(`初始密码：${password}（仅显示一次，请登录后修改）`);
} catch (error) {
  console.error(`创建管理员失败：${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

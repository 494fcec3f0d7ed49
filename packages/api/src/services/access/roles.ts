import type { Role } from "@jiangce/db";

export { ROLES, type Role } from "@jiangce/db";

export const ROLE_LABELS: Record<Role, string> = {
  drafter: "起草人",
  reviewer: "审核人",
  publisher: "发布人",
  admin: "管理员",
};

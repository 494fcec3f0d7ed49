export { ROLE_LABELS, ROLES, type Role } from "@jiangce/db";

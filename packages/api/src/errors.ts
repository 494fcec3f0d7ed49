import { TRPCError } from "@trpc/server";

/**
 * Domain error codes the apps can switch on (`error.data.appCode` on the client).
 * Each maps to one tRPC code (and so one HTTP status) and carries a Chinese message for the UI.
 */
export const APP_ERRORS = {
  UNAUTHENTICATED: { trpc: "UNAUTHORIZED", message: "请先登录" },
  INVALID_CREDENTIALS: { trpc: "UNAUTHORIZED", message: "用户名或密码错误" },
  RATE_LIMITED: { trpc: "TOO_MANY_REQUESTS", message: "登录尝试过于频繁，请稍后再试" },
  CSRF_INVALID: { trpc: "FORBIDDEN", message: "请求校验失败（CSRF），请刷新页面后重试" },
  FORBIDDEN: { trpc: "FORBIDDEN", message: "您没有执行此操作的权限" },
  NOT_FOUND: { trpc: "NOT_FOUND", message: "未找到该对象" },
  INPUT_INVALID: { trpc: "BAD_REQUEST", message: "输入不合法" },
  REVISION_CONFLICT: {
    trpc: "CONFLICT",
    message: "该草稿已被他人修改，请先合并服务器上的最新内容再保存",
  },
  SLUG_TAKEN: { trpc: "CONFLICT", message: "该地区已存在相同标识的方案" },
  USERNAME_TAKEN: { trpc: "CONFLICT", message: "该用户名已被使用" },
  ILLEGAL_TRANSITION: { trpc: "PRECONDITION_FAILED", message: "当前状态下不允许此操作" },
  VERSION_IMMUTABLE: {
    trpc: "PRECONDITION_FAILED",
    message: "该版本已定稿（已送审、已发布或已归档），不能修改",
  },
  NOT_LATEST_VERSION: {
    trpc: "PRECONDITION_FAILED",
    message: "只能操作方案的最新版本",
  },
  DOCUMENT_INVALID: {
    trpc: "UNPROCESSABLE_CONTENT",
    message: "方案内容不完整或不合法，不能送审或发布",
  },
  CLAUSE_NOT_FOUND: { trpc: "NOT_FOUND", message: "批注所指的条款不存在" },
  USER_DISABLED: { trpc: "FORBIDDEN", message: "该账号已停用" },
  SEPARATION_OF_DUTIES: {
    trpc: "FORBIDDEN",
    message: "审核人不能审核自己编辑的版本，发布人不能发布仅由自己审核的版本",
  },
  CONTENT_CHANGED: {
    trpc: "PRECONDITION_FAILED",
    message: "该版本的内容在送审后被改动（内容指纹不符），已拒绝操作并记入审计日志",
  },
  CATALOGUE_IN_USE: {
    trpc: "PRECONDITION_FAILED",
    message: "已送审、已批准或已发布的方案用到的事实或取值会因这次修改而改变，不能保存",
  },
  ROSTER_FILE_REFUSED: { trpc: "UNPROCESSABLE_CONTENT", message: "名单文件无法处理" },
  ROSTER_RUN_STATE: {
    trpc: "PRECONDITION_FAILED",
    message: "该次名单匹配当前的状态下不能执行此操作",
  },
} as const satisfies Record<string, { trpc: TRPCError["code"]; message: string }>;

export type AppErrorCode = keyof typeof APP_ERRORS;

/**
 * The one error type services throw. It is a TRPCError, so tRPC passes it through unchanged,
 * and it adds the domain code and optional details (e.g. the server's current draft on conflict).
 */
export class AppError extends TRPCError {
  readonly appCode: AppErrorCode;
  readonly details: unknown;

  constructor(appCode: AppErrorCode, message?: string, details?: unknown) {
    const spec = APP_ERRORS[appCode];
    super({ code: spec.trpc, message: message ?? spec.message });
    this.name = "AppError";
    this.appCode = appCode;
    this.details = details;
  }
}

/** The domain code of any error thrown by a procedure (for tests and for the server's logs). */
export function appCodeOf(error: unknown): AppErrorCode | undefined {
  if (error instanceof AppError) return error.appCode;
  if (error instanceof TRPCError) {
    if (error.cause instanceof AppError) return error.cause.appCode;
    if (error.code === "BAD_REQUEST") return "INPUT_INVALID";
  }
  return undefined;
}

import {
  AppError,
  acceptRosterUpload,
  appCodeOf,
  authorizeRoster,
  exportRosterList,
  ROSTER_RUN_ROLES,
  startRosterJobs,
  stopRosterJobs,
} from "@jiangce/api";
import type { Db } from "@jiangce/db";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** The upload limit, checked on the declared length before any byte of the body is read. */
export const ROSTER_UPLOAD_MAX_BYTES = 40 * 1024 * 1024;

const statusOf: Record<string, number> = {
  UNAUTHENTICATED: 401,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROSTER_FILE_REFUSED: 422,
  INPUT_INVALID: 400,
};

function fail(reply: FastifyReply, error: unknown) {
  const appCode = appCodeOf(error);
  if (appCode === undefined) throw error;
  const message = error instanceof Error ? error.message : String(error);
  return reply.code(statusOf[appCode] ?? 400).send({ error: { appCode, message } });
}

const requestAccess = (req: FastifyRequest) => ({
  getCookie: (name: string) => req.cookies[name],
  getHeader: (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
  },
});

/**
 * 免申即享 rosters over plain HTTP, beside tRPC (a file is a stream, not JSON):
 * - `POST /api/roster/upload?regionCode=&fileName=`: the raw CSV/XLSX body, refused before
 *   reading when its declared length is over the limit, then streamed to the spool and cut if
 *   it lies; session + CSRF header + a district role, like a tRPC mutation. Answers the header,
 *   sample rows and a suggested mapping; `roster.start` runs it.
 * - `GET /api/roster/lists/:listId/export?format=csv|xlsx`: a confirmed list, for its district.
 * Also starts the roster job runner (resuming runs a previous process left) and stops it on close.
 */
export async function registerRosterRoutes(app: FastifyInstance, db: Db, prefix: string) {
  void startRosterJobs(db).catch((error) => app.log.error({ err: error }, "roster jobs"));
  app.addHook("onClose", () => stopRosterJobs(db));

  await app.register(async (scope) => {
    // the body stays a stream: no parser buffers it
    scope.addContentTypeParser("*", (_req, payload, done) => done(null, payload));
    scope.post(`${prefix}/roster/upload`, async (req, reply) => {
      const query = req.query as { regionCode?: string; fileName?: string };
      const regionCode = query.regionCode ?? "";
      const fileName = (query.fileName ?? "名单.csv").slice(0, 200);
      try {
        if (!/^\d{6}$/.test(regionCode))
          throw new AppError("INPUT_INVALID", "请指定6位行政区划代码 regionCode");
        const session = await authorizeRoster(db, requestAccess(req), regionCode, {
          mutation: true,
          roles: ROSTER_RUN_ROLES,
          now: new Date(),
        });
        const declared = Number(req.headers["content-length"] ?? Number.NaN);
        if (declared > ROSTER_UPLOAD_MAX_BYTES) {
          req.raw.destroy();
          throw new AppError(
            "ROSTER_FILE_REFUSED",
            `文件超过 ${ROSTER_UPLOAD_MAX_BYTES / 1024 / 1024} MB 上限，请分批上传`,
          );
        }
        if (!/\.(csv|xlsx|txt)$/i.test(fileName))
          throw new AppError("ROSTER_FILE_REFUSED", "名单应为 CSV（.csv）或 Excel（.xlsx）文件");
        return await acceptRosterUpload(db, session, {
          regionCode,
          fileName,
          body: req.body as AsyncIterable<Uint8Array>,
        });
      } catch (error) {
        return fail(reply, error);
      }
    });
  });

  app.get(`${prefix}/roster/lists/:listId/export`, async (req, reply) => {
    const { listId } = req.params as { listId: string };
    const format = (req.query as { format?: string }).format === "xlsx" ? "xlsx" : "csv";
    try {
      const session = await authorizeRoster(db, requestAccess(req), null, {
        mutation: false,
        roles: ROSTER_RUN_ROLES,
        now: new Date(),
      });
      const { stream, fileName } = await exportRosterList(db, session, listId, format);
      return reply
        .header(
          "content-type",
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        .header(
          "content-disposition",
          `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header("cache-control", "no-store")
        .send(stream);
    } catch (error) {
      return fail(reply, error);
    }
  });
}

import { router } from "../../trpc.ts";
import { cancelRoute } from "./cancel.ts";
import { confirmRoute } from "./confirm.ts";
import { discardRoute } from "./discard.ts";
import { getRoute } from "./get.ts";
import { listRoute } from "./list.ts";
import { rowsRoute } from "./rows.ts";
import { saveMappingRoute } from "./save-mapping.ts";
import { startRoute } from "./start.ts";

/** 免申即享 roster runs; the upload and the download are HTTP routes of the server. */
export const rosterRouter = router({
  start: startRoute,
  get: getRoute,
  list: listRoute,
  cancel: cancelRoute,
  rows: rowsRoute,
  confirm: confirmRoute,
  discard: discardRoute,
  saveMapping: saveMappingRoute,
});

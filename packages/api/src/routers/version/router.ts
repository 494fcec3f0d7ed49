import { router } from "../../trpc.ts";
import { approveRoute } from "./approve.ts";
import { compareRoute } from "./compare.ts";
import { expireRoute } from "./expire.ts";
import { exportDocxRoute } from "./export-docx.ts";
import { getRoute } from "./get.ts";
import { nameSnapshotRoute } from "./name-snapshot.ts";
import { publishRoute } from "./publish.ts";
import { returnRoute } from "./return.ts";
import { reviewRoute } from "./review.ts";
import { saveRoute } from "./save.ts";
import { submitRoute } from "./submit.ts";
import { withdrawRoute } from "./withdraw.ts";

export const versionRouter = router({
  get: getRoute,
  compare: compareRoute,
  review: reviewRoute,
  exportDocx: exportDocxRoute,
  save: saveRoute,
  nameSnapshot: nameSnapshotRoute,
  submit: submitRoute,
  withdraw: withdrawRoute,
  return: returnRoute,
  approve: approveRoute,
  publish: publishRoute,
  expire: expireRoute,
});

import { router } from "../../trpc.ts";
import { approveRoute } from "./approve.ts";
import { compareRoute } from "./compare.ts";
import { expireRoute } from "./expire.ts";
import { getRoute } from "./get.ts";
import { nameSnapshotRoute } from "./name-snapshot.ts";
import { publishRoute } from "./publish.ts";
import { returnRoute } from "./return.ts";
import { saveRoute } from "./save.ts";
import { submitRoute } from "./submit.ts";
import { withdrawRoute } from "./withdraw.ts";

export const versionRouter = router({
  get: getRoute,
  compare: compareRoute,
  save: saveRoute,
  nameSnapshot: nameSnapshotRoute,
  submit: submitRoute,
  withdraw: withdrawRoute,
  return: returnRoute,
  approve: approveRoute,
  publish: publishRoute,
  expire: expireRoute,
});

import { router } from "../../trpc.ts";
import { createRoute } from "./create.ts";
import { listRoute } from "./list.ts";
import { resetPasswordRoute } from "./reset-password.ts";
import { setDisabledRoute } from "./set-disabled.ts";

export const userRouter = router({
  list: listRoute,
  create: createRoute,
  setDisabled: setDisabledRoute,
  resetPassword: resetPasswordRoute,
});

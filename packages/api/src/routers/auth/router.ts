import { router } from "../../trpc.ts";
import { changePasswordRoute } from "./change-password.ts";
import { loginRoute } from "./login.ts";
import { logoutRoute } from "./logout.ts";
import { meRoute } from "./me.ts";

export const authRouter = router({
  login: loginRoute,
  logout: logoutRoute,
  me: meRoute,
  changePassword: changePasswordRoute,
});

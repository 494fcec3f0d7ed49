import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { errorMessage, setCsrfToken, trpc } from "../trpc.ts";

/** Only paths inside the editor are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");

  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (result) => {
        setCsrfToken(result.csrfToken);
        // login answers what auth.me answers; replace the cached "anonymous" so the shell
        // does not bounce back here on a stale null
        queryClient.setQueryData(trpc.auth.me.queryKey(), result);
        navigate(safeNext(params.get("next")), { replace: true });
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ username: username.trim(), password });
  };

  return (
    <div className="login-page">
      <title>登录 · 匠策编辑后台</title>
      <form className="login-card" onSubmit={submit}>
        <h1>匠策 · 政策编辑后台</h1>
        <p className="sub">起草、审核与发布工匠人才政策</p>
        {login.isError && (
          <div className="form-error" role="alert">
            {errorMessage(login.error)}
          </div>
        )}
        <div className="field">
          <label htmlFor="username">用户名</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="password">密码</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </div>
        <button type="submit" className="button primary" disabled={login.isPending}>
          {login.isPending ? "正在登录…" : "登录"}
        </button>
      </form>
    </div>
  );
}

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input } from "antd";
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

  return (
    <div className="login-page">
      <title>登录 · 匠策编辑后台</title>
      <Card className="login-card">
        <h1>匠策 · 政策编辑后台</h1>
        <p className="sub">起草、审核与发布工匠人才政策</p>
        {login.isError && (
          <Alert
            className="form-error"
            type="error"
            role="alert"
            title={errorMessage(login.error)}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form
          layout="vertical"
          requiredMark={false}
          onFinish={(values: { username: string; password: string }) =>
            login.mutate({ username: values.username.trim(), password: values.password })
          }
        >
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, message: "请输入用户名" }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            label="密码"
            name="password"
            rules={[{ required: true, message: "请输入密码" }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}

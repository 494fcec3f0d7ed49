import { QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, ConfigProvider } from "antd";
import zhCN from "antd/locale/zh_CN";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { router } from "./router.tsx";
import { queryClient } from "./trpc.ts";
import "./styles.css";

// Chinese government back offices read in zh_CN: antd's own texts (pagination, pickers, modals)
// and dayjs month/weekday names follow the same locale.
dayjs.locale("zh-cn");

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ConfigProvider
      locale={zhCN}
      // "登录", not "登 录": buttons read as written
      button={{ autoInsertSpace: false }}
      theme={{
        token: {
          colorPrimary: "#234e70",
          // antd derives the lightest tint of this navy as a dull grey (#a5adb0), which would
          // fill every selected menu item, table row and option: a pale blue of the same hue
          colorPrimaryBg: "#e6eef5",
          colorPrimaryBgHover: "#d3e1ec",
          borderRadius: 6,
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);

import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout.tsx";
import { RouteError } from "./components/route-error.tsx";
import { ChooseDistrict } from "./pages/choose-district.tsx";
import { DistrictHome } from "./pages/district-home.tsx";
import { NotFound } from "./pages/not-found.tsx";
import { ProgramPage } from "./pages/program-page.tsx";

export const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        // errors of a page show inside the layout
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ChooseDistrict /> },
          { path: "r/:regionCode", element: <DistrictHome /> },
          { path: "r/:regionCode/p/:programId", element: <ProgramPage /> },
          {
            path: "r/:regionCode/check",
            lazy: () =>
              import("./pages/entitlement-check.tsx").then((m) => ({
                Component: m.EntitlementCheck,
              })),
          },
          { path: "*", element: <NotFound /> },
        ],
      },
    ],
  },
]);

import { createBrowserRouter } from "react-router";
import { Layout } from "./components/layout.tsx";
import { RouteError } from "./components/route-error.tsx";
import { ChooseDistrict } from "./pages/choose-district.tsx";
import { NotFound } from "./pages/not-found.tsx";

// Every page but the home is its own chunk: the home's initial JavaScript carries no engine,
// no schema and no program document code.

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
          {
            path: "r/:regionCode",
            lazy: () =>
              import("./pages/district-home.tsx").then((m) => ({ Component: m.DistrictHome })),
          },
          {
            path: "r/:regionCode/p/:programId",
            lazy: () =>
              import("./pages/program-page.tsx").then((m) => ({ Component: m.ProgramPage })),
          },
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

import { createBrowserRouter } from "react-router";
import { RouteError } from "./components/route-error.tsx";
import { Shell } from "./components/shell.tsx";
import { ChooseDistrict } from "./pages/choose-district.tsx";
import { LoginPage } from "./pages/login.tsx";
import { NotFound } from "./pages/not-found.tsx";
import { ProgramList } from "./pages/program-list.tsx";

// Routes are relative to the app's base URL (/editor/), which Vite passes as BASE_URL.
export const router = createBrowserRouter(
  [
    { path: "login", element: <LoginPage />, errorElement: <RouteError /> },
    {
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        {
          // errors of a page show inside the shell, which keeps working
          errorElement: <RouteError />,
          children: [
            { index: true, element: <ChooseDistrict /> },
            { path: "d/:regionCode", element: <ProgramList /> },
            {
              // the engine loads with the page that runs it
              path: "d/:regionCode/tests",
              lazy: () =>
                import("./pages/district-tests.tsx").then((m) => ({ Component: m.DistrictTests })),
            },
            {
              path: "d/:regionCode/import",
              // the importer and mammoth load only when a drafter imports a text
              lazy: () =>
                import("./pages/import/import-page.tsx").then((m) => ({ Component: m.ImportPage })),
            },
            {
              path: "d/:regionCode/p/:programId",
              // tiptap and ProseMirror load only when a program is opened
              lazy: () =>
                import("./pages/program-page.tsx").then((m) => ({ Component: m.ProgramPage })),
            },
            {
              path: "d/:regionCode/roster",
              lazy: () =>
                import("./pages/roster/roster-page.tsx").then((m) => ({ Component: m.RosterPage })),
            },
            {
              path: "d/:regionCode/portal-settings",
              lazy: () =>
                import("./pages/district-portal-settings.tsx").then((m) => ({
                  Component: m.DistrictPortalSettingsPage,
                })),
            },
            {
              path: "d/:regionCode/catalogue",
              lazy: () =>
                import("./pages/catalogue-page.tsx").then((m) => ({
                  Component: m.RegionalCataloguePage,
                })),
            },
            {
              path: "d/:regionCode/matters",
              lazy: () =>
                import("./pages/matters-page.tsx").then((m) => ({ Component: m.MattersPage })),
            },
            {
              path: "d/:regionCode/p/:programId/compare",
              lazy: () =>
                import("./pages/compare-page.tsx").then((m) => ({ Component: m.ComparePage })),
            },
            { path: "*", element: <NotFound /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, "") },
);

// mammoth's prebuilt browser bundle (UMD, no Node built-ins) has the API of the package itself.
declare module "mammoth/mammoth.browser.js" {
  const mammoth: typeof import("mammoth");
  export default mammoth;
}

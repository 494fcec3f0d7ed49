export { API_PREFIX, createServer, type ServerOptions } from "./create-server.ts";

import { z } from "zod";

/** GB/T 2260 six-digit administrative division code, e.g. "420112". */
export const ZRegionCode = z.string().regex(/^\d{6}$/, "行政区划代码应为6位数字");

/** Database ids (cuid). */
export const ZId = z.string().min(1).max(64);

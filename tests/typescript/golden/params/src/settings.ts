import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-params";
export const VERSION = "1";
export const DEFAULT_BASE_URL = "/";
export const ENV_BASE_URL = "GOLDEN_PARAMS_BASE_URL";
export const IDEMPOTENCY_HEADER = "";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
};

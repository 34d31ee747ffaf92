import type { Scheme } from "./core/auth.js";

export const PACKAGE_NAME = "golden-objects";
export const VERSION = "1.0";
export const DEFAULT_BASE_URL = "/";
export const ENV_BASE_URL = "GOLDEN_OBJECTS_BASE_URL";
export const IDEMPOTENCY_HEADER = "";

/** The security schemes operations require, by key. */
export const SECURITY_SCHEMES: Record<string, Scheme> = {
};

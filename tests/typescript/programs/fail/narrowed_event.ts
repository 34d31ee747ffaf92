// expect: TS2339
// Narrowing an event by its type gives that event's data, not another's.
import type { WebhookEvent } from "./sdk/index.js";

export function id(event: WebhookEvent): string {
  if (event.type === "asset.ready") return event.data.progress_percent;
  return "";
}

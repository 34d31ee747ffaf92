// A response's enum admits values a newer API adds; a request's does not.
import type { Job, JobStatus, OutputFormat } from "./sdk/index.js";

export function describe(job: Job): string {
  const future: JobStatus = "paused_by_a_newer_api";
  const known: OutputFormat = "webm";
  switch (job.status) {
    case "completed":
      return "done";
    default:
      return `${job.status} ${future} ${known}`;
  }
}

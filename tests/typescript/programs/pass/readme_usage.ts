// What the README shows must type-check under --strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes.
import { Framelane, FramelaneError, NotFoundError, type Job, type WebhookEvent } from "./sdk/index.js";

export async function main(): Promise<void> {
  const client = new Framelane({ apiKey: "fl_live_x", timeout: 30_000, maxRetries: 3 });
  const job: Job = await client.renders.create({
    width: 1920,
    height: 1080,
    output_format: "mp4",
    elements: [{ type: "video", source_url: "https://cdn.example.com/clip.mp4" }],
    "Idempotency-Key": "my-project-render-v3",
  });
  const done = await client.renders.wait(job.id, { deadline: 600_000 });
  const status: string = done.status;
  for await (const task of client.tasks.list({ status: "completed", limit: 10 })) {
    const id: string = task.id;
    void id;
  }
  const page = await client.tasks.list();
  if (page.hasNextPage()) await page.getNextPage();
  const { data, response } = await client.workspace.retrieve().withResponse();
  const name: string = data.name;
  const header: string | null = response.headers.get("x-request-id");
  const copy = client.withOptions({ timeout: 5_000 });
  await copy.capabilities.retrieve({ signal: AbortSignal.timeout(1_000) });
  try {
    await client.renders.retrieve("render_x");
  } catch (error) {
    if (error instanceof NotFoundError) console.log(error.status, error.code, error.requestId);
    else if (error instanceof FramelaneError) throw error;
  }
  const event: WebhookEvent = await client.webhooks.unwrap("{}", { "framelane-signature": "t=1,v1=x" }, { secret: "s" });
  if (event.type === "render.completed") {
    const rendered: Job = event.data;
    void rendered;
  }
  const slot = await client.uploads.upload(new Uint8Array([1]), { filename: "clip.mp4" });
  const url: string = slot.source_url;
  void [status, name, header, url];
}

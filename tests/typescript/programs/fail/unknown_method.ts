// expect: TS2339 TS2551
// Methods are camelCase from the spec: there is no snake_case twin.
import { Framelane } from "./sdk/index.js";

export async function main(): Promise<void> {
  await new Framelane().tasks.gaze_redirect({ source_url: "https://x" });
}

// expect: TS2322
// A request's enum is closed: a value the spec does not list is a type error.
import { Framelane } from "./sdk/index.js";

export async function main(): Promise<void> {
  await new Framelane().renders.create({ output_format: "avi" });
}

// expect: TS2345 TS2741
// A required body field left out is a type error.
import { Framelane } from "./sdk/index.js";

export async function main(): Promise<void> {
  await new Framelane().imports.create({});
}

// expect: TS2561 TS2353
// A misspelt body field is a type error (the params are closed interfaces).
import { Framelane } from "./sdk/index.js";

export async function main(): Promise<void> {
  await new Framelane().renders.create({ widht: 1920 });
}

import { registerRibbonFunctions } from "./register";
import { ribbonFunctions } from "./functions";

// Registered at load, not inside Office.onReady: Office may invoke the function as soon as the
// function file has loaded.
registerRibbonFunctions(
  Office,
  window as unknown as Record<string, unknown>,
  ribbonFunctions,
  (error) => console.error(error)
);
Office.onReady(() => undefined);

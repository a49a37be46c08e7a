// Ribbon functions (ExecuteFunction buttons). Office waits for event.completed() after each one;
// a function that never calls it leaves the button busy until Office times it out, so every path,
// failure included, completes.

export interface RibbonEvent {
  completed(): void;
}

export type RibbonAction = () => Promise<void>;

export interface OfficeActions {
  actions?: { associate(name: string, handler: (event: RibbonEvent) => void): void };
}

export function completing(
  action: RibbonAction,
  report: (error: unknown) => void
): (event: RibbonEvent) => Promise<void> {
  return async (event) => {
    try {
      await action();
    } catch (error) {
      report(error);
    } finally {
      event.completed();
    }
  };
}

/**
 * Binds each function to its manifest FunctionName: with Office.actions.associate where the host
 * has it, and as a global function, which is how Office 2016 and other older hosts find it.
 */
export function registerRibbonFunctions(
  office: OfficeActions,
  globalScope: Record<string, unknown>,
  functions: Record<string, RibbonAction>,
  report: (error: unknown) => void
): void {
  for (const [name, action] of Object.entries(functions)) {
    const handler = completing(action, report);
    globalScope[name] = handler;
    office.actions?.associate(name, handler);
  }
}

import { completing, registerRibbonFunctions, type RibbonEvent } from "../../src/commands/register";
import { ribbonFunctions } from "../../src/commands/functions";
import { readFileSync } from "fs";
import { resolve } from "path";

const event = () => {
  const completed = jest.fn();
  return { completed } as RibbonEvent & { completed: jest.Mock };
};

describe("completing", () => {
  it("completes the event after the action finishes", async () => {
    const order: string[] = [];
    const e = { completed: () => order.push("completed") };
    await completing(async () => {
      order.push("action");
    }, jest.fn())(e);
    expect(order).toEqual(["action", "completed"]);
  });

  it("completes the event and reports the error when the action fails", async () => {
    const e = event();
    const report = jest.fn();
    const failure = new Error("InvalidOperationInCellEditMode");
    await completing(() => Promise.reject(failure), report)(e);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith(failure);
  });
});

describe("registerRibbonFunctions", () => {
  it("associates each function and exposes it globally for older hosts", async () => {
    const associate = jest.fn();
    const scope: Record<string, unknown> = {};
    const action = jest.fn(() => Promise.resolve());
    registerRibbonFunctions({ actions: { associate } }, scope, { doIt: action }, jest.fn());
    expect(associate).toHaveBeenCalledWith("doIt", scope.doIt);
    const e = event();
    await (scope.doIt as (e: RibbonEvent) => Promise<void>)(e);
    expect(action).toHaveBeenCalledTimes(1);
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("still registers globally where Office.actions does not exist (Office 2016)", () => {
    const scope: Record<string, unknown> = {};
    registerRibbonFunctions({}, scope, { doIt: () => Promise.resolve() }, jest.fn());
    expect(typeof scope.doIt).toBe("function");
  });
});

describe("ribbon functions", () => {
  it("match the FunctionName entries of manifest.xml", () => {
    const manifest = readFileSync(resolve(__dirname, "../../manifest.xml"), "utf8");
    const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(Object.keys(ribbonFunctions).sort()).toEqual(names.sort());
  });
});

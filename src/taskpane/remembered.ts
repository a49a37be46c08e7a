// A choice the pane remembers for its user between sessions: Excel has no roaming settings for
// add-ins (Outlook's only), so it is kept in the add-in's local storage, which Office partitions per
// add-in and user. Where storage is refused (private modes), the choice lasts the session.
import { useState } from "react";

/** The 기획감사실's 취합 tools shown in a department's workbook too. */
export const COMMITTEE_TOOLS_KEY = "mbo-eval:committee-tools";

function stored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === "1";
  } catch {
    return false;
  }
}

/** An on/off choice kept under `key`. */
export function useRemembered(key: string): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => stored(key));
  const set = (value: boolean) => {
    setOn(value);
    try {
      window.localStorage.setItem(key, value ? "1" : "0");
    } catch {
      // Storage refused: remembered for this session only.
    }
  };
  return [on, set];
}

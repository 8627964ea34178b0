import { describe, expect, it } from "vitest";
import { describeVerdictOption } from "./describe-verdict-option";

describe("describeVerdictOption", () => {
  it.each([
    ["the machine's label, unreviewed, is in force", "invented", { machineLabel: "invented", label: null }, " (in force: machine, not reviewed)"],
    ["an editor confirmed the machine: not '(machine)' any more", "invented", { machineLabel: "invented", label: "invented", editorName: "Ana" }, " (in force: confirmed by Ana)"],
    ["an editor relabelled: the editor's label is in force", "added", { machineLabel: "invented", label: "added", editorName: "Ana" }, " (in force: set by Ana)"],
    ["…and the machine's is named as such", "invented", { machineLabel: "invented", label: "added", editorName: "Ana" }, " (the machine’s)"],
    ["an editor without a name known", "added", { machineLabel: "invented", label: "added" }, " (in force: set by an editor)"],
    ["any other option says nothing", "softened", { machineLabel: "invented", label: "added", editorName: "Ana" }, ""],
  ] as const)("%s", (_, option, state, expected) => {
    expect(describeVerdictOption(option, state)).toBe(expected);
  });
});

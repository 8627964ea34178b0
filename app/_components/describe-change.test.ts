import { describe, expect, it } from "vitest";
import { describeAction, describeChange } from "./describe-change";

describe("describeChange", () => {
  it("lists changed fields as before → after and skips unchanged ones", () => {
    expect(describeChange({ label: "invented", note: null, reviewed: false, version: 0 }, { label: "added", note: "sourced elsewhere", reviewed: true, version: 1 })).toEqual([
      "label: invented → added",
      "note: — → sourced elsewhere",
      "reviewed: false → true",
      "version: 0 → 1",
    ]);
    expect(describeChange({ role: "viewer", email: "a@b.c" }, { role: "editor", email: "a@b.c" })).toEqual(["role: viewer → editor"]);
  });

  it("shows a creation's fields without a before", () => {
    expect(describeChange(null, { body: "Checked with the desk" })).toEqual(["body: Checked with the desk"]);
  });

  it("words known actions and passes unknown ones through", () => {
    expect(describeAction("verdict.set")).toBe("set the verdict");
    expect(describeAction("story.merge")).toBe("story.merge");
  });
});

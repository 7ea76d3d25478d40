import { describe, expect, it } from "vitest";
import { NO_GROUP_FILTERS, parseStatusFilter, toGroupListInput } from "../src/lib/group-filters.ts";

describe("the review queue's filters", () => {
  it("opens on a status named in the address, and ignores one it does not know", () => {
    expect(parseStatusFilter("recheck")).toBe("recheck");
    expect(parseStatusFilter("disagreement")).toBe("disagreement");
    expect(parseStatusFilter("anything")).toBe("");
    expect(parseStatusFilter(undefined)).toBe("");
  });

  it("asks the API only for the filters that are set, so the page's prefetch and the queue's query are the same", () => {
    expect(toGroupListInput("ws", NO_GROUP_FILTERS)).toEqual({ workspace: "ws" });
    expect(toGroupListInput("ws", { ...NO_GROUP_FILTERS, status: "recheck", kind: "date", query: "summit" })).toEqual({
      workspace: "ws",
      status: "recheck",
      kind: "date",
      query: "summit",
    });
  });
});

import { describePurity } from "@/lib/testing/describe-purity";

// lib/revisions is pure like the engine it builds on: pages, exports and the CLI share it.
describePurity("lib/revisions", import.meta.dirname);

import { describePurity } from "@/lib/testing/describe-purity";

// lib/lineage is pure, like lib/analysis: the server, the exports and tests run the same code.
describePurity("lib/lineage", import.meta.dirname);

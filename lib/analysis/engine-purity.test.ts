import { describePurity } from "@/lib/testing/describe-purity";

// lib/analysis is a pure library: it runs the same in the CLI, the server, a worker or a browser.
describePurity("lib/analysis", import.meta.dirname);

/**
 * Time expressions: deictic words ("yesterday", "next"), edge modifiers ("early", "late"),
 * relative expressions that stand alone, and counts before a time unit.
 */
import { toWordSet } from "./common";

export const TIME_DEICTICS = toWordSet(
  "this next last past coming previous following recent same current upcoming",
);

export const TIME_EDGE_MODIFIERS = toWordSet("early late mid earlier later");

export const STANDALONE_RELATIVE = toWordSet(
  "today yesterday tomorrow tonight soon recently shortly overnight imminently",
);

export const TIME_COUNT_WORDS = toWordSet("a an several few many some couple");

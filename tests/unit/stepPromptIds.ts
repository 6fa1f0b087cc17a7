/**
 * Every prompt id the steps content has ever shipped. Journal entries store these ids, so an id
 * listed here must never be removed, renumbered or reused for a different question. Adding new
 * prompts is fine: give them the next free number and add the id to the end of its step's row.
 */
// prettier-ignore
export const STEP_PROMPT_IDS: readonly string[] = [
  's1-p1', 's1-p2', 's1-p3', 's1-p4', 's1-p5', 's1-p6',
  's2-p1', 's2-p2', 's2-p3', 's2-p4', 's2-p5', 's2-p6',
  's3-p1', 's3-p2', 's3-p3', 's3-p4', 's3-p5', 's3-p6',
  's4-p1', 's4-p2', 's4-p3', 's4-p4', 's4-p5', 's4-p6', 's4-p7', 's4-p8',
  's5-p1', 's5-p2', 's5-p3', 's5-p4', 's5-p5', 's5-p6',
  's6-p1', 's6-p2', 's6-p3', 's6-p4', 's6-p5', 's6-p6',
  's7-p1', 's7-p2', 's7-p3', 's7-p4', 's7-p5', 's7-p6',
  's8-p1', 's8-p2', 's8-p3', 's8-p4', 's8-p5', 's8-p6',
  's9-p1', 's9-p2', 's9-p3', 's9-p4', 's9-p5', 's9-p6', 's9-p7',
  's10-p1', 's10-p2', 's10-p3', 's10-p4', 's10-p5', 's10-p6', 's10-p7',
  's11-p1', 's11-p2', 's11-p3', 's11-p4', 's11-p5', 's11-p6',
  's12-p1', 's12-p2', 's12-p3', 's12-p4', 's12-p5', 's12-p6',
];

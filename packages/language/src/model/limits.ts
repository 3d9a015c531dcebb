/** Sizes the rules and the renderers agree on (no Langium: the renderers use them too). */

/** Above this many steps one flowchart becomes unreadable (SOP-P22). */
export const LARGE_PROCEDURE_STEPS = 40;

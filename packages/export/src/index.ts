// @sop/export entry point (stub)
export {};

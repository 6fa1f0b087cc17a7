// What other features use of amends: they import it from here, never from a module inside
// (eslint.config.js, import boundaries; docs/DESIGN.md).
// Nothing yet: the backup reads the kinds of amends documents from db/sealedShapes.ts.
export {};

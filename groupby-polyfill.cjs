// Langium >= 4.2 (via chevrotain 12+) calls Object.groupBy, which Node 20 lacks.
// This file defines Object.groupBy / Map.groupBy only where they are missing.
if (typeof Object.groupBy !== 'function') {
  Object.groupBy = function (items, key) {
    const out = Object.create(null); let i = 0;
    for (const item of items) { const k = key(item, i++); (out[k] ??= []).push(item); }
    return out;
  };
}
if (typeof Map.groupBy !== 'function') {
  Map.groupBy = function (items, key) {
    const out = new Map(); let i = 0;
    for (const item of items) { const k = key(item, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(item); }
    return out;
  };
}

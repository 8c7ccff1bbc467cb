// Provided by config/schedule-data-switch.ts; checked against the schema when loaded.
declare module 'virtual:schedule/first-paint' {
  const data: unknown;
  export default data;
}

declare module 'virtual:schedule/full' {
  const data: unknown;
  export default data;
}

/** Rules of one kind seeded into the demo tenant, and which queue gets which rule (queue → rule ID). */
export interface SeededRules<R> {
  rules: R[]
  assign: Record<string, string>
  updatedAt: string
}

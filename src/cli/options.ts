// Option parsers shared by several commands; kept free of heavy imports so registering commands
// costs nothing at start-up.

/** commander's collector for a repeatable option such as `-I DIR`. */
export function collectRepeated(value: string, previous: string[]): string[] {
  return [...previous, value];
}

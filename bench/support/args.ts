/** Command-line options of the benches: `--name value`, nothing else. */

export function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function numberOption(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} wants a positive number, not "${raw}"`);
  return value;
}

export function choiceOption<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const raw = option(name) ?? fallback;
  const found = choices.find((c) => c === raw);
  if (!found) throw new Error(`--${name} is one of ${choices.join(', ')}, not "${raw}"`);
  return found;
}

/** `--name a,b`: one or more of `choices`, comma-separated. */
export function listOption<T extends string>(
  name: string,
  choices: readonly T[],
  fallback: readonly T[],
): T[] {
  const raw = option(name);
  if (raw === undefined) return [...fallback];
  return raw.split(',').map((item) => {
    const found = choices.find((c) => c === item.trim());
    if (!found) throw new Error(`--${name} takes one or more of ${choices.join(', ')}, not "${item}"`);
    return found;
  });
}

/** `--name` alone: true when present. */
export const flagOption = (name: string): boolean => process.argv.includes(`--${name}`);

/**
 * Arrow keys through a list of cards: ↓ and ↑ move the focus to the next or the previous
 * item's main control (the one marked `data-list-focus`), Home and End to the first and the
 * last. Tab still goes through every control of an item; the arrows skip from item to item.
 */
export const LIST_FOCUS = 'data-list-focus';

export function moveInList(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement | null;
  const from = event.target as HTMLElement | null;
  if (!list || !from || from.closest('input, textarea, select')) return;
  const targets = Array.from(list.querySelectorAll<HTMLElement>(`[${LIST_FOCUS}]`));
  if (targets.length === 0) return;
  const item = from.closest('li');
  const index = targets.findIndex((target) => target.closest('li') === item);
  const next =
    event.key === 'ArrowDown'
      ? Math.min(index + 1, targets.length - 1)
      : event.key === 'ArrowUp'
        ? Math.max(index - 1, 0)
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? targets.length - 1
            : undefined;
  if (next === undefined) return;
  event.preventDefault();
  targets[next]?.focus();
}

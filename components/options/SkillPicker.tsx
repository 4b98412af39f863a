import { useState } from 'preact/hooks';
import { t } from '@/lib/core/i18n';
import { skillName } from '@/lib/skills/names';
import { searchSkills } from '@/lib/skills/search';

export interface SkillPickerProps {
  /** Unique on the page: ids of the input, the list and its options derive from it. */
  id: string;
  label: string;
  hint: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  /** Skills chosen in the other picker: a skill is either had or wanted, not both. */
  exclude?: string[];
}

/**
 * A searchable skill picker over the taxonomy (ARIA combobox with a listbox): type to filter
 * by name or alias, arrows to move, Enter to add, Backspace in the empty box removes the last.
 */
export function SkillPicker({ id, label, hint, selected, onChange, exclude = [] }: SkillPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const options = searchSkills(query, [...selected, ...exclude]);
  const open = options.length > 0;
  const listId = `${id}-list`;
  const optionId = (skill: string) => `${id}-opt-${skill}`;

  const add = (skill: string) => {
    onChange([...selected, skill]);
    setQuery('');
    setActive(0);
  };
  const remove = (skill: string) => onChange(selected.filter((s) => s !== skill));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((active - 1 + options.length) % options.length);
    } else if (event.key === 'Enter') {
      // Enter picks a skill rather than submitting the form around the picker.
      event.preventDefault();
      const skill = options[active];
      if (skill) add(skill.id);
    } else if (event.key === 'Escape') {
      setQuery('');
    } else if (event.key === 'Backspace' && query === '' && selected.length > 0) {
      remove(selected[selected.length - 1] as string);
    }
  };

  return (
    <div class="ss-picker" data-testid={id}>
      <label for={`${id}-input`} class="ss-label">
        {label}
      </label>
      <p class="ss-muted" id={`${id}-hint`}>
        {hint}
      </p>
      {selected.length > 0 && (
        <ul class="ss-chips" aria-label={t('pickerChosen', label)}>
          {selected.map((skill) => (
            <li key={skill} class="ss-chip">
              <span translate={false}>{skillName(skill)}</span>
              <button
                type="button"
                aria-label={t('pickerRemove', skillName(skill))}
                onClick={() => remove(skill)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-describedby={`${id}-hint`}
        aria-activedescendant={open && options[active] ? optionId(options[active].id) : undefined}
        placeholder={t('pickerPlaceholder')}
        value={query}
        onInput={(event) => {
          setQuery((event.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {/* Options stay out of the Tab order: the input keeps focus and points at the active one. */}
      <div
        id={listId}
        role="listbox"
        tabIndex={-1}
        aria-label={t('pickerSuggestions', label)}
        class="ss-options"
        hidden={!open}
      >
        {options.map((skill, i) => (
          <div
            key={skill.id}
            id={optionId(skill.id)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            class={i === active ? 'ss-option ss-active' : 'ss-option'}
            translate={false}
            // mousedown, not click: the input keeps focus, so typing can go on.
            onMouseDown={(event) => {
              event.preventDefault();
              add(skill.id);
            }}
          >
            {skill.name}
          </div>
        ))}
      </div>
      {query.trim() !== '' && !open && (
        <p class="ss-muted" role="status">
          {t('pickerNoSkill', query)}
        </p>
      )}
    </div>
  );
}

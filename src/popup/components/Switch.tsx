// A labelled checkbox switch (native input: keyboard, focus ring and screen readers for free).
import { useId } from 'preact/hooks';

interface SwitchProps {
  label: string;
  checked: boolean;
  testId?: string;
  /** Visible text when it differs from the accessible label (table cells show no text). */
  visibleLabel?: string;
  /** id of an element that explains the switch. */
  describedBy?: string;
  onChange(checked: boolean): void;
}

export function Switch({ label, checked, testId, visibleLabel, describedBy, onChange }: SwitchProps) {
  const id = useId();
  return (
    <span class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        data-testid={testId}
        aria-label={visibleLabel === undefined ? label : undefined}
        aria-describedby={describedBy}
        onChange={event => onChange(event.currentTarget.checked)}
      />
      {visibleLabel !== undefined && <label for={id}>{visibleLabel}</label>}
    </span>
  );
}

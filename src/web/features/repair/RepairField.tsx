import { useId } from 'react';
import { REPAIR_PART_MAX_LENGTH } from '../../../core/repair/script';
import { CoachedTextArea } from '../../components/CoachedTextArea';
import { RepairChecks } from './RepairChecks';

interface RepairFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange(value: string): void;
}

/** One part of the repair script: the coach's box, with the repair checks beneath it. */
export function RepairField({ label, hint, value, onChange }: RepairFieldProps) {
  const id = useId();
  return (
    <div className="repair-field">
      <CoachedTextArea
        label={label}
        hint={hint}
        value={value}
        onChange={onChange}
        maxLength={REPAIR_PART_MAX_LENGTH}
        rows={3}
      />
      <RepairChecks id={`${id}-checks`} text={value} />
    </div>
  );
}

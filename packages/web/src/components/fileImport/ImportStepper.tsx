// The steps of a file import (file, mapping, check, …) and what shows once it is done. A step
// already passed can be gone back to, until the import is done.

import { Stepper } from '@mantine/core';
import type { ReactNode } from 'react';

export function ImportStepper({
  active,
  onStep,
  steps,
  done,
}: {
  /** The step shown; steps.length once the import is done. */
  active: number;
  onStep: (step: number) => void;
  steps: { label: string; content?: ReactNode }[];
  done: ReactNode;
}) {
  return (
    <Stepper
      active={active}
      onStepClick={(target) => target < active && active < steps.length && onStep(target)}
      allowNextStepsSelect={false}
      size="sm"
    >
      {steps.map((step) => (
        <Stepper.Step key={step.label} label={step.label}>
          {step.content}
        </Stepper.Step>
      ))}
      <Stepper.Completed>{done}</Stepper.Completed>
    </Stepper>
  );
}

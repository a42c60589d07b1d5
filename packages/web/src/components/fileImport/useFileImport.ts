// The state a file import's steps share: the step, the file, what the server read of it, the
// column mapping, the check (dry run), and the requests that read and check the file.

import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';

export function useFileImport<Preview, Mapping, Check>({
  read,
  mappingOf,
  check,
  onCheck,
}: {
  /** Reads the file (the sheet named, else the first): headings, first rows, a mapping. */
  read: (file: File, sheet: string | null) => Promise<Preview>;
  /** The mapping the server suggests for a file it read. */
  mappingOf: (preview: Preview) => Mapping;
  /** Checks the file with the current mapping (dry run). */
  check: (file: File) => Promise<Check>;
  /** Runs when a check arrives (e.g. to forget a refused import). */
  onCheck: () => void;
}) {
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [showMissing, setShowMissing] = useState(false);
  const [checked, setChecked] = useState<Check | null>(null);

  const reading = useMutation({
    mutationFn: ({ chosen, sheet }: { chosen: File; sheet: string | null }) => read(chosen, sheet),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(mappingOf(result));
      setShowMissing(false);
      setStep(1);
    },
  });
  const checking = useMutation({
    mutationFn: check,
    onSuccess: (result) => {
      setChecked(result);
      onCheck();
      setStep(2);
    },
  });
  /** Another file (or none): what was read and checked of the last one is forgotten. */
  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    setChecked(null);
    reading.reset();
  };

  return {
    step,
    setStep,
    file,
    chooseFile,
    preview,
    /** Null until a file is read. */
    mapping,
    setMapping,
    showMissing,
    setShowMissing,
    check: checked,
    read: reading,
    dryRun: checking,
  };
}
